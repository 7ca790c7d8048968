import { describe, expect, it } from 'vitest';
import {
  ContentIntegrityError,
  findBrokenReferences,
  findFutureDates,
  referencesIn,
} from '../../src/lib/integrity';

const ids = new Map([
  ['sources', new Set(['tass-1', 'rbc-1'])],
  ['timeline', new Set(['2025-12-02-duma'])],
]);

describe('findBrokenReferences', () => {
  it('passes when every target exists', () => {
    const uses = referencesIn(
      { collection: 'articles', id: 'a', filePath: 'content/articles/a.mdx' },
      'sources',
      [
        { id: 'tass-1', collection: 'sources' },
        { id: 'rbc-1', collection: 'sources' },
      ],
    );
    expect(findBrokenReferences(uses, ids)).toEqual([]);
  });

  it('names the file, entry, field and missing id of each broken one', () => {
    const uses = [
      ...referencesIn(
        { collection: 'articles', id: 'a', filePath: 'content/articles/a.mdx' },
        'sources',
        [
          { id: 'tass-1', collection: 'sources' },
          { id: 'nope', collection: 'sources' },
        ],
      ),
      ...referencesIn(
        { collection: 'timeline', id: 'x', filePath: 'content/timeline.yaml' },
        'sources',
        [{ id: 'gone', collection: 'sources' }],
      ),
    ];
    expect(findBrokenReferences(uses, ids)).toEqual([
      'content/articles/a.mdx (entry "a"), field sources[1]: no sources entry has the id "nope"',
      'content/timeline.yaml (entry "x"), field sources[0]: no sources entry has the id "gone"',
    ]);
  });

  it('treats an unknown collection as holding nothing', () => {
    const uses = referencesIn({ collection: 'articles', id: 'a' }, 'events', [
      { id: 'e', collection: 'missing' },
    ]);
    expect(findBrokenReferences(uses, ids)).toEqual([
      'articles (entry "a"), field events[0]: no missing entry has the id "e"',
    ]);
  });
});

describe('ContentIntegrityError', () => {
  it('lists every problem in its message', () => {
    const error = new ContentIntegrityError(['one', 'two']);
    expect(error.message).toBe('Content check failed (2 problems):\n  - one\n  - two');
    expect(error.problems).toEqual(['one', 'two']);
  });
});

describe('findFutureDates', () => {
  const on = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it('refuses a date after today, naming the file, the entry and the field', () => {
    expect(
      findFutureDates(
        [
          { file: 'content/status.yaml', id: 'in-force', field: 'checked', date: on('2026-12-02') },
          { file: 'content/status.yaml', id: 'signed', field: 'checked', date: on('2026-12-01') },
          { file: undefined, id: 'a', field: 'factsCheckedOn', date: on('2026-11-25') },
        ],
        '2026-12-01',
      ),
    ).toEqual([
      'content/status.yaml (entry "in-force"), field checked: 2026-12-02 is after today (2026-12-01)',
    ]);
  });
});
