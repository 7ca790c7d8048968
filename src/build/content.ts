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

/** A whole collection, read once per build; entries that carry a `position` come in file order. */
export function collection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return once(`collection:${name}`, async () => {
    const entries = await getCollection(name);
    const place = (entry: CollectionEntry<C>) =>
      'position' in entry.data && typeof entry.data.position === 'number' ? entry.data.position : 0;
    return entries.sort((a, b) => place(a) - place(b));
  });
}

/** Checks the whole content once per build (src/lib/integrity.ts); throws {@link ContentIntegrityError}. */
export function assertContentIntegrity(): Promise<void> {
  return once('integrity', async () => {
    const [articles, ...data] = await Promise.all([
      collection('articles'),
      ...DATA_COLLECTIONS.map((name) => collection(name)),
    ]);
    const [status, updates] = await Promise.all([collection('status'), collection('updates')]);
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
    if (problems.length > 0) throw new ContentIntegrityError(problems);
  });
}

/**
 * A digest of every data collection (sources, timeline, provisions, agreements, glossary): pages
 * that show any of them put it in their incremental-build key, so an edit to the data re-renders them.
 */
export function dataDigest(): Promise<string> {
  return once('data-digest', async () => {
    const all = await Promise.all(DATA_COLLECTIONS.map((name) => collection(name)));
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
export async function entriesById<C extends Exclude<CollectionKey, 'articles'>>(
  name: C,
): Promise<ReadonlyMap<string, CollectionEntry<C>>> {
  await assertContentIntegrity();
  return once(`by-id:${name}`, async () => {
    const all = await collection(name);
    return new Map(all.map((entry) => [entry.id, entry] as const));
  });
}

/** Entries of a data collection by id, in the order given; the ids were checked to exist. */
export async function getEntriesById<C extends Exclude<CollectionKey, 'articles'>>(
  name: C,
  refs: readonly { id: string }[],
): Promise<CollectionEntry<C>[]> {
  const byId = await entriesById(name);
  return refs.map((ref) => {
    const entry = byId.get(ref.id);
    if (!entry) throw new Error(`${name}: no entry has the id "${ref.id}"`);
    return entry;
  });
}

/** The updates log, newest first; references were checked. */
export function getUpdatesLog(): Promise<CollectionEntry<'updates'>[]> {
  return once('updates-log', async () => {
    await assertContentIntegrity();
    return newestUpdatesFirst(await collection('updates'));
  });
}

/** An article's updates (oldest first, its publication left out) and its updated date, from the log. */
export async function getArticleHistory(
  articleId: string,
): Promise<{ updates: CollectionEntry<'updates'>[]; updatedDate: Date | undefined }> {
  // Once per article: the page, its teasers and its feed item all ask.
  return once(`history:${articleId}`, async () => {
    await assertContentIntegrity();
    // In file order: articleHistory orders by date, entries of one day as the file does.
    return articleHistory(await collection('updates'), articleId);
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
export function getStatusSteps(): Promise<StatusStep[]> {
  return once('status-steps', async () => {
    const [steps, events] = await Promise.all([collection('status'), entriesById('timeline')]);
    return steps.map((entry) => {
      const event = entry.data.event ? events.get(entry.data.event.id) : undefined;
      return { entry, event, date: event?.data.date ?? entry.data.date };
    });
  });
}

/** Links to what an update touched, labelled for readers; unpublished articles are left out. */
export async function getTouchedLinks(update: CollectionEntry<'updates'>): Promise<TouchedLink[]> {
  const [articles, events, provisions, steps] = await Promise.all([
    getPublishedArticles(),
    entriesById('timeline'),
    entriesById('provisions'),
    entriesById('status'),
  ]);
  return touchedLinks(update, {
    articles: new Map(articles.map((article) => [article.id, article.data.title])),
    events: (id) => events.get(id)!.data.title,
    provisions: (id) => provisions.get(id)!.data.activity,
    steps: (id) => steps.get(id)!.data.title,
  });
}

/** A fixed page's text from content/pages; the route names it, so a missing one is a build error. */
export async function getFixedPageText(name: string): Promise<CollectionEntry<'pages'>> {
  const entry = (await collection('pages')).find((page) => page.id === name);
  if (!entry) throw new Error(`content/pages/${name}.mdx: the page's text is missing`);
  return entry;
}
