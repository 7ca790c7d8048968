import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANG,
  editionPath,
  isLang,
  langOf,
  LANGS,
  LOCALES,
  splitEditionPath,
} from '../../src/i18n/locales';

describe('the editions', () => {
  it('are English (the reference), Hindi and Russian, each with its BCP 47 tag', () => {
    expect(LANGS).toEqual(['en', 'hi', 'ru']);
    expect(DEFAULT_LANG).toBe('en');
    expect(Object.values(LOCALES).map((locale) => locale.tag)).toEqual(['en-GB', 'hi-IN', 'ru-RU']);
  });

  it('reads the page language from Astro.currentLocale, anything else being English', () => {
    expect(langOf('ru')).toBe('ru');
    expect(langOf('hi')).toBe('hi');
    expect(langOf(undefined)).toBe('en');
    expect(langOf('fr')).toBe('en');
    expect(isLang('hi')).toBe(true);
    expect(isLang('hi-IN')).toBe(false);
  });
});

describe('editionPath and splitEditionPath', () => {
  it('prefixes every edition but English', () => {
    expect(editionPath('/status/', 'ru')).toBe('/ru/status/');
    expect(editionPath('/', 'hi')).toBe('/hi/');
    expect(editionPath('/status/#signed', 'en')).toBe('/status/#signed');
  });

  it('refuses a path that is not a site path, or already names an edition', () => {
    expect(() => editionPath('status/', 'ru')).toThrow('expected a site path');
    expect(() => editionPath('/ru/status/', 'hi')).toThrow('already names an edition');
  });

  it('splits an edition path back into its language and English path', () => {
    expect(splitEditionPath('/ru/status/')).toEqual({ lang: 'ru', path: '/status/' });
    expect(splitEditionPath('/hi')).toEqual({ lang: 'hi', path: '/' });
    expect(splitEditionPath('/rupee/')).toEqual({ lang: 'en', path: '/rupee/' });
    expect(splitEditionPath('/status/')).toEqual({ lang: 'en', path: '/status/' });
  });
});
