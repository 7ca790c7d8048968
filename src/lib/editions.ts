/**
 * The editions' routing and staleness, pure: which pages each edition has, how each writes a
 * link, which editions an update reached, and which translations the English has moved past.
 * `src/data/editions.ts` gives these functions the content of a build.
 */
import {
  DEFAULT_LANG,
  TRANSLATED_LANGS,
  editionPath,
  type Lang,
  type TranslatedLang,
} from '../i18n/locales';
import { PAGE_PATHS } from '../schemas/vocabulary';
import { englishChangedSince } from './translations';
import { itemKey, touchedKeys, touchedPath, type TouchedKind, type Touches } from './updates';

export { itemKey, touchedKeys };

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
  PAGE_PATHS.data,
  PAGE_PATHS.republish,
];

/** The feeds every edition has, at `/<lang>` + the English path. */
export const EDITION_FEED_PATHS: readonly string[] = [
  '/rss.xml',
  '/feed.json',
  '/updates.xml',
  '/updates.json',
];

/** The English slugs of the articles each translated edition has translated. */
export type TranslatedSlugs = Readonly<Record<TranslatedLang, { has: (slug: string) => boolean }>>;

/** The slug of an English article path (`/articles/x/`), else undefined. */
function articleSlug(path: string): string | undefined {
  return /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
}

/** True when a translated edition has its own page at an English path (the hash is ignored). */
function hasPage(englishPath: string, slugs: { has: (slug: string) => boolean }): boolean {
  const path = englishPath.split('#')[0]!;
  if (TRANSLATED_PAGE_PATHS.includes(path) || EDITION_FEED_PATHS.includes(path)) return true;
  const slug = articleSlug(path);
  return slug !== undefined && slugs.has(slug);
}

/** The editions that have the page at an English path: English first, then those that translate it. */
export function editionsHaving(englishPath: string, translated: TranslatedSlugs): Lang[] {
  return [
    DEFAULT_LANG,
    ...TRANSLATED_LANGS.filter((lang) => hasPage(englishPath, translated[lang])),
  ];
}

/**
 * Where a link to an English path goes in an edition: to that edition's page where it has one,
 * otherwise to the English page. The hash is kept.
 */
export function linkIn(lang: Lang, translated: TranslatedSlugs): (englishPath: string) => string {
  if (lang === DEFAULT_LANG) return (path) => path;
  return (englishPath) => {
    if (!hasPage(englishPath, translated[lang])) return englishPath;
    const [path, hash] = englishPath.split('#') as [string, string | undefined];
    const target = editionPath(path, lang);
    return hash === undefined ? target : `${target}#${hash}`;
  };
}

/** A translated collection's entries, every edition's, and how the updates log names its items. */
export interface TranslatedEntries {
  kind: TouchedKind;
  /** Ids are `<lang>/…`; an article or page names its English original in `translationOf`. */
  entries: readonly { id: string; data: { translates: Date; translationOf?: string } }[];
}

/** What an edition translated, by {@link itemKey}, each with the English version translated. */
export function translatedVersions(
  lang: TranslatedLang,
  collections: readonly TranslatedEntries[],
): Map<string, Date> {
  const versions = new Map<string, Date>();
  for (const { kind, entries } of collections) {
    for (const { id, data } of entries) {
      if (!id.startsWith(`${lang}/`)) continue;
      versions.set(itemKey(kind, data.translationOf ?? id.slice(lang.length + 1)), data.translates);
    }
  }
  return versions;
}

/** Where the English of an item is, for a link to it: what a stale translation's note links to. */
export function englishPlace(key: string): string {
  const at = key.indexOf(':');
  return touchedPath(key.slice(0, at) as TouchedKind, key.slice(at + 1));
}

/**
 * The editions an update has reached: English always; a translated edition once every item the
 * update touched that it translates is translated from a version at least as new as the update.
 * Items it does not translate it shows in English, which carries the update. `versions` gives
 * each edition's translated items by {@link itemKey}, each with its `translates` day.
 */
export function editionsReached(
  update: { data: { date: Date; touches: Touches } },
  versions: Readonly<Record<TranslatedLang, ReadonlyMap<string, Date>>>,
): { reached: Lang[]; pending: Lang[] } {
  const keys = touchedKeys(update.data.touches);
  const reached: Lang[] = [DEFAULT_LANG];
  const pending: Lang[] = [];
  for (const lang of TRANSLATED_LANGS) {
    const behind = keys.some((key) => {
      const version = versions[lang].get(key);
      return version !== undefined && version.getTime() < update.data.date.getTime();
    });
    (behind ? pending : reached).push(lang);
  }
  return { reached, pending };
}

/**
 * The items of an edition whose English changed after the version translated, each with the day
 * the English last changed (`lastTouched`, from the updates log): where the edition says "The
 * English version was updated on …", linking to {@link englishPlace}.
 */
export function staleItems(
  versions: ReadonlyMap<string, Date>,
  lastTouched: ReadonlyMap<string, Date>,
): Map<string, Date> {
  const stale = new Map<string, Date>();
  for (const [key, translates] of versions) {
    const english = lastTouched.get(key);
    if (english && englishChangedSince(translates, english)) stale.set(key, english);
  }
  return stale;
}
