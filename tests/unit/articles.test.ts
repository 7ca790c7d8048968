import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS, kindLabel, readingMinutes } from '../../src/lib/articles';
import { TAG_IDS, tagLabel } from '../../src/lib/tags';

describe('article helpers', () => {
  it('labels every kind', () => {
    expect(ARTICLE_KINDS).toContain('analysis');
    expect(kindLabel('analysis')).toBe('Analysis');
    expect(new Set(ARTICLE_KINDS.map(kindLabel)).size).toBe(ARTICLE_KINDS.length);
  });

  it('estimates reading time at 230 words a minute, never below 1', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(690))).toBe(3);
    // Markup and punctuation are not words.
    expect(readingMinutes('— <Cite id="x" /> — word')).toBe(1);
    expect(readingMinutes('— … '.repeat(1000))).toBe(1);
    expect(readingMinutes('“quoted”, (bracketed) 2025 Duma-vote '.repeat(230))).toBe(4);
  });

  it('labels every tag with words of its own', () => {
    expect(tagLabel('air-power')).toBe('Air forces and airspace');
    const labels = TAG_IDS.map(tagLabel);
    expect(new Set(labels).size).toBe(TAG_IDS.length);
    for (const label of labels) expect(label).not.toMatch(/-/);
  });
});
