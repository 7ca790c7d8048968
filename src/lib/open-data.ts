/**
 * The open data: the story's collections as tables (one row per entry; lists such as an entry's
 * sources in tables of their own, so that each can be checked as a foreign key), written as CSV
 * (RFC 4180) and JSON, and described by a Frictionless Data Package (v1, tabular). Pure: the
 * data come in as plain values (src/data/open-data.ts reads them), the words as a function.
 */
import type { PartialDate } from './dates';

/** A Table Schema field type used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column of a table. */
export interface FieldDef {
  name: string;
  type: FieldType;
  /** Table Schema constraints: required, unique, enum, pattern. */
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
  };
}

/** A table: its name (also its file name), columns, keys and rows. */
export interface Table {
  name: ResourceName;
  fields: readonly FieldDef[];
  primaryKey: readonly string[];
  foreignKeys: readonly { fields: string; resource: ResourceName; to: string }[];
  /** One array per row, in the order of `fields`; `null` where there is no value. */
  rows: (string | number | boolean | null)[][];
}

/** The tables, in the order the data page and the package list them. */
export const RESOURCE_NAMES = [
  'timeline',
  'timeline-sources',
  'status',
  'status-sources',
  'provisions',
  'provision-limits',
  'provision-sources',
  'agreements',
  'agreement-sources',
  'glossary',
  'glossary-sources',
  'sources',
] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

/** A partial date as the data write it: `2025`, `2025-12` or `2025-12-02`. */
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const PRECISIONS = ['day', 'month', 'year'] as const;

/** What the data are made from: each collection's entries as plain values, in file order. */
export interface OpenDataInput {
  sources: readonly {
    id: string;
    title: string;
    titleEnglish?: string | undefined;
    titleIsDescription: boolean;
    publisher: string;
    url: string;
    published: PartialDate | null;
    language: string;
  }[];
  timeline: readonly {
    id: string;
    date: PartialDate;
    title: string;
    summary: string;
    kind: string;
    note?: string | undefined;
    tags: readonly string[];
    sources: readonly string[];
  }[];
  status: readonly {
    id: string;
    title: string;
    country: string;
    state: string;
    date?: PartialDate | undefined;
    event?: string | undefined;
    note: string;
    possibility?: { text: string; sources: readonly string[] } | undefined;
    checked: string;
    sources: readonly string[];
  }[];
  provisions: readonly {
    id: string;
    domain: string;
    activity: string;
    verdict: string;
    detail: string;
    limits: readonly { value: number; unit: string; qualifier?: string | undefined }[];
    sources: readonly string[];
  }[];
  agreements: readonly {
    id: string;
    partner: string;
    name: string;
    shortName?: string | undefined;
    signed: PartialDate | null;
    scope: string;
    sources: readonly string[];
  }[];
  glossary: readonly {
    id: string;
    term: string;
    expansion?: string | undefined;
    definition: string;
    sources: readonly string[];
  }[];
}

/** The closed word lists the tables' coded columns take (src/schemas/vocabulary.ts). */
export interface OpenDataVocabulary {
  eventKinds: readonly string[];
  countries: readonly string[];
  states: readonly string[];
  domains: readonly string[];
  verdicts: readonly string[];
  tags: readonly string[];
}

const id: FieldDef = { name: 'id', type: 'string', constraints: { required: true, unique: true } };
const required = (name: string, type: FieldType = 'string'): FieldDef => ({
  name,
  type,
  constraints: { required: true },
});
const optional = (name: string, type: FieldType = 'string'): FieldDef => ({ name, type });
const coded = (name: string, values: readonly string[]): FieldDef => ({
  name,
  type: 'string',
  constraints: { required: true, enum: values },
});
const partial = (name: string, isRequired: boolean): FieldDef => ({
  name,
  type: 'string',
  constraints: { ...(isRequired ? { required: true } : {}), pattern: PARTIAL_DATE },
});
const precision = (name: string, isRequired: boolean): FieldDef => ({
  name,
  type: 'string',
  constraints: { ...(isRequired ? { required: true } : {}), enum: PRECISIONS },
});
const toSource = { fields: 'source', resource: 'sources', to: 'id' } as const;

/** A list of entry ids and source ids as link-table rows, with each source's place in its list. */
function links(
  entries: readonly { id: string; sources: readonly string[] }[],
): (string | number)[][] {
  return entries.flatMap((entry) =>
    entry.sources.map((source, index) => [entry.id, source, index + 1]),
  );
}

/** A link table: each entry's sources, one row per source, with its place in the entry's list. */
function sourceLinks(
  name: ResourceName,
  column: string,
  resource: ResourceName,
  entries: readonly { id: string; sources: readonly string[] }[],
): Table {
  return {
    name,
    fields: [required(column), required('source'), required('position', 'integer')],
    primaryKey: [column, 'source'],
    foreignKeys: [{ fields: column, resource, to: 'id' }, toSource],
    rows: links(entries),
  };
}

/** Every table of the open data, from the collections of one edition. */
export function openDataTables(input: OpenDataInput, words: OpenDataVocabulary): Table[] {
  const place = required('position', 'integer');
  return [
    {
      name: 'timeline',
      fields: [
        id,
        partial('date', true),
        precision('date_precision', true),
        required('title'),
        required('summary'),
        coded('kind', words.eventKinds),
        optional('note'),
        optional('tags'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: input.timeline.map((event) => [
        event.id,
        event.date.iso,
        event.date.precision,
        event.title,
        event.summary,
        event.kind,
        event.note ?? null,
        event.tags.length > 0 ? event.tags.join(' ') : null,
      ]),
    },
    sourceLinks('timeline-sources', 'event', 'timeline', input.timeline),
    {
      name: 'status',
      fields: [
        id,
        place,
        required('title'),
        coded('country', words.countries),
        coded('state', words.states),
        partial('date', false),
        precision('date_precision', false),
        optional('event'),
        required('note'),
        optional('possibility'),
        required('checked', 'date'),
      ],
      primaryKey: ['id'],
      foreignKeys: [{ fields: 'event', resource: 'timeline', to: 'id' }],
      rows: input.status.map((step, index) => [
        step.id,
        index + 1,
        step.title,
        step.country,
        step.state,
        step.date?.iso ?? null,
        step.date?.precision ?? null,
        step.event ?? null,
        step.note,
        step.possibility?.text ?? null,
        step.checked,
      ]),
    },
    {
      name: 'status-sources',
      fields: [
        required('step'),
        required('source'),
        {
          name: 'supports',
          type: 'string',
          constraints: { required: true, enum: ['step', 'possibility'] },
        },
        place,
      ],
      primaryKey: ['step', 'source', 'supports'],
      foreignKeys: [{ fields: 'step', resource: 'status', to: 'id' }, toSource],
      rows: input.status.flatMap((step) => [
        ...step.sources.map((source, index) => [step.id, source, 'step', index + 1]),
        ...(step.possibility?.sources ?? []).map((source, index) => [
          step.id,
          source,
          'possibility',
          index + 1,
        ]),
      ]),
    },
    {
      name: 'provisions',
      fields: [
        id,
        place,
        coded('domain', words.domains),
        required('activity'),
        coded('verdict', words.verdicts),
        required('detail'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: input.provisions.map((item, index) => [
        item.id,
        index + 1,
        item.domain,
        item.activity,
        item.verdict,
        item.detail,
      ]),
    },
    {
      name: 'provision-limits',
      fields: [
        required('provision'),
        place,
        required('value', 'number'),
        required('unit'),
        optional('qualifier'),
      ],
      primaryKey: ['provision', 'position'],
      foreignKeys: [{ fields: 'provision', resource: 'provisions', to: 'id' }],
      rows: input.provisions.flatMap((item) =>
        item.limits.map((limit, index) => [
          item.id,
          index + 1,
          limit.value,
          limit.unit,
          limit.qualifier ?? null,
        ]),
      ),
    },
    sourceLinks('provision-sources', 'provision', 'provisions', input.provisions),
    {
      name: 'agreements',
      fields: [
        id,
        required('partner'),
        required('name'),
        optional('short_name'),
        partial('signed', false),
        precision('signed_precision', false),
        required('scope'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: input.agreements.map((agreement) => [
        agreement.id,
        agreement.partner,
        agreement.name,
        agreement.shortName ?? null,
        agreement.signed?.iso ?? null,
        agreement.signed?.precision ?? null,
        agreement.scope,
      ]),
    },
    sourceLinks('agreement-sources', 'agreement', 'agreements', input.agreements),
    {
      name: 'glossary',
      fields: [id, required('term'), optional('expansion'), required('definition')],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: input.glossary.map((term) => [
        term.id,
        term.term,
        term.expansion ?? null,
        term.definition,
      ]),
    },
    sourceLinks('glossary-sources', 'term', 'glossary', input.glossary),
    {
      name: 'sources',
      fields: [
        id,
        required('title'),
        optional('title_english'),
        required('title_is_description', 'boolean'),
        required('publisher'),
        required('url'),
        partial('published', false),
        precision('published_precision', false),
        required('language'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      rows: input.sources.map((source) => [
        source.id,
        source.title,
        source.titleEnglish ?? null,
        source.titleIsDescription,
        source.publisher,
        source.url,
        source.published?.iso ?? null,
        source.published?.precision ?? null,
        source.language,
      ]),
    },
  ];
}

/** One CSV value (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvValue(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180): a header of field names, CRLF line ends, UTF-8 with no byte-order
 * mark; an empty value is a missing one.
 */
export function toCsv(table: Table): string {
  const lines = [table.fields.map((field) => field.name), ...table.rows].map((row) =>
    row.map(csvValue).join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** A table as JSON: a list of objects with the same fields as the CSV, missing values `null`. */
export function toJsonRows(table: Table): Record<string, unknown>[] {
  return table.rows.map((row) =>
    Object.fromEntries(table.fields.map((field, index) => [field.name, row[index] ?? null])),
  );
}

/** What the data package says about itself, in the edition's words. */
export interface PackageWords {
  /** The package's name: lowercase, `relos-explained-en`. */
  name: string;
  title: string;
  description: string;
  /** The data page's absolute URL. */
  homepage: string;
  /** A resource's title and description. */
  resource: (name: ResourceName) => { title: string; description: string };
  /** A field's description in a resource. */
  field: (resource: ResourceName, field: string) => string;
  licence: { name: string; path: string; title: string };
  /** The day the facts were last checked (`YYYY-MM-DD`). */
  factsChecked: string;
  /** The sources the data rest on: each source's title and address. */
  sources: readonly { title: string; path: string }[];
  /** The edition's language (BCP 47). */
  language: string;
}

/**
 * The Frictionless Data Package (v1, `tabular-data-package`): one CSV resource per table with its
 * Table Schema (field types, descriptions, constraints, primary and foreign keys), the licence,
 * the sources and the day the facts were checked (`factsChecked`, a property of our own, which
 * the specification allows).
 */
export function dataPackage(
  tables: readonly Table[],
  words: PackageWords,
): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: words.name,
    id: `${words.homepage}datapackage.json`,
    title: words.title,
    description: words.description,
    homepage: words.homepage,
    language: words.language,
    factsChecked: words.factsChecked,
    licenses: [words.licence],
    sources: words.sources,
    resources: tables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      ...words.resource(table.name),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      // Written out, so that no reader has to guess (the old JS library sniffs otherwise).
      dialect: {
        delimiter: ',',
        doubleQuote: true,
        lineTerminator: '\r\n',
        quoteChar: '"',
        header: true,
      },
      schema: {
        fields: table.fields.map((field) => ({
          name: field.name,
          type: field.type,
          description: words.field(table.name, field.name),
          ...(field.constraints ? { constraints: field.constraints } : {}),
        })),
        missingValues: [''],
        primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : table.primaryKey,
        ...(table.foreignKeys.length > 0
          ? {
              foreignKeys: table.foreignKeys.map((key) => ({
                fields: key.fields,
                reference: { resource: key.resource, fields: key.to },
              })),
            }
          : {}),
      },
    })),
  };
}
