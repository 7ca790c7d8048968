/**
 * The site's editions: English (the reference edition, at `/`), Hindi (`/hi/`) and Russian
 * (`/ru/`). Pure: pages, layouts and the build read the languages from here. An edition is one
 * entry of {@link LOCALES} and its dictionary (`ui/<lang>.ts`): routes, feeds, share images, the
 * sitemap and the search index follow from the entry (docs/i18n/README.md, "Adding a language").
 */
import type { Dictionary } from './ui/index';
import { en } from './ui/en';
import { hi } from './ui/hi';
import { ru } from './ui/ru';

/** How an edition names and formats itself, and its interface words. */
export interface Locale {
  /** BCP 47 tag, for `lang`, `hreflang` and `Intl`: `ru-RU`. */
  tag: string;
  /** Open Graph's form of it: `ru_RU`. */
  ogLocale: string;
  /** Its name in its own language: `Русский`. */
  name: string;
  /** A short name for the language switcher: `РУ`. */
  short: string;
  /** The interface strings (`ui/<lang>.ts`), every key of the English ones. */
  dictionary: Dictionary;
  /**
   * The day the edition opened (`YYYY-MM-DD`): a page of it was first online no earlier, which
   * its citation says (`citation_online_date`).
   */
  opened: string;
}

/**
 * The editions, English first: the one table. Each key is the language code, which is also the
 * edition's path prefix (none for English).
 */
export const LOCALES = {
  en: {
    tag: 'en-GB',
    ogLocale: 'en_GB',
    name: 'English',
    short: 'EN',
    dictionary: en,
    opened: '2026-11-25',
  },
  hi: {
    tag: 'hi-IN',
    ogLocale: 'hi_IN',
    name: 'हिन्दी',
    short: 'हिं',
    dictionary: hi,
    opened: '2026-12-02',
  },
  ru: {
    tag: 'ru-RU',
    ogLocale: 'ru_RU',
    name: 'Русский',
    short: 'РУ',
    dictionary: ru,
    opened: '2026-12-02',
  },
} as const satisfies Record<string, Locale>;

/** An edition's language code, also its path prefix (none for English). */
export type Lang = keyof typeof LOCALES;

/** The editions, English first. */
export const LANGS = Object.keys(LOCALES) as Lang[];

/** The reference edition: every other edition translates it. */
export const DEFAULT_LANG = 'en' satisfies Lang;

/** A translated edition's language code. */
export type TranslatedLang = Exclude<Lang, typeof DEFAULT_LANG>;

/** The editions that translate the English one. */
export const TRANSLATED_LANGS = LANGS.filter(
  (lang): lang is TranslatedLang => lang !== DEFAULT_LANG,
);

/** True for one of the site's language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** True for a translated edition's language code. */
export function isTranslatedLang(value: unknown): value is TranslatedLang {
  return isLang(value) && value !== DEFAULT_LANG;
}

/**
 * The language of the page being rendered, from Astro's `currentLocale` (set from the URL by
 * its i18n routing); anything else is the reference edition.
 */
export function langOf(locale: string | undefined): Lang {
  return isLang(locale) ? locale : DEFAULT_LANG;
}

/** A site path in an edition: `/status/` is `/ru/status/` in Russian; English has no prefix. */
export function editionPath(path: string, lang: Lang): string {
  if (!path.startsWith('/'))
    throw new Error(`editionPath: expected a site path, received "${path}"`);
  if (splitEditionPath(path).lang !== DEFAULT_LANG) {
    throw new Error(`editionPath: "${path}" already names an edition`);
  }
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** A site path's edition and its path in the English edition: `/ru/status/` is `ru` and `/status/`. */
export function splitEditionPath(path: string): { lang: Lang; path: string } {
  const [, first = '', rest = ''] = /^\/([^/]*)(\/.*)?$/.exec(path) ?? [];
  if (!isTranslatedLang(first)) return { lang: DEFAULT_LANG, path };
  return { lang: first, path: rest || '/' };
}
