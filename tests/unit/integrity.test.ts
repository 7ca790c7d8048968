import { describe, expect, it } from 'vitest';
import {
  ContentIntegrityError,
  contentProblems,
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

describe('contentProblems', () => {
  const ref = (collection: string, id: string) => ({ collection, id });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const article = (id: string, data: Record<string, unknown> = {}, source?: string) => ({
    id,
    collection: 'articles',
    filePath: `content/articles/${id}.mdx`,
    source: source ?? `---\ntitle: T\npubDate: 2026-11-20\n---\n\nText.<Cite id="tass-1" />\n`,
    data: {
      sources: [ref('sources', 'tass-1')],
      events: [],
      aliases: [],
      draft: false,
      pubDate: day('2026-11-20'),
      factsCheckedOn: day('2026-11-25'),
      ...data,
    },
  });
  const entry = <D extends object>(collection: string, id: string, data: D) => ({
    id,
    collection,
    filePath: `content/${collection}.yaml`,
    data,
  });
  const noTouches = { articles: [], events: [], provisions: [], status: [], pages: [] };
  const snapshot = (changes: Partial<Parameters<typeof contentProblems>[0]> = {}) =>
    contentProblems({
      articles: [article('a')],
      data: new Map([
        ['sources', [entry('sources', 'tass-1', {})]],
        ['timeline', [entry('timeline', 'e1', { sources: [ref('sources', 'tass-1')] })]],
      ]),
      status: [
        entry('status', 'step', { event: ref('timeline', 'e1'), checked: day('2026-11-25') }),
      ],
      updates: [
        entry('updates', 'u1', {
          date: day('2026-11-20'),
          kind: 'new-article',
          touches: { ...noTouches, articles: [ref('articles', 'a')] },
        }),
      ] as never,
      components: ['Cite'],
      today: '2026-12-01',
      ...changes,
    });

  it('finds nothing wrong with consistent content', () => {
    expect(snapshot()).toEqual([]);
  });

  it('reports every problem at once, each naming its file, entry and field', () => {
    const problems = snapshot({
      articles: [
        article('a', { sources: [ref('sources', 'gone')] }),
        article('b', { aliases: ['a'] }, '---\npubDate: 2025-02-30\n---\n\nText. <Nope />\n'),
        article('c', { factsCheckedOn: day('2026-12-02') }),
      ],
      data: new Map([
        ['sources', [entry('sources', 'tass-1', {})]],
        ['glossary', []],
      ]),
      status: [
        entry('status', 'step', { event: ref('timeline', 'e9'), checked: day('2027-01-01') }),
      ],
      updates: [
        entry('updates', 'u1', {
          date: day('2026-11-19'),
          kind: 'correction',
          touches: {
            ...noTouches,
            articles: [ref('articles', 'a')],
            events: [ref('timeline', 'e2')],
          },
        }),
      ] as never,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/glossary.yaml: no entries were loaded (is the file there, and is its YAML valid? see any error above)',
        'content/articles/b.mdx: pubDate: "2025-02-30" is not a real date',
        expect.stringMatching(/^content\/articles\/b\.mdx:5: <Nope> is not a component/),
        'content/articles/a.mdx (entry "a"), field sources[0]: no sources entry has the id "gone"',
        'content/status.yaml (entry "step"), field event[0]: no timeline entry has the id "e9"',
        'content/updates.yaml (entry "u1"), field touches.events[0]: no timeline entry has the id "e2"',
        'content/status.yaml (entry "step"), field checked: 2027-01-01 is after today (2026-12-01)',
        'content/articles/c.mdx (entry "c"), field factsCheckedOn: 2026-12-02 is after today (2026-12-01)',
        'content/updates.yaml (entry "u1"), field touches.articles[0]: dated 2026-11-19, before "a" was published (2026-11-20)',
        'content/articles/b.mdx: aliases: "a" is the slug of an existing article',
        // a's body cites tass-1, which its sources no longer list.
        'content/articles/a.mdx: <Cite id="tass-1"> cites a source that is not in this article\'s `sources` frontmatter; expected one of: gone',
      ]),
    );
    expect(problems, problems.join('\n')).toHaveLength(11);
  });
});
