import { describe, expect, it } from 'vitest';
import {
  editionsHaving,
  editionsReached,
  englishPlace,
  itemKey,
  linkIn,
  staleItems,
  touchedKeys,
  translatedVersions,
  type TranslatedSlugs,
} from '../../src/lib/editions';
import { lastTouched, type Touches } from '../../src/lib/updates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const none: Touches = { articles: [], events: [], provisions: [], status: [], pages: [] };
const refs = (...ids: string[]) => ids.map((id) => ({ id }));

/** Russian translates the article `duma-votes`; Hindi translates no article. */
const slugs: TranslatedSlugs = { hi: new Set<string>(), ru: new Set(['duma-votes']) };

describe('which pages each edition has', () => {
  it('gives every edition the fixed pages, the topics, the 404 page and the feeds', () => {
    for (const path of [
      '/',
      '/status/',
      '/updates/',
      '/about/',
      '/search/',
      '/rss.xml',
      '/tags/',
      '/tags/treaty-law/',
      '/404.html',
    ]) {
      expect(editionsHaving(path, slugs), path).toEqual(['en', 'hi', 'ru']);
    }
    // A topic that is not in the fixed list has no page anywhere but as written.
    expect(editionsHaving('/tags/no-such-topic/', slugs)).toEqual(['en']);
    expect(editionsHaving('/rupees/', slugs)).toEqual(['en']);
  });

  it('gives an article to English and to the editions that translate it', () => {
    expect(editionsHaving('/articles/duma-votes/', slugs)).toEqual(['en', 'ru']);
    expect(editionsHaving('/articles/duma-votes/#sources', slugs)).toEqual(['en', 'ru']);
    expect(editionsHaving('/articles/not-translated/', slugs)).toEqual(['en']);
  });
});

describe('links as each edition writes them', () => {
  it('leaves English links as they are', () => {
    expect(linkIn('en', slugs)('/articles/not-translated/')).toBe('/articles/not-translated/');
  });

  it('points to the edition’s own page where it has one, keeping the hash', () => {
    const ru = linkIn('ru', slugs);
    expect(ru('/status/#in-force')).toBe('/ru/status/#in-force');
    expect(ru('/')).toBe('/ru/');
    expect(ru('/updates.xml')).toBe('/ru/updates.xml');
    expect(ru('/articles/duma-votes/')).toBe('/ru/articles/duma-votes/');
  });

  it('points to the English page where the edition has none', () => {
    expect(linkIn('hi', slugs)('/articles/duma-votes/')).toBe('/articles/duma-votes/');
    expect(linkIn('ru', slugs)('/tags/no-such-topic/')).toBe('/tags/no-such-topic/');
    // The topics are every edition's: a topic link keeps the reader in the edition.
    expect(linkIn('ru', slugs)('/tags/treaty-law/')).toBe('/ru/tags/treaty-law/');
  });
});

describe('what each edition translated', () => {
  const collections = [
    {
      kind: 'status' as const,
      entries: [
        { id: 'ru/in-force', data: { translates: day('2026-11-25') } },
        { id: 'hi/in-force', data: { translates: day('2026-12-01') } },
      ],
    },
    {
      kind: 'articles' as const,
      entries: [
        {
          id: 'ru/articles/duma-votes',
          data: { translates: day('2026-11-20'), translationOf: 'duma-votes' },
        },
      ],
    },
    {
      kind: 'pages' as const,
      entries: [
        { id: 'ru/pages/about', data: { translates: day('2026-11-01'), translationOf: 'about' } },
      ],
    },
  ];

  it('keys each item as the updates log names it, for one edition only', () => {
    expect(translatedVersions('ru', collections)).toEqual(
      new Map([
        ['status:in-force', day('2026-11-25')],
        ['articles:duma-votes', day('2026-11-20')],
        ['pages:/about/', day('2026-11-01')],
      ]),
    );
    expect(translatedVersions('hi', collections)).toEqual(
      new Map([['status:in-force', day('2026-12-01')]]),
    );
  });

  it('names an update’s items with the same keys', () => {
    expect(
      touchedKeys({
        ...none,
        articles: refs('duma-votes'),
        events: refs('2025-12-02-duma-ratifies'),
        provisions: refs('warship-caps'),
        status: refs('in-force'),
        pages: ['/about/'],
      }),
    ).toEqual([
      'articles:duma-votes',
      'events:2025-12-02-duma-ratifies',
      'provisions:warship-caps',
      'status:in-force',
      'pages:/about/',
    ]);
    expect(itemKey('pages', 'about')).toBe(itemKey('pages', '/about/'));
  });
});

describe('which editions an update reached', () => {
  const versions = {
    hi: new Map([['status:in-force', day('2026-12-01')]]),
    ru: new Map([
      ['status:in-force', day('2026-11-25')],
      ['articles:duma-votes', day('2026-11-20')],
    ]),
  };
  const update = (date: string, touches: Partial<Touches>) => ({
    data: { date: day(date), touches: { ...none, ...touches } },
  });

  it('has reached an edition whose translation is dated on or after it', () => {
    expect(editionsReached(update('2026-11-25', { status: refs('in-force') }), versions)).toEqual({
      reached: ['en', 'hi', 'ru'],
      pending: [],
    });
  });

  it('is pending in an edition whose translation is dated before it', () => {
    expect(editionsReached(update('2026-11-28', { status: refs('in-force') }), versions)).toEqual({
      reached: ['en', 'hi'],
      pending: ['ru'],
    });
  });

  it('an update touching an article waits only for the editions that translate it', () => {
    expect(
      editionsReached(update('2026-11-28', { articles: refs('duma-votes') }), versions),
    ).toEqual({ reached: ['en', 'hi'], pending: ['ru'] });
    expect(
      editionsReached(update('2026-11-28', { articles: refs('not-translated') }), versions),
    ).toEqual({ reached: ['en', 'hi', 'ru'], pending: [] });
  });
});

describe('when a translation is stale, and what its note links to', () => {
  const log = [
    { data: { date: day('2026-11-20'), touches: { ...none, status: refs('in-force') } } },
    { data: { date: day('2026-12-02'), touches: { ...none, status: refs('in-force') } } },
    { data: { date: day('2026-11-30'), touches: { ...none, pages: ['/about/'] } } },
  ];

  it('is stale when the English changed after the day it translates, not on or before', () => {
    const versions = new Map([
      ['status:in-force', day('2026-12-01')],
      ['pages:/about/', day('2026-11-30')],
      ['events:untouched', day('2026-01-01')],
    ]);
    expect(staleItems(versions, lastTouched(log))).toEqual(
      new Map([['status:in-force', day('2026-12-02')]]),
    );
    versions.set('status:in-force', day('2026-12-02'));
    expect(staleItems(versions, lastTouched(log))).toEqual(new Map());
  });

  it('links to the item in the English edition', () => {
    expect(englishPlace('status:in-force')).toBe('/status/#in-force');
    expect(englishPlace('events:2025-12-02-duma-ratifies')).toBe(
      '/timeline/#2025-12-02-duma-ratifies',
    );
    expect(englishPlace('provisions:warship-caps')).toBe('/what-it-allows/#warship-caps');
    expect(englishPlace('articles:duma-votes')).toBe('/articles/duma-votes/');
    expect(englishPlace(itemKey('pages', 'about'))).toBe('/about/');
  });
});
