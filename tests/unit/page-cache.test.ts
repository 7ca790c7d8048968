import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/data/page-cache';

describe('pageCacheKey', () => {
  it('is the same for the same inputs and differs when any input differs', () => {
    const data = { title: 'A', pubDate: new Date('2026-11-25T00:00:00Z'), tags: ['navy'] };
    expect(pageCacheKey('a', data)).toBe(pageCacheKey('a', { ...data, tags: ['navy'] }));
    expect(pageCacheKey('a', data)).toMatch(/^[0-9a-f]{64}$/);
    expect(pageCacheKey('a', { ...data, title: 'B' })).not.toBe(pageCacheKey('a', data));
    expect(pageCacheKey('a', { ...data, pubDate: new Date('2026-11-26T00:00:00Z') })).not.toBe(
      pageCacheKey('a', data),
    );
    // Order matters: the inputs are positions, not a set.
    expect(pageCacheKey('a', 'b')).not.toBe(pageCacheKey('b', 'a'));
    // A missing related article is not the same as no list.
    expect(pageCacheKey([undefined])).not.toBe(pageCacheKey([]));
  });
});
