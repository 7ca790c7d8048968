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
  constructor(public readonly problems: readonly string[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
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
