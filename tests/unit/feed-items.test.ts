import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import { articleFeedItem, updateFeedItem } from '../../src/lib/feed-items';

const deployment = { site: 'https://example.org', base: '/relos/' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const partial = (iso: string) => parsePartialDate(iso) as PartialDate;

const correction = {
  id: '2026-12-01-fix',
  data: {
    date: day('2026-12-01'),
    kind: 'correction' as const,
    headline: 'A date put right',
    note: 'We said 9 December; it was 10 December.',
  },
};

describe('article feed items', () => {
  const article = {
    id: 'russia-ratifies-relos',
    data: {
      title: 'Russia ratifies RELOS',
      description: 'What the Duma did.',
      pubDate: day('2026-11-25'),
      factsCheckedOn: day('2026-11-30'),
      kind: 'news' as const,
      tags: ['ratification' as const],
      authors: [],
      keyPoints: ['The Duma voted.', 'The council approved.'],
    },
    sources: [
      {
        id: 'tass-1',
        data: {
          title: 'Duma ratifies',
          publisher: 'TASS',
          url: 'https://tass.com/1',
          published: partial('2025-12-02'),
        },
      },
    ],
    history: { updates: [correction], updatedDate: day('2026-12-01') },
  };

  it('carry the article in full, with key points, sources, updates and absolute links', () => {
    const item = articleFeedItem(
      article,
      '<p>Body with <a href="/relos/timeline/#e1">a link</a>.<sup><a href="#source-tass-1">1</a></sup></p>',
      deployment,
    );
    expect(item.url).toBe('https://example.org/relos/articles/russia-ratifies-relos/');
    expect(item.image).toBe('https://example.org/relos/og/articles/russia-ratifies-relos.png');
    expect(item.modified).toEqual(day('2026-12-01'));
    expect(item.published).toEqual(day('2026-11-25'));
    expect(item.categories).toEqual(['News', 'Ratification']);
    expect(item.authors).toEqual(['RELOS Explained staff']);
    expect(item.html).toContain('href="https://example.org/relos/timeline/#e1"');
    expect(item.html).toContain('The Duma voted.');
    expect(item.html).toContain('TASS');
    expect(item.html).toContain(
      'Correction: A date put right. We said 9 December; it was 10 December.',
    );
  });

  it('are dated on publication when the article never changed', () => {
    const item = articleFeedItem(
      { ...article, history: { updates: [], updatedDate: undefined } },
      '<p>Body.</p>',
      deployment,
    );
    expect(item.modified).toEqual(day('2026-11-25'));
  });
});

describe('update feed items', () => {
  it('are named by their anchor on /updates/ and link to what they changed', () => {
    const item = updateFeedItem(
      correction,
      [{ label: 'Timeline: The council approves', path: '/timeline/#e1' }],
      deployment,
    );
    expect(item.url).toBe('https://example.org/relos/updates/#2026-12-01-fix');
    expect(item.title).toBe('Correction: A date put right');
    expect(item.published).toEqual(day('2026-12-01'));
    expect(item.html).toContain('href="https://example.org/relos/timeline/#e1"');
    expect(item.html).toContain('Timeline: The council approves');
    expect(item.image).toBe('https://example.org/relos/og/updates.png');
  });
});
