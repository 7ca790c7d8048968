import { lintArticleSource } from './article-lint';
import { unlistedCitations } from './citations';
import { checkUpdatesAgainstArticles, type TouchedKind, type UpdateLike } from './updates';

/** A reference from one entry to another, as found after loading the collections. */
export interface ReferenceUse {
  /** The collection holding the entry that makes the reference. */
  from: string;
  /** The id of that entry. */
  id: string;
  /** The file the entry came from, relative to the project, when known. */
  file: string | undefined;
  /** The field path, e.g. `sources[2]`. */
  field: string;
  /** The referenced collection. */
  collection: string;
  /** The referenced id. */
  target: string;
}

/**
 * Lists every reference whose target does not exist, as messages that name the file, the entry,
 * the field and the missing id. `ids` maps each collection to the ids it holds.
 */
export function findBrokenReferences(
  uses: readonly ReferenceUse[],
  ids: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  return uses
    .filter((use) => !ids.get(use.collection)?.has(use.target))
    .map(
      (use) =>
        `${use.file ?? use.from} (entry "${use.id}"), field ${use.field}: ` +
        `no ${use.collection} entry has the id "${use.target}"`,
    );
}

/** The references held in a list of `{ id, collection }` values, labelled with their field. */
export function referencesIn(
  from: { collection: string; id: string; filePath?: string | undefined },
  field: string,
  refs: readonly { id: string; collection: string }[],
): ReferenceUse[] {
  return refs.map((ref, index) => ({
    from: from.collection,
    id: from.id,
    file: from.filePath,
    field: `${field}[${index}]`,
    collection: ref.collection,
    target: ref.id,
  }));
}

/** Thrown when content refers to something that does not exist, or a data file loaded nothing; lists every problem at once. */
export class ContentIntegrityError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentIntegrityError';
  }
}

/** A date an entry carries that may not lie after the build day. */
export interface DatedField {
  /** The file the entry came from. */
  file: string | undefined;
  /** The entry's id. */
  id: string;
  /** The field, e.g. `checked`. */
  field: string;
  /** The calendar date (midnight UTC). */
  date: Date;
}

/**
 * Lists every date after `today` (`YYYY-MM-DD`, the build day): a check cannot have happened
 * tomorrow, nor an update be published before its day. Each message names the file, entry and field.
 */
export function findFutureDates(dated: readonly DatedField[], today: string): string[] {
  return dated
    .filter(({ date }) => date.toISOString().slice(0, 10) > today)
    .map(
      ({ file, id, field, date }) =>
        `${file ?? id} (entry "${id}"), field ${field}: ${date.toISOString().slice(0, 10)} is after today (${today})`,
    );
}

/** A reference field's value: `{ id, collection }`. */
type Ref = { id: string; collection: string };

/** An entry as the collections give it: its id, its file, and its data. */
interface Entry<D> {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: D;
}

/** Everything the content check looks at, as loaded for one build. */
export interface ContentSnapshot {
  articles: readonly (Entry<{
    sources: readonly Ref[];
    events: readonly Ref[];
    aliases: readonly string[];
    draft: boolean;
    pubDate: Date;
    factsCheckedOn: Date;
  }> & { source: string | undefined })[];
  /** Each data collection by name (`content/<name>.yaml`), with its entries in file order. */
  data: ReadonlyMap<string, readonly Entry<object>[]>;
  status: readonly Entry<{
    event?: Ref | undefined;
    possibility?: { sources: readonly Ref[] } | undefined;
    checked: Date;
  }>[];
  updates: readonly (UpdateLike &
    Entry<{
      date: Date;
      touches: Record<Exclude<TouchedKind, 'pages'>, readonly Ref[]> & { pages: readonly string[] };
    }>)[];
  /** The components articles may use without importing them. */
  components: readonly string[];
  /** The build day, `YYYY-MM-DD`. */
  today: string;
}

/**
 * Every problem with a build's content that no single schema can see, as messages naming the
 * file, the entry and the field: an empty data file, an article's source as written (dates,
 * components, alt text, citations of sources it does not list), references to entries that do
 * not exist, dates after the build day, updates that contradict an article's publication, and
 * retired addresses claimed twice.
 */
export function contentProblems(content: ContentSnapshot): string[] {
  const { articles, data, status, updates } = content;
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>([['articles', new Set(articles.map((a) => a.id))]]);
  for (const [name, entries] of data) {
    if (entries.length === 0) {
      problems.push(
        `content/${name}.yaml: no entries were loaded (is the file there, and is its YAML valid? see any error above)`,
      );
    }
    ids.set(name, new Set(entries.map((entry) => entry.id)));
  }

  for (const article of articles) {
    if (article.filePath && article.source !== undefined) {
      problems.push(...lintArticleSource(article.source, article.filePath, content.components));
      problems.push(
        ...unlistedCitations(
          article.filePath,
          article.source,
          article.data.sources.map((source) => source.id),
        ),
      );
    }
  }

  const uses: ReferenceUse[] = [];
  for (const article of articles) {
    uses.push(...referencesIn(article, 'sources', article.data.sources));
    uses.push(...referencesIn(article, 'events', article.data.events));
  }
  for (const entries of data.values()) {
    for (const entry of entries) {
      const sources = (entry.data as { sources?: unknown }).sources;
      if (Array.isArray(sources)) uses.push(...referencesIn(entry, 'sources', sources as Ref[]));
    }
  }
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
  problems.push(...findFutureDates(dated, content.today));
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
        problems.push(`${file}: aliases: "${alias}" is already an alias of ${claimed.get(alias)}`);
      }
      claimed.set(alias, file);
    }
  }
  return problems;
}
