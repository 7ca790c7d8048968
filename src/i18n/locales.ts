/**
 * The site's editions: English (the reference edition, at `/`), Hindi (`/hi/`) and Russian
 * (`/ru/`). Pure: pages, layouts and the build read the languages from here.
 */

/** The editions, English first. */
export const LANGS = ['en', 'hi', 'ru'] as const;

/** An edition's language code, also its path prefix (none for English). */
export type Lang = (typeof LANGS)[number];

/** The reference edition: every other edition translates it. */
export const DEFAULT_LANG = 'en' satisfies Lang;

/** The editions that translate the English one. */
export const TRANSLATED_LANGS = ['hi', 'ru'] as const satisfies readonly Lang[];

/** A translated edition's language code. */
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/** How each edition names and formats itself. */
export const LOCALES = {
  en: { tag: 'en-GB', ogLocale: 'en_GB', name: 'English', short: 'EN' },
  hi: { tag: 'hi-IN', ogLocale: 'hi_IN', name: 'हिन्दी', short: 'हिं' },
  ru: { tag: 'ru-RU', ogLocale: 'ru_RU', name: 'Русский', short: 'РУ' },
} as const satisfies Record<Lang, { tag: string; ogLocale: string; name: string; short: string }>;

/** True for one of the site's language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** True for a translated edition's language code. */
export function isTranslatedLang(value: unknown): value is TranslatedLang {
  return typeof value === 'string' && (TRANSLATED_LANGS as readonly string[]).includes(value);
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
