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
  editionPath,
  langOf,
  type Lang,
} from '../i18n/locales';
import { ui, type Dictionary } from '../i18n/ui';
import { formatDate, formatPartialDate, type PartialDate } from '../lib/dates';
import { PAGE_PATHS } from '../schemas/vocabulary';
import { href } from './urls';
import { collection, getLastTouched, once } from './content';
import { englishChangedSince } from '../lib/translations';

/** The fixed pages every edition has (the others, such as /tags/, are in English only). */
export const TRANSLATED_PAGE_PATHS: readonly string[] = [
  PAGE_PATHS.home,
  PAGE_PATHS.status,
  PAGE_PATHS.updates,
  PAGE_PATHS.timeline,
  PAGE_PATHS.whatItAllows,
  PAGE_PATHS.glossary,
  PAGE_PATHS.about,
  PAGE_PATHS.subscribe,
  PAGE_PATHS.search,
];

/** The feeds every edition has, at `/<lang>` + the English path. */
export const EDITION_FEED_PATHS: readonly string[] = [
  '/rss.xml',
  '/feed.json',
  '/updates.xml',
  '/updates.json',
];

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

/** The editions that have the page at an English path (articles: those that translate it). */
export async function editionsOf(englishPath: string): Promise<Lang[]> {
  const path = englishPath.split('#')[0]!;
  if (TRANSLATED_PAGE_PATHS.includes(path) || EDITION_FEED_PATHS.includes(path)) return [...LANGS];
  const article = /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
  if (!article) return [DEFAULT_LANG];
  const found = await Promise.all(
    TRANSLATED_LANGS.map(async (lang) =>
      (await translatedArticles(lang)).has(article) ? lang : null,
    ),
  );
  return [
    DEFAULT_LANG,
    ...found.filter((lang): lang is (typeof TRANSLATED_LANGS)[number] => lang !== null),
  ];
}

/**
 * Where a link to an English path goes in an edition: to that edition's page where it has one,
 * otherwise to the English page. The hash is kept.
 */
export async function pathIn(lang: Lang): Promise<(englishPath: string) => string> {
  if (lang === DEFAULT_LANG) return (path) => path;
  const articles = await translatedArticles(lang);
  return (englishPath) => {
    const [path, hash] = englishPath.split('#') as [string, string | undefined];
    const slug = /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
    const translated =
      TRANSLATED_PAGE_PATHS.includes(path) ||
      EDITION_FEED_PATHS.includes(path) ||
      (slug !== undefined && articles.has(slug));
    const target = translated ? editionPath(path, lang) : path;
    return hash === undefined ? target : `${target}#${hash}`;
  };
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

/** What each edition translated, by `kind:id` (as the updates log names items) and the version. */
function translatedVersions(lang: Lang): Promise<ReadonlyMap<string, Date>> {
  return once(`translated-versions:${lang}`, async () => {
    const versions = new Map<string, Date>();
    const own = (id: string) => id.startsWith(`${lang}/`);
    const english = (id: string) => id.slice(lang.length + 1);
    const [status, events, provisions, articles, pages] = await Promise.all([
      collection('statusTranslations'),
      collection('timelineTranslations'),
      collection('provisionTranslations'),
      collection('articleTranslations'),
      collection('pageTranslations'),
    ]);
    for (const [kind, entries] of [
      ['status', status],
      ['events', events],
      ['provisions', provisions],
    ] as const) {
      for (const entry of entries) {
        if (own(entry.id)) versions.set(`${kind}:${english(entry.id)}`, entry.data.translates);
      }
    }
    for (const entry of articles) {
      if (own(entry.id))
        versions.set(`articles:${entry.data.translationOf}`, entry.data.translates);
    }
    for (const entry of pages) {
      if (own(entry.id)) versions.set(`pages:/${entry.data.translationOf}/`, entry.data.translates);
    }
    return versions;
  });
}

/**
 * The editions an update has reached: English always; a translated edition once every item the
 * update touched that it translates is translated from a version at least as new as the update.
 * Items it does not translate it shows in English, which carries the update.
 */
export async function editionsReached(update: CollectionEntry<'updates'>): Promise<{
  reached: Lang[];
  pending: Lang[];
}> {
  const { touches, date } = update.data;
  const keys = [
    ...touches.articles.map((ref) => `articles:${ref.id}`),
    ...touches.events.map((ref) => `events:${ref.id}`),
    ...touches.provisions.map((ref) => `provisions:${ref.id}`),
    ...touches.status.map((ref) => `status:${ref.id}`),
    ...touches.pages.map((path) => `pages:${path}`),
  ];
  const reached: Lang[] = [DEFAULT_LANG];
  const pending: Lang[] = [];
  for (const lang of TRANSLATED_LANGS) {
    const versions = await translatedVersions(lang);
    const behind = keys.some((key) => {
      const version = versions.get(key);
      return version !== undefined && version.getTime() < date.getTime();
    });
    (behind ? pending : reached).push(lang);
  }
  return { reached, pending };
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
    const stale = new Map<string, Date>();
    for (const [key, translates] of versions) {
      const english = touched.get(key);
      if (english && englishChangedSince(translates, english)) stale.set(key, english);
    }
    return stale;
  });
}
