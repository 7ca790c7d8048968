import { describe, expect, it } from 'vitest';
import { isPublished, newestFirst } from '../../src/lib/publishing';

const entry = (id: string, pubDate: string, draft = false) => ({
  id,
  data: { pubDate: new Date(pubDate), draft },
});
const now = new Date('2026-11-25T12:00:00Z');

describe('isPublished', () => {
  it('hides drafts and future-dated articles', () => {
    expect(isPublished(entry('a', '2026-11-25'), now)).toBe(true);
    expect(isPublished(entry('b', '2026-11-25', true), now)).toBe(false);
    expect(isPublished(entry('c', '2026-11-26'), now)).toBe(false);
  });
});

describe('newestFirst', () => {
  it('sorts by date, newest first, then by id', () => {
    const sorted = newestFirst([
      entry('b', '2026-01-01'),
      entry('c', '2026-02-01'),
      entry('a', '2026-01-01'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
