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
import { pageCacheKey } from './page-cache';
import { isPublished, newestFirst } from './publishing';

/** Data collections that must hold at least one entry (an empty one means a file failed to load). */
const DATA_COLLECTIONS = ['sources', 'timeline', 'provisions', 'agreements', 'glossary'] as const;

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

/** A whole collection, read once per build. */
export function collection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return once(`collection:${name}`, () => getCollection(name));
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
    problems.push(...findBrokenReferences(uses, ids));

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
