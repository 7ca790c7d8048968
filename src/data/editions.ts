/**
 * The editions at build time: which pages each edition has, how a link is written in each, and
 * what a component needs to speak the page's language (`edition(Astro)`).
 */
import type { CollectionEntry } from 'astro:content';
import {
  DEFAULT_LANG,
  LANGS,
  LOCALES,
  TRANSLATED_LANGS,
  langOf,
  type Lang,
  type TranslatedLang,
} from '../i18n/locales';
import { ui, type Dictionary } from '../i18n/ui';
import { formatDate, formatPartialDate, type PartialDate } from '../lib/dates';
import {
  editionsHaving,
  editionsReached as reachedBy,
  linkIn,
  staleItems as staleIn,
  translatedVersions as versionsOf,
  type TranslatedSlugs,
} from '../lib/editions';
import { TRANSLATED } from '../schemas/translated-collections';
import { href } from './urls';
import { collection, getLastTouched, once } from './content';

/** `getStaticPaths` of a fixed page that every edition has: English at `/`, the others under `/<lang>/`. */
export function editionParams() {
  return LANGS.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang } }));
}

/** The translated articles of an edition, by the English slug they translate. */
export function translatedArticles(
  lang: Lang,
): Promise<ReadonlyMap<string, CollectionEntry<'articleTranslations'>>> {
  return once(`translated-articles:${lang}`, async () => {
    const all = await collection('articleTranslations');
    return new Map(
      all
        .filter((entry) => entry.id.startsWith(`${lang}/`))
        .map((entry) => [entry.data.translationOf, entry] as const),
    );
  });
}

/** Something of each translated edition, asked of every edition at once. */
async function perEdition<T>(
  of: (lang: TranslatedLang) => Promise<T>,
): Promise<Record<TranslatedLang, T>> {
  const values = await Promise.all(TRANSLATED_LANGS.map(of));
  return Object.fromEntries(
    TRANSLATED_LANGS.map((lang, index) => [lang, values[index]!]),
  ) as Record<TranslatedLang, T>;
}

/** The English slugs each translated edition has translated. */
function translatedSlugs(): Promise<TranslatedSlugs> {
  return perEdition(translatedArticles);
}

/** The editions that have the page at an English path (articles: those that translate it). */
export async function editionsOf(englishPath: string): Promise<Lang[]> {
  return editionsHaving(englishPath, await translatedSlugs());
}

/**
 * Where a link to an English path goes in an edition: to that edition's page where it has one,
 * otherwise to the English page. The hash is kept.
 */
export async function pathIn(lang: Lang): Promise<(englishPath: string) => string> {
  // English links are as written: no need to read the translations.
  if (lang === DEFAULT_LANG) return (path) => path;
  return linkIn(lang, await translatedSlugs());
}

/** What a component needs to speak its page's language. */
export interface Edition {
  lang: Lang;
  /** The BCP 47 tag: `ru-RU`. */
  tag: string;
  /** The interface strings. */
  t: Dictionary;
  /** A link to an English site path, as this edition writes it, with the base path: an `href`. */
  to: (englishPath: string) => string;
  /** The edition's site path for an English path (no base path): for absolute URLs. */
  path: (englishPath: string) => string;
  /** True when this edition has its own page at the English path. */
  has: (englishPath: string) => boolean;
  /** A day in the edition's language: "2 декабря 2025 г.". */
  date: (date: Date) => string;
  /** A partial date to its precision in the edition's language. */
  partial: (date: PartialDate) => string;
  /** A number as the edition writes it. */
  number: (value: number) => string;
}

/**
 * The edition of the page or component being rendered: pass `Astro`. Made once per language in a
 * build: every component of every page asks for it.
 */
export function edition(astro: {
  currentLocale: string | undefined;
  locals: App.Locals;
}): Promise<Edition> {
  const lang = astro.locals.lang ?? langOf(astro.currentLocale);
  return once(`edition:${lang}`, () => makeEdition(lang));
}

async function makeEdition(lang: Lang): Promise<Edition> {
  const path = await pathIn(lang);
  const { tag } = LOCALES[lang];
  const numbers = new Intl.NumberFormat(tag);
  return {
    lang,
    tag,
    t: ui(lang),
    to: (englishPath) => href(path(englishPath)),
    path,
    has: (englishPath) => lang === DEFAULT_LANG || path(englishPath) !== englishPath,
    date: (date) => formatDate(date, tag),
    partial: (date) => formatPartialDate(date, tag),
    number: (value) => numbers.format(value),
  };
}

/** An article's headline, dek and key points as an edition shows them in its lists. */
export interface ArticleText {
  title: string;
  description: string;
  keyPoints: readonly string[];
  /** True when the edition has its own translation; otherwise the text is the English. */
  translated: boolean;
  /** The English tag (`en-GB`) when the text is not in the edition's language: its `lang`. */
  foreign: string | undefined;
}

/** An article's text in an edition: its translation where there is one, else the English. */
export async function articleText(
  article: CollectionEntry<'articles'>,
  lang: Lang,
): Promise<ArticleText> {
  const translation =
    lang === DEFAULT_LANG ? undefined : (await translatedArticles(lang)).get(article.id);
  const data = translation?.data ?? article.data;
  const translated = lang === DEFAULT_LANG || translation !== undefined;
  return {
    title: data.title,
    description: data.description,
    keyPoints: data.keyPoints,
    translated,
    foreign: translated ? undefined : LOCALES[DEFAULT_LANG].tag,
  };
}

/**
 * What each edition translated, by `kind:id` (as the updates log names items) and the version:
 * every collection of the table (src/schemas/translated-collections.ts) that an update can touch.
 */
function translatedVersions(lang: TranslatedLang): Promise<ReadonlyMap<string, Date>> {
  return once(`translated-versions:${lang}`, async () => {
    const touchable = Object.values(TRANSLATED).filter((spec) => 'touchedAs' in spec);
    const collections = await Promise.all(
      touchable.map(async (spec) => ({
        kind: spec.touchedAs,
        entries: await collection(spec.translations),
      })),
    );
    return versionsOf(lang, collections);
  });
}

/** Each translated edition's versions (see {@link translatedVersions}). */
function allVersions(): Promise<Record<TranslatedLang, ReadonlyMap<string, Date>>> {
  return perEdition(translatedVersions);
}

/**
 * The editions an update has reached: English always; a translated edition once every item the
 * update touched that it translates is translated from a version at least as new as the update
 * (src/lib/editions.ts).
 */
export async function editionsReached(update: CollectionEntry<'updates'>): Promise<{
  reached: Lang[];
  pending: Lang[];
}> {
  return reachedBy(update, await allVersions());
}

/**
 * The items of an edition whose English changed after the version translated, keyed `kind:id`
 * as the updates log names them (`status:in-force`, `articles:x`, `pages:/about/`), each with the
 * day the English last changed: where the edition shows "The English version was updated on …".
 */
export function staleItems(lang: Lang): Promise<ReadonlyMap<string, Date>> {
  return once(`stale:${lang}`, async () => {
    if (lang === DEFAULT_LANG) return new Map();
    const [versions, touched] = await Promise.all([translatedVersions(lang), getLastTouched()]);
    return staleIn(versions, touched);
  });
}
