import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  RESOURCE_NAMES,
  dataPackage,
  openDataTables,
  toCsv,
  toJsonRows,
  type OpenDataInput,
  type Table,
} from '../../src/lib/open-data';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';

const day = (iso: string) => parsePartialDate(iso) as PartialDate;

const input: OpenDataInput = {
  sources: [
    {
      id: 'tass-1',
      title: 'Госдума ратифицировала, "соглашение"',
      titleEnglish: 'The Duma ratified',
      titleIsDescription: false,
      publisher: 'TASS',
      url: 'https://tass.ru/1',
      published: day('2025-12'),
      language: 'ru',
    },
    {
      id: 'pti-2',
      title: 'Line one\nline two',
      titleIsDescription: true,
      publisher: 'PTI',
      url: 'https://example.org/2',
      published: null,
      language: 'en',
    },
  ],
  timeline: [
    {
      id: '2025-12-02-duma',
      date: day('2025-12-02'),
      title: 'Duma ratifies',
      summary: 'It did, with 5 warships, 10 aircraft',
      kind: 'ratification',
      tags: ['ratification', 'treaty-law'],
      sources: ['tass-1', 'pti-2'],
    },
  ],
  status: [
    {
      id: 'duma',
      title: 'Duma approves',
      country: 'russia',
      state: 'done',
      date: day('2025-12-02'),
      event: '2025-12-02-duma',
      note: 'Done.',
      possibility: { text: 'Maybe.', sources: ['pti-2'] },
      checked: '2026-11-25',
      sources: ['tass-1'],
    },
  ],
  provisions: [
    {
      id: 'caps',
      domain: 'sea',
      activity: 'Warships',
      verdict: 'limited',
      detail: 'At most 5.',
      limits: [
        { value: 5, unit: 'warships', qualifier: 'at a time' },
        { value: 3000, unit: 'personnel' },
      ],
      sources: ['tass-1'],
    },
  ],
  agreements: [
    {
      id: 'lemoa',
      partner: 'United States',
      name: 'Logistics Exchange Memorandum of Agreement',
      shortName: 'LEMOA',
      signed: day('2016'),
      scope: 'Logistics.',
      sources: ['pti-2'],
    },
  ],
  glossary: [{ id: 'duma', term: 'State Duma', definition: 'The lower house.', sources: [] }],
};

const vocabulary = {
  eventKinds: ['ratification', 'other'],
  countries: ['russia', 'india', 'both'],
  states: ['done', 'expected'],
  domains: ['sea'],
  verdicts: ['limited'],
  tags: ['ratification', 'treaty-law'],
};

const tables = openDataTables(input, vocabulary);
const table = (name: Table['name']) => tables.find((each) => each.name === name)!;

describe('openDataTables', () => {
  it('makes every table, in order, each row as long as its header', () => {
    expect(tables.map((each) => each.name)).toEqual([...RESOURCE_NAMES]);
    for (const each of tables) {
      for (const row of each.rows) expect(row, each.name).toHaveLength(each.fields.length);
    }
  });

  it('keeps partial dates at their precision and lists sources in link tables, in order', () => {
    expect(table('timeline').rows[0]!.slice(0, 3)).toEqual([
      '2025-12-02-duma',
      '2025-12-02',
      'day',
    ]);
    expect(table('timeline-sources').rows).toEqual([
      ['2025-12-02-duma', 'tass-1', 1],
      ['2025-12-02-duma', 'pti-2', 2],
    ]);
    expect(table('status-sources').rows).toEqual([
      ['duma', 'tass-1', 'step', 1],
      ['duma', 'pti-2', 'possibility', 1],
    ]);
    expect(table('provision-limits').rows).toEqual([
      ['caps', 1, 5, 'warships', 'at a time'],
      ['caps', 2, 3000, 'personnel', null],
    ]);
    expect(table('sources').rows[1]!.slice(6, 8)).toEqual([null, null]);
    expect(table('agreements').rows[0]!.slice(4, 6)).toEqual(['2016', 'year']);
  });

  it('joins each link table to its entry and to the sources by foreign key', () => {
    expect(table('timeline-sources').foreignKeys).toEqual([
      { fields: 'event', resource: 'timeline', to: 'id' },
      { fields: 'source', resource: 'sources', to: 'id' },
    ]);
    expect(table('status').foreignKeys).toEqual([
      { fields: 'event', resource: 'timeline', to: 'id' },
    ]);
  });
});

describe('toCsv', () => {
  it('writes RFC 4180: CRLF, quotes only where needed, empty for missing, no BOM', () => {
    const csv = toCsv(table('sources'));
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(
      'id,title,title_english,title_is_description,publisher,url,published,published_precision,language',
    );
    expect(csv).toContain(
      'tass-1,"Госдума ратифицировала, ""соглашение""",The Duma ratified,false,',
    );
    expect(csv).toContain('pti-2,"Line one\nline two",,true,PTI,');
    expect(csv.endsWith('\r\n')).toBe(true);
    // A standard parser reads back exactly the rows.
    const rows = parse(csv) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows[1]![1]).toBe('Госдума ратифицировала, "соглашение"');
    expect(rows[2]![1]).toBe('Line one\nline two');
  });
});

describe('toJsonRows', () => {
  it('gives the same rows as objects, with typed values and null for missing', () => {
    expect(toJsonRows(table('provision-limits'))[1]).toEqual({
      provision: 'caps',
      position: 2,
      value: 3000,
      unit: 'personnel',
      qualifier: null,
    });
  });
});

describe('dataPackage', () => {
  const pkg = dataPackage(tables, {
    name: 'relos-explained-en',
    title: 'Open data',
    description: 'All of it.',
    homepage: 'https://relos.example.org/data/',
    language: 'en-GB',
    resource: (name) => ({ title: name, description: `The ${name}.` }),
    field: (resource, field) => `${resource}.${field}`,
    licence: {
      name: 'CC-BY-4.0',
      path: 'https://creativecommons.org/licenses/by/4.0/',
      title: 'CC BY',
    },
    factsChecked: '2026-11-25',
    sources: [{ title: 'TASS', path: 'https://tass.ru/1' }],
  }) as {
    profile: string;
    licenses: unknown[];
    factsChecked: string;
    resources: {
      name: string;
      path: string;
      schema: {
        fields: { name: string; description: string }[];
        primaryKey: unknown;
        foreignKeys?: unknown[];
      };
    }[];
  };

  it('is a tabular package with the licence, the sources and the facts-checked day', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses).toEqual([
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY' },
    ]);
    expect(pkg.factsChecked).toBe('2026-11-25');
  });

  it('describes each CSV with its fields, keys and references', () => {
    const links = pkg.resources.find((each) => each.name === 'timeline-sources')!;
    expect(links.path).toBe('timeline-sources.csv');
    expect(links.schema.primaryKey).toEqual(['event', 'source']);
    expect(links.schema.foreignKeys).toEqual([
      { fields: 'event', reference: { resource: 'timeline', fields: 'id' } },
      { fields: 'source', reference: { resource: 'sources', fields: 'id' } },
    ]);
    expect(links.schema.fields[0]).toMatchObject({
      name: 'event',
      description: 'timeline-sources.event',
    });
    expect(pkg.resources.find((each) => each.name === 'timeline')!.schema.primaryKey).toBe('id');
  });
});
