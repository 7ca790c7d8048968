import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS, kindLabel, readingMinutes } from '../../src/lib/articles';
import { TAG_IDS, tagLabel } from '../../src/lib/tags';

describe('article helpers', () => {
  it('labels every kind', () => {
    expect(ARTICLE_KINDS).toContain('analysis');
    expect(kindLabel('analysis')).toBe('Analysis');
    for (const kind of ARTICLE_KINDS) expect(kindLabel(kind)).toMatch(/^[A-Z]/);
  });

  it('estimates reading time at 230 words a minute, never below 1', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(690))).toBe(3);
    // Markup and punctuation are not words.
    expect(readingMinutes('— <Cite id="x" /> — word')).toBe(1);
    expect(readingMinutes('— … '.repeat(1000))).toBe(1);
    expect(readingMinutes('“quoted”, (bracketed) 2025 Duma-vote '.repeat(230))).toBe(4);
  });

  it('labels every tag', () => {
    for (const tag of TAG_IDS) expect(tagLabel(tag).length).toBeGreaterThan(2);
  });
});
