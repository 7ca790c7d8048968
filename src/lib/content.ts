/**
 * Reading the collections: the one way pages get articles and the data they cite.
 * The first call checks every cross-reference and fails the build with a list of broken ones.
 */
import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { MDX_COMPONENT_NAMES } from '../constants';
import { lintArticleSource } from './article-lint';
import {
  ContentIntegrityError,
  findBrokenReferences,
  referencesIn,
  type ReferenceUse,
} from './integrity';
import { buildDate } from './build-info';
import { isoDay, type PartialDate } from './dates';
import { findFutureDates, type DatedField } from './integrity';
import {
  articleHistory,
  checkUpdatesAgainstArticles,
  lastTouched,
  newestUpdatesFirst,
} from './updates';
import { pageCacheKey } from './page-cache';
import { PAGES } from './pages';
import { isPublished, newestFirst } from './publishing';
import { articlePath } from './urls';

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
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
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

/** Checks every reference between collections once per build; throws {@link ContentIntegrityError}. */
export function assertContentIntegrity(): Promise<void> {
  return once('integrity', async () => {
    const [articles, ...data] = await Promise.all([
      collection('articles'),
      ...DATA_COLLECTIONS.map((name) => collection(name)),
    ]);
    const problems: string[] = [];
    const ids = new Map<string, Set<string>>([['articles', new Set(articles.map((a) => a.id))]]);
    DATA_COLLECTIONS.forEach((name, index) => {
      const entries = data[index] ?? [];
      if (entries.length === 0) {
        problems.push(
          `content/${name}.yaml: no entries were loaded (is the file there, and is its YAML valid? see any error above)`,
        );
      }
      ids.set(name, new Set(entries.map((entry) => entry.id)));
    });

    for (const article of articles) {
      if (article.filePath) {
        problems.push(
          ...lintArticleSource(
            readFileSync(article.filePath, 'utf8'),
            article.filePath,
            MDX_COMPONENT_NAMES,
          ),
        );
      }
    }

    const uses: ReferenceUse[] = [];
    for (const article of articles) {
      uses.push(...referencesIn(article, 'sources', article.data.sources));
      uses.push(...referencesIn(article, 'events', article.data.events));
    }
    for (const entries of data) {
      for (const entry of entries ?? []) {
        if ('sources' in entry.data)
          uses.push(...referencesIn(entry, 'sources', entry.data.sources));
      }
    }
    const [status, updates] = await Promise.all([collection('status'), collection('updates')]);
    for (const step of status) {
      if (step.data.event) uses.push(...referencesIn(step, 'event', [step.data.event]));
      if (step.data.possibility) {
        uses.push(...referencesIn(step, 'possibility.sources', step.data.possibility.sources));
      }
    }
    for (const update of updates) {
      const { articles: touched, events, provisions, status: steps } = update.data.touches;
      uses.push(...referencesIn(update, 'touches.articles', touched));
      uses.push(...referencesIn(update, 'touches.events', events));
      uses.push(...referencesIn(update, 'touches.provisions', provisions));
      uses.push(...referencesIn(update, 'touches.status', steps));
    }
    problems.push(...findBrokenReferences(uses, ids));

    // Nothing is checked, updated or published after today.
    const dated: DatedField[] = [
      ...status.map((step) => ({
        file: step.filePath,
        id: step.id,
        field: 'checked',
        date: step.data.checked,
      })),
      ...updates.map((update) => ({
        file: update.filePath,
        id: update.id,
        field: 'date',
        date: update.data.date,
      })),
      ...articles
        .filter((article) => !article.data.draft)
        .map((article) => ({
          file: article.filePath,
          id: article.id,
          field: 'factsCheckedOn',
          date: article.data.factsCheckedOn,
        })),
    ];
    problems.push(...findFutureDates(dated, isoDay(buildDate())));
    problems.push(
      ...checkUpdatesAgainstArticles(
        updates,
        new Map(articles.map((article) => [article.id, article.data.pubDate])),
        updates[0]?.filePath,
      ),
    );

    // An alias is a retired URL: it may not be a live article's slug, nor claimed twice.
    const claimed = new Map<string, string>();
    for (const article of articles) {
      for (const alias of article.data.aliases) {
        const file = article.filePath ?? article.id;
        if (ids.get('articles')?.has(alias)) {
          problems.push(`${file}: aliases: "${alias}" is the slug of an existing article`);
        } else if (claimed.has(alias)) {
          problems.push(
            `${file}: aliases: "${alias}" is already an alias of ${claimed.get(alias)}`,
          );
        }
        claimed.set(alias, file);
      }
    }
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

/** A link to something an update touched: its label and its site path. */
export interface TouchedLink {
  label: string;
  path: string;
}

/** Links to what an update touched, labelled for readers; unpublished articles are left out. */
export async function getTouchedLinks(update: CollectionEntry<'updates'>): Promise<TouchedLink[]> {
  const [articles, events, provisions, steps] = await Promise.all([
    getPublishedArticles(),
    entriesById('timeline'),
    entriesById('provisions'),
    entriesById('status'),
  ]);
  const { touches } = update.data;
  const pages = Object.values(PAGES);
  return [
    ...touches.articles.flatMap((ref) => {
      const article = articles.find((a) => a.id === ref.id);
      return article ? [{ label: article.data.title, path: articlePath(article.id) }] : [];
    }),
    ...touches.status.map((ref) => ({
      label: `Status: ${steps.get(ref.id)!.data.title}`,
      path: `/status/#${ref.id}`,
    })),
    ...touches.events.map((ref) => ({
      label: `Timeline: ${events.get(ref.id)!.data.title}`,
      path: `/timeline/#${ref.id}`,
    })),
    ...touches.provisions.map((ref) => ({
      label: `What it allows: ${provisions.get(ref.id)!.data.activity}`,
      path: `/what-it-allows/#${ref.id}`,
    })),
    ...touches.pages.map((path) => ({
      label: path === '/' ? 'Front page' : pages.find((page) => page.path === path)!.title,
      path,
    })),
  ];
}
