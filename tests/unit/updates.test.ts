import { describe, expect, it } from 'vitest';
import {
  articleHistory,
  checkUpdatesAgainstArticles,
  lastTouched,
  newestUpdatesFirst,
  touchedLinks,
  updatesTouching,
  type UpdateLike,
} from '../../src/lib/updates';

const none = { articles: [], events: [], provisions: [], status: [], pages: [] };
const update = (
  id: string,
  date: string,
  kind: UpdateLike['data']['kind'],
  touches: Partial<{ articles: string[]; events: string[]; status: string[]; pages: string[] }>,
): UpdateLike => ({
  id,
  data: {
    date: new Date(`${date}T00:00:00Z`),
    kind,
    touches: {
      ...none,
      articles: (touches.articles ?? []).map((ref) => ({ id: ref })),
      events: (touches.events ?? []).map((ref) => ({ id: ref })),
      status: (touches.status ?? []).map((ref) => ({ id: ref })),
      pages: touches.pages ?? [],
    },
  },
});

// In file order, oldest first, as editors write the log.
const LOG = [
  update('launch', '2026-11-25', 'new-article', { articles: ['a', 'b'] }),
  update('fix-a', '2026-12-01', 'correction', { articles: ['a'], status: ['in-force'] }),
  update('note-a', '2026-12-01', 'clarification', { articles: ['a'], events: ['e'] }),
  update('later-b', '2026-12-05', 'development', { articles: ['b'], status: ['in-force'] }),
  update('about', '2026-12-06', 'clarification', { pages: ['/about/'] }),
];

describe('the updates log', () => {
  it('lists newest first, the later of one day first', () => {
    expect(newestUpdatesFirst(LOG).map((u) => u.id)).toEqual([
      'about',
      'later-b',
      'note-a',
      'fix-a',
      'launch',
    ]);
  });

  it('finds what touches one item, oldest first', () => {
    expect(updatesTouching(LOG, 'status', 'in-force').map((u) => u.id)).toEqual([
      'fix-a',
      'later-b',
    ]);
    expect(updatesTouching(LOG, 'events', 'nope')).toEqual([]);
  });

  it("derives an article's updates and updated date, leaving out its publication", () => {
    const a = articleHistory(LOG, 'a');
    expect(a.updates.map((u) => u.id)).toEqual(['fix-a', 'note-a']);
    expect(a.updatedDate?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(articleHistory(LOG, 'b').updatedDate?.toISOString()).toBe('2026-12-05T00:00:00.000Z');
    // Published and never changed: no updated date at all.
    const untouched = articleHistory([LOG[0]!], 'a');
    expect(untouched).toEqual({ updates: [], updatedDate: undefined });
  });

  it('knows the day each touched item last changed', () => {
    const touched = lastTouched(LOG);
    expect(touched.get('status:in-force')?.toISOString().slice(0, 10)).toBe('2026-12-05');
    expect(touched.get('events:e')?.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(touched.get('pages:/about/')?.toISOString().slice(0, 10)).toBe('2026-12-06');
    expect(touched.get('articles:a')?.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(touched.has('status:signed')).toBe(false);
  });

  it('refuses entries that do not fit the articles they touch, naming entry and field', () => {
    const pubDates = new Map([
      ['a', new Date('2026-11-25T00:00:00Z')],
      ['b', new Date('2026-11-25T00:00:00Z')],
    ]);
    expect(checkUpdatesAgainstArticles(LOG, pubDates)).toEqual([]);
    const bad = [
      update('early', '2026-11-20', 'correction', { articles: ['a'] }),
      update('late-launch', '2026-11-26', 'new-article', { articles: ['b'] }),
      update('ghost', '2026-11-26', 'correction', { articles: ['no-such-article'] }),
    ];
    expect(checkUpdatesAgainstArticles(bad, pubDates)).toEqual([
      'content/updates.yaml (entry "early"), field touches.articles[0]: dated 2026-11-20, before "a" was published (2026-11-25)',
      'content/updates.yaml (entry "late-launch"), field touches.articles[0]: a new-article entry is dated on the article\'s pubDate (2026-11-25), not 2026-11-26',
    ]);
  });
});

describe('touchedLinks', () => {
  it('labels each link by what it is, leaves out unpublished articles, and keeps the order', () => {
    const entry = update('u', '2026-12-01', 'correction', {
      articles: ['live', 'draft', 'english'],
      events: ['e1'],
      status: ['s1'],
      pages: ['/', '/what-it-allows/'],
    });
    const links = touchedLinks(
      { data: { ...entry.data, touches: { ...entry.data.touches, provisions: [{ id: 'p1' }] } } },
      {
        articles: new Map([
          ['live', { title: 'A live article' }],
          ['english', { title: 'Only in English', foreign: 'en-GB' }],
        ]),
        events: (id) => ({ title: `Event ${id}` }),
        // An entry of a collection the edition shows in English.
        provisions: (id) => ({ title: `Activity ${id}`, foreign: 'en-GB' }),
        steps: (id) => ({ title: `Step ${id}` }),
      },
    );
    expect(links).toEqual([
      { label: 'A live article', path: '/articles/live/' },
      // An article the edition has not translated: its English headline, said to be English.
      { label: 'Only in English', path: '/articles/english/', foreign: 'en-GB' },
      { section: 'Status', label: 'Step s1', path: '/status/#s1' },
      { section: 'Timeline', label: 'Event e1', path: '/timeline/#e1' },
      {
        section: 'What it allows',
        label: 'Activity p1',
        path: '/what-it-allows/#p1',
        foreign: 'en-GB',
      },
      { label: 'Front page', path: '/' },
      { label: 'What RELOS allows', path: '/what-it-allows/' },
    ]);
  });
});
