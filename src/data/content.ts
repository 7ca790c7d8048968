/**
 * Reading the collections: the one way pages get articles and the data they cite.
 * The first call checks every cross-reference and fails the build with a list of broken ones.
 */
import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { MDX_COMPONENT_NAMES } from '../constants';
import { ContentIntegrityError, contentProblems } from '../lib/integrity';
import { buildDate } from './build-info';
import { isoDay, type PartialDate } from '../lib/dates';
import {
  articleHistory,
  lastTouched,
  newestUpdatesFirst,
  touchedLinks,
  type TouchedLink,
} from '../lib/updates';
import { pageCacheKey } from './page-cache';
import { isPublished, newestFirst } from '../lib/publishing';
import { DEFAULT_LANG, LOCALES, TRANSLATED_LANGS, type Lang } from '../i18n/locales';
import { translationProblems, withTranslation } from '../lib/translations';
import { TRANSLATED_FIELDS } from '../schemas/translations';
import {
  TRANSLATED,
  type TranslatedDataName,
  type TranslatedName,
} from '../schemas/translated-collections';

/** Data collections that must hold at least one entry (an empty one means a file failed to load). */
const DATA_COLLECTIONS = [
  'sources',
  'timeline',
  'provisions',
  'agreements',
  'glossary',
  'status',
  'updates',
] as const;

/**
 * In a build, content cannot change, so each collection is read once and every page shares the
 * result (reading it per page made a 1,000-article build quadratic). The dev server re-reads
 * on every call so edits show at once.
 */
const memo = new Map<string, Promise<unknown>>();
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return load();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    memo.set(key, value);
  }
  return value;
}

/** The collections of translations (src/schemas/translations.ts), one per translated collection. */
type TranslationKey = (typeof TRANSLATED)[TranslatedName]['translations'];

/** The collections editors write in English: everything but the translations. */
export type EnglishKey = Exclude<CollectionKey, TranslationKey>;

/** The translated data files, `content/<name>.yaml`, from the table. */
const TRANSLATED_DATA = (Object.keys(TRANSLATED) as TranslatedName[]).filter(
  (name): name is TranslatedDataName => TRANSLATED[name].form === 'data',
);

function isTranslated(name: string): name is TranslatedDataName {
  return (TRANSLATED_DATA as readonly string[]).includes(name);
}

/** A whole collection, read once per build; entries that carry a `position` come in file order. */
function readCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return once(`collection:${name}`, async () => {
    const entries = await getCollection(name);
    const place = (entry: CollectionEntry<C>) =>
      'position' in entry.data && typeof entry.data.position === 'number' ? entry.data.position : 0;
    return entries.sort((a, b) => place(a) - place(b));
  });
}

/** Entries an edition shows in English: copies of the entries of a collection it has not translated. */
const shownInEnglish = new WeakSet<object>();

/**
 * The language of an entry's text where it is not its edition's: `en-GB` for an entry of a
 * collection the edition has not translated (shown in English), else undefined. For `lang`
 * attributes, so the English text is marked as such (WCAG 3.1.2).
 */
export function foreignText(entry: object): string | undefined {
  return shownInEnglish.has(entry) ? LOCALES[DEFAULT_LANG].tag : undefined;
}

/** True when an edition shows a data collection in English: it has no translation of it yet. */
export async function collectionInEnglish(name: CollectionKey, lang: Lang): Promise<boolean> {
  const entries = await collection(name, lang);
  return entries.length > 0 && foreignText(entries[0]!) !== undefined;
}

/**
 * A whole collection in an edition: in a translated edition, each entry of a translated
 * collection carries its translation's text over the English facts (src/lib/translations.ts).
 * An edition that has translated the collection (its `content/<lang>/<name>.yaml`) has every
 * entry translated, which the content check makes sure of; one that has not shows the English
 * entries, marked by {@link foreignText}.
 */
export function collection<C extends CollectionKey>(
  name: C,
  lang: Lang = DEFAULT_LANG,
): Promise<CollectionEntry<C>[]> {
  if (lang === DEFAULT_LANG || !isTranslated(name)) return readCollection(name);
  return once(`collection:${name}:${lang}`, async () => {
    const [english, translations] = await Promise.all([
      readCollection(name),
      readCollection(TRANSLATED[name].translations),
    ]);
    const byId = new Map(
      translations
        .filter((entry) => entry.id.startsWith(`${lang}/`))
        .map((entry) => [entry.id, entry.data as Record<string, unknown>]),
    );
    if (byId.size === 0) {
      return english.map((entry) => {
        const copy = { ...entry };
        shownInEnglish.add(copy);
        return copy;
      });
    }
    return english.map((entry) => {
      const translation = byId.get(`${lang}/${entry.id}`);
      if (!translation) {
        throw new Error(`content/${lang}/${name}.yaml: no translation of "${entry.id}"`);
      }
      return withTranslation(entry, translation);
    });
  });
}

/**
 * Every problem between the editions and the English (src/lib/translations.ts): an English entry
 * with no translation, a translation of nothing, drift. Each translated collection of the table
 * is checked over its own text fields.
 */
async function translationDrift(): Promise<string[]> {
  const snapshots = await Promise.all(
    TRANSLATED_LANGS.flatMap((lang) =>
      TRANSLATED_DATA.map(async (name) => {
        const [english, translations] = await Promise.all([
          readCollection(name),
          readCollection(TRANSLATED[name].translations),
        ]);
        return {
          name,
          fields: TRANSLATED_FIELDS[name],
          file: `content/${lang}/${name}.yaml`,
          english: english.map(({ id, data }) => ({ id, data: data as Record<string, unknown> })),
          translations: translations
            .filter((entry) => entry.id.startsWith(`${lang}/`))
            .map((entry) => ({
              id: entry.id.slice(lang.length + 1),
              data: entry.data as Record<string, unknown>,
            })),
        };
      }),
    ),
  );
  const bodies = await Promise.all(
    (Object.keys(TRANSLATED) as TranslatedName[])
      .filter((name) => TRANSLATED[name].form === 'mdx')
      .map(async (name) => {
        const [originals, translations] = await Promise.all([
          readCollection(name as EnglishKey),
          readCollection(TRANSLATED[name].translations),
        ]);
        return translations.map((translation) => {
          const { translationOf } = translation.data as { translationOf: string };
          const original = originals.find((entry) => entry.id === translationOf);
          return {
            file: `content/${translation.id}.mdx`,
            original: original && {
              body: original.body ?? '',
              data: original.data as Record<string, unknown>,
            },
            translationOf,
            body: translation.body ?? '',
            data: translation.data as Record<string, unknown>,
            fields: TRANSLATED_FIELDS[name],
          };
        });
      }),
  );
  return translationProblems(snapshots, bodies.flat());
}

/** Checks the whole content once per build (src/lib/integrity.ts); throws {@link ContentIntegrityError}. */
export function assertContentIntegrity(): Promise<void> {
  return once('integrity', async () => {
    const [articles, ...data] = await Promise.all([
      collection('articles'),
      ...DATA_COLLECTIONS.map((name) => readCollection(name)),
    ]);
    const [status, updates] = await Promise.all([
      readCollection('status'),
      readCollection('updates'),
    ]);
    const problems = contentProblems({
      // Each article's file as written, for what the schema cannot see (src/lib/article-lint.ts).
      articles: articles.map((article) => ({
        ...article,
        source: article.filePath ? readFileSync(article.filePath, 'utf8') : undefined,
      })),
      data: new Map(DATA_COLLECTIONS.map((name, index) => [name, data[index] ?? []])),
      status,
      updates,
      components: MDX_COMPONENT_NAMES,
      today: isoDay(buildDate()),
    });
    problems.push(...(await translationDrift()));
    if (problems.length > 0) throw new ContentIntegrityError(problems);
  });
}

/**
 * A digest of every data collection (sources, timeline, provisions, agreements, glossary) as an
 * edition shows them, its translations included: pages that show any of them put it in their
 * incremental-build key, so an edit to the data, or to the edition's translation of it,
 * re-renders them.
 */
export function dataDigest(lang: Lang = DEFAULT_LANG): Promise<string> {
  return once(`data-digest:${lang}`, async () => {
    const all = await Promise.all(DATA_COLLECTIONS.map((name) => collection(name, lang)));
    return pageCacheKey(all.map((entries) => entries.map(({ id, data }) => ({ id, data }))));
  });
}

/** Every published article, newest first. Pages, feeds and the sitemap all use this. */
export function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
  return once('published', async () => {
    await assertContentIntegrity();
    const now = buildDate();
    return newestFirst((await collection('articles')).filter((entry) => isPublished(entry, now)));
  });
}

/** A data collection's entries keyed by id, built once per build; references were checked. */
export async function entriesById<C extends Exclude<EnglishKey, 'articles'>>(
  name: C,
  lang: Lang = DEFAULT_LANG,
): Promise<ReadonlyMap<string, CollectionEntry<C>>> {
  await assertContentIntegrity();
  return once(`by-id:${name}:${lang}`, async () => {
    const all = await collection(name, lang);
    return new Map(all.map((entry) => [entry.id, entry] as const));
  });
}

/** Entries of a data collection by id, in the order given; the ids were checked to exist. */
export async function getEntriesById<C extends Exclude<EnglishKey, 'articles'>>(
  name: C,
  refs: readonly { id: string }[],
  lang: Lang = DEFAULT_LANG,
): Promise<CollectionEntry<C>[]> {
  const byId = await entriesById(name, lang);
  return refs.map((ref) => {
    const entry = byId.get(ref.id);
    if (!entry) throw new Error(`${name}: no entry has the id "${ref.id}"`);
    return entry;
  });
}

/** The updates log, newest first; references were checked. */
export function getUpdatesLog(lang: Lang = DEFAULT_LANG): Promise<CollectionEntry<'updates'>[]> {
  return once(`updates-log:${lang}`, async () => {
    await assertContentIntegrity();
    return newestUpdatesFirst(await collection('updates', lang));
  });
}

/** An article's updates (oldest first, its publication left out) and its updated date, from the log. */
export async function getArticleHistory(
  articleId: string,
  lang: Lang = DEFAULT_LANG,
): Promise<{ updates: CollectionEntry<'updates'>[]; updatedDate: Date | undefined }> {
  // Once per article: the page, its teasers and its feed item all ask.
  return once(`history:${articleId}:${lang}`, async () => {
    await assertContentIntegrity();
    // In file order: articleHistory orders by date, entries of one day as the file does.
    return articleHistory(await collection('updates', lang), articleId);
  });
}

/** The day each article, event, provision or status step last changed, keyed `kind:id`. */
export function getLastTouched(): Promise<ReadonlyMap<string, Date>> {
  return once('last-touched', async () => lastTouched(await getUpdatesLog()));
}

/** A status step with its date worked out (from its timeline event when it has one). */
export interface StatusStep {
  entry: CollectionEntry<'status'>;
  /** When it happened, at its precision; undefined when not known. */
  date: PartialDate | undefined;
  /** The timeline event it is, if any. */
  event: CollectionEntry<'timeline'> | undefined;
}

/** The status steps in file order, each with its date and event. */
export function getStatusSteps(lang: Lang = DEFAULT_LANG): Promise<StatusStep[]> {
  return once(`status-steps:${lang}`, async () => {
    const [steps, events] = await Promise.all([
      collection('status', lang),
      entriesById('timeline', lang),
    ]);
    return steps.map((entry) => {
      const event = entry.data.event ? events.get(entry.data.event.id) : undefined;
      return { entry, event, date: event?.data.date ?? entry.data.date };
    });
  });
}

/** Links to what an update touched, labelled for readers; unpublished articles are left out. */
export async function getTouchedLinks(
  update: CollectionEntry<'updates'>,
  lang: Lang = DEFAULT_LANG,
): Promise<TouchedLink[]> {
  const [articles, translations, events, provisions, steps] = await Promise.all([
    getPublishedArticles(),
    readCollection('articleTranslations'),
    entriesById('timeline', lang),
    entriesById('provisions', lang),
    entriesById('status', lang),
  ]);
  const translated = new Map(
    translations
      .filter((entry) => entry.id.startsWith(`${lang}/`))
      .map((entry) => [entry.data.translationOf, entry.data.title] as const),
  );
  const english = LOCALES[DEFAULT_LANG].tag;
  const shown = (entry: object, title: string) => ({ title, foreign: foreignText(entry) });
  return touchedLinks(
    update,
    {
      articles: new Map(
        articles.map((article) => {
          const title = translated.get(article.id);
          const own = lang === DEFAULT_LANG || title !== undefined;
          return [
            article.id,
            { title: title ?? article.data.title, foreign: own ? undefined : english },
          ];
        }),
      ),
      events: (id) => shown(events.get(id)!, events.get(id)!.data.title),
      provisions: (id) => shown(provisions.get(id)!, provisions.get(id)!.data.activity),
      steps: (id) => shown(steps.get(id)!, steps.get(id)!.data.title),
    },
    lang,
  );
}

/**
 * A fixed page's text from content/pages (the route names it, so a missing one is a build error),
 * in an edition: its translation, `content/<lang>/pages/<name>.mdx`, or, until there is one, the
 * English text, marked by {@link foreignText}.
 */
export async function getFixedPageText(
  name: string,
  lang: Lang = DEFAULT_LANG,
): Promise<CollectionEntry<'pages'> | CollectionEntry<'pageTranslations'>> {
  if (lang !== DEFAULT_LANG) {
    const translation = (await readCollection('pageTranslations')).find(
      (page) => page.id === `${lang}/pages/${name}`,
    );
    if (translation) return translation;
  }
  const entry = (await collection('pages')).find((page) => page.id === name);
  if (!entry) throw new Error(`content/pages/${name}.mdx: the page's text is missing`);
  if (lang === DEFAULT_LANG) return entry;
  return once(`page-in-english:${name}:${lang}`, async () => {
    const copy = { ...entry };
    shownInEnglish.add(copy);
    return copy;
  });
}
