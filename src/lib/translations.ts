/**
 * The editions' translations against their English originals. Pure, so every check is
 * unit-tested with planted mismatches (tests/unit/translations.test.ts); `src/data/content.ts`
 * runs {@link translationProblems} over the real content and fails the build on any problem.
 *
 * Facts must not drift: a translation may not cite a source, a timeline event or a provision its
 * original does not, and may not drop a number (a date, a cap, a count) its original states.
 */

import { firstCitations } from './citations';

/** Devanagari digits, which a Hindi text may use, read as the digits they are. */
function westernDigits(text: string): string {
  return text.replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

/**
 * The numbers a text states, as digit strings without separators: "3,000" and "3 000" (with a
 * space or a no-break space) are both `3000`; "2 December 2025" is `2` and `2025`.
 */
export function numbersIn(text: string): string[] {
  const found = westernDigits(text).match(/\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+/g);
  return (found ?? []).map((number) => number.replace(/\D/g, '').replace(/^0+(?=\d)/, ''));
}

/** The numbers of `original` that `translation` does not state, each once, in order. */
export function missingNumbers(original: string, translation: string): string[] {
  const stated = new Set(numbersIn(translation));
  return [...new Set(numbersIn(original))].filter((number) => !stated.has(number));
}

/** What an article's MDX body refers to: sources, glossary terms, components, linked items. */
export interface MdxReferences {
  /** `<Cite id>` ids. */
  sources: Set<string>;
  /** `<Term id>` ids. */
  terms: Set<string>;
  /** Timeline events linked (`/timeline/#id`) or selected by id (`<Timeline ids>`). */
  events: Set<string>;
  /** Provisions linked (`/what-it-allows/#id`) or selected by id (`<WhatItAllows ids>`). */
  provisions: Set<string>;
  /** Each data component as written (`<KeyFigures />`, `<Timeline from="2025" />`), spaces folded. */
  components: Set<string>;
}

const DATA_COMPONENTS = /<(Timeline|WhatItAllows|KeyFigures|ComparisonTable)\b[^>]*?\/?>/g;

/** The ids of an `ids={[...]}` or `ids="a,b"` prop in a component tag. */
function idsProp(tag: string): string[] {
  const match = /\bids=\{?\[?([^\]}>]*)/.exec(tag);
  return match ? [...match[1]!.matchAll(/[a-z0-9-]{3,}/g)].map((m) => m[0]) : [];
}

/** Reads what an MDX body refers to. */
export function mdxReferences(body: string): MdxReferences {
  const all = (pattern: RegExp) => new Set([...body.matchAll(pattern)].map((m) => m[1]!));
  const components = new Set<string>();
  const events = all(/\/timeline\/#([a-z0-9-]+)/g);
  const provisions = all(/\/what-it-allows\/#([a-z0-9-]+)/g);
  for (const [tag, name] of body.matchAll(DATA_COMPONENTS)) {
    components.add(tag.replace(/\s+/g, ' ').replace(/\s*\/?>$/, ' />'));
    const target = name === 'Timeline' ? events : name === 'WhatItAllows' ? provisions : undefined;
    for (const id of idsProp(tag)) target?.add(id);
  }
  return {
    sources: all(/<Cite\s+id=["']([^"']+)["']/g),
    terms: all(/<Term\s+id=["']([^"']+)["']/g),
    events,
    provisions,
    components,
  };
}

const REFERENCE_WORDS: Record<keyof MdxReferences, string> = {
  sources: 'source',
  terms: 'glossary term',
  events: 'timeline event',
  provisions: '"what it allows" item',
  components: 'component',
};

/**
 * How a translated body's references differ from its original's: anything it refers to that
 * the original does not (a fact the English does not state), and any source the original cites
 * that it leaves out (a claim without its citation).
 */
export function referenceDrift(original: string, translation: string): string[] {
  const [english, translated] = [mdxReferences(original), mdxReferences(translation)];
  const problems: string[] = [];
  for (const key of Object.keys(REFERENCE_WORDS) as (keyof MdxReferences)[]) {
    for (const ref of translated[key]) {
      if (!english[key].has(ref)) {
        problems.push(
          `refers to the ${REFERENCE_WORDS[key]} "${ref}", which the original does not`,
        );
      }
    }
  }
  for (const ref of english.sources) {
    if (!translated.sources.has(ref))
      problems.push(`does not cite the source "${ref}", which the original cites`);
  }
  for (const ref of english.components) {
    if (!translated.components.has(ref))
      problems.push(`leaves out ${ref}, which the original shows`);
  }
  const order = citationOrderDrift(original, translation);
  if (order) problems.push(order);
  return problems;
}

/**
 * Where a translated body first cites the sources both cite in another order than its original:
 * its sources list, numbered by first citation, would then number them differently from the
 * English one, and "source 3" would not be the same source in both. Undefined when in order.
 */
export function citationOrderDrift(original: string, translation: string): string | undefined {
  const [english, translated] = [firstCitations(original), firstCitations(translation)];
  const both = (ids: string[], other: string[]) => ids.filter((id) => other.includes(id));
  const [ours, theirs] = [both(english, translated), both(translated, english)];
  const at = ours.findIndex((id, index) => theirs[index] !== id);
  if (at < 0) return undefined;
  return `first cites its sources in another order than the original, so they are numbered differently: source ${at + 1} is "${theirs[at]}", in the original "${ours[at]}"`;
}

type Data = Record<string, unknown>;

/** The text of a field path (`possibility.text`, `limits.unit`: each limit's unit, joined). */
function fieldText(data: Data, path: string): string | undefined {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const value = data[head];
  if (tail === undefined) return typeof value === 'string' ? value : undefined;
  if (Array.isArray(value)) {
    const parts = value
      .map((item: Data) => item?.[tail])
      .filter((part) => typeof part === 'string');
    return parts.length > 0 ? parts.join('\n') : undefined;
  }
  const inner = value && typeof value === 'object' ? (value as Data)[tail] : undefined;
  return typeof inner === 'string' ? inner : undefined;
}

/**
 * How a translated entry's text differs in substance from its original, over its text `fields`
 * (`TRANSLATED_FIELDS` in src/schemas/translations.ts): a field present in one and not the other,
 * a list of a different length (limits), or a number the original states and the translation
 * does not. Each problem names the field.
 */
export function fieldDrift(fields: readonly string[], original: Data, translation: Data): string[] {
  const problems: string[] = [];
  const lists = new Set(fields.filter((field) => field.includes('.')).map((f) => f.split('.')[0]!));
  for (const list of lists) {
    const [english, translated] = [original[list], translation[list]];
    if (!Array.isArray(english) && !Array.isArray(translated)) continue;
    const count = (items: unknown) => (Array.isArray(items) ? items.length : 0);
    if (count(english) !== count(translated)) {
      problems.push(
        `field ${list}: the original has ${count(english)} ${list.replace(/s$/, '')}(s), the translation ${count(translated)}`,
      );
    }
  }
  for (const field of fields) {
    const [english, translated] = [fieldText(original, field), fieldText(translation, field)];
    if (english === undefined && translated === undefined) continue;
    if (english === undefined) {
      problems.push(`field ${field}: the original has none, so the translation cannot add one`);
    } else if (translated === undefined) {
      problems.push(`field ${field}: missing (the original has "${english.slice(0, 60)}")`);
    } else {
      const missing = missingNumbers(english, translated);
      if (missing.length > 0) {
        problems.push(
          `field ${field}: the original states ${missing.join(', ')}, the translation does not`,
        );
      }
    }
  }
  return problems;
}

/** One translated data collection of one edition, against its English original. */
export interface CollectionSnapshot {
  /** The English collection: `status`, for `content/status.yaml`. */
  name: string;
  /** Its text fields, as {@link fieldDrift} names them. */
  fields: readonly string[];
  /** The file the translations come from, for messages: `content/ru/status.yaml`. */
  file: string;
  english: readonly { id: string; data: Data }[];
  /** The translations, by the English id they translate. */
  translations: readonly { id: string; data: Data }[];
}

/** One translated article or page, against its English original. */
export interface BodySnapshot {
  /** The translation's file, for messages. */
  file: string;
  /** The English original's slug, or undefined when no English entry has it. */
  original: { body: string; data: Data } | undefined;
  translationOf: string;
  body: string;
  data: Data;
  /** Front-matter text fields to check for numbers (`title`, `description`, `keyPoints`). */
  fields: readonly string[];
}

/**
 * Every problem of the editions, each naming the file, the entry and the field: an English entry
 * with no translation, a translation of no English entry, and drift. An edition that translates
 * nothing of a collection (it has no `content/<lang>/<name>.yaml` yet) shows it in English, so
 * none of its entries is missing; one that translates any entry must translate them all.
 */
export function translationProblems(
  collections: readonly CollectionSnapshot[],
  bodies: readonly BodySnapshot[],
): string[] {
  const problems: string[] = [];
  for (const { name, fields, file, english, translations } of collections) {
    const translated = new Set(translations.map((entry) => entry.id));
    for (const entry of translations.length === 0 ? [] : english) {
      if (!translated.has(entry.id))
        problems.push(`${file}: no translation of "${entry.id}" (content/${name}.yaml)`);
    }
    const byId = new Map(english.map((entry) => [entry.id, entry.data]));
    for (const translation of translations) {
      const original = byId.get(translation.id);
      const where = `${file} (entry "${translation.id}")`;
      if (!original) {
        problems.push(`${where}, field id: no entry of content/${name}.yaml has this id`);
        continue;
      }
      for (const problem of fieldDrift(fields, original, translation.data)) {
        problems.push(`${where}, ${problem}`);
      }
    }
  }
  for (const body of bodies) {
    if (!body.original) {
      problems.push(
        `${body.file}, field translationOf: no English original "${body.translationOf}"`,
      );
      continue;
    }
    for (const problem of referenceDrift(body.original.body, body.body)) {
      problems.push(`${body.file}: the body ${problem}`);
    }
    const stated = (data: Data, field: string) => {
      const value = data[field];
      return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
    };
    const englishText =
      body.original.body + '\n' + body.fields.map((f) => stated(body.original!.data, f)).join('\n');
    const translatedText =
      body.body + '\n' + body.fields.map((f) => stated(body.data, f)).join('\n');
    const missing = missingNumbers(withoutMarkup(englishText), withoutMarkup(translatedText));
    if (missing.length > 0) {
      problems.push(
        `${body.file}: the original states ${missing.join(', ')}, the translation does not`,
      );
    }
    for (const field of body.fields) {
      const [english, translated] = [body.original.data[field], body.data[field]];
      if (
        Array.isArray(english) &&
        Array.isArray(translated) &&
        english.length !== translated.length
      ) {
        problems.push(
          `${body.file}, field ${field}: the original has ${english.length}, the translation ${translated.length}`,
        );
      }
    }
  }
  return problems;
}

/** A body's prose without its tags and link targets, so ids with digits are not read as numbers. */
function withoutMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^---[\s\S]*?---/, '');
}

/** The English version a translation must keep up with: the newest of the dates given. */
export function englishVersion(...dates: readonly (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>(
    (newest, date) => (date && (!newest || date > newest) ? date : newest),
    undefined,
  );
}

/** True when the English changed after the version a translation translates. */
export function englishChangedSince(translates: Date, english: Date | undefined): boolean {
  return english !== undefined && english.getTime() > translates.getTime();
}

/**
 * An English entry with a translation's text laid over it: every fact (ids, dates, sources,
 * verdicts, numbers) stays the English entry's. Text in an object (a status step's possibility)
 * is laid over the English object; text in a list of objects (a provision's limits) over the
 * English items, position by position, so each limit keeps its English value.
 */
export function withTranslation<T extends { data: Data }>(english: T, translation: Data): T {
  const text: Data = {};
  const isObject = (value: unknown): value is Data =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date);
  for (const [key, value] of Object.entries(translation)) {
    if (key === 'id' || key === 'translates' || key === 'position') continue;
    const original = english.data[key];
    if (Array.isArray(value) && Array.isArray(original) && original.every(isObject)) {
      text[key] = original.map((item: Data, index) => ({
        ...item,
        ...(value[index] as Data | undefined),
      }));
    } else if (isObject(value) && isObject(original)) {
      text[key] = { ...original, ...value };
    } else {
      text[key] = value;
    }
  }
  return { ...english, data: { ...english.data, ...text } };
}
