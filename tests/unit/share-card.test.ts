import { describe, expect, it } from 'vitest';
import {
  cardLayout,
  describeCharacter,
  SHARE_IMAGE,
  shareImageHost,
  shareImagePath,
  styleFor,
  titleLayout,
  uncoveredCharacters,
  wrap,
  type CardOp,
  type TextMeasure,
} from '../../src/lib/share-card';

/** Every character (code point) is `size / 2` wide, plus its tracking; ascent 0.8 em, descent 0.2. */
const mono: TextMeasure = {
  width: (text, style) => [...text].length * (style.size / 2 + style.tracking) - style.tracking,
  ascent: (style) => style.size * 0.8,
  descent: (style) => style.size * 0.2,
};
const plain = { weight: 400, size: 20, tracking: 0 } as const;

describe('share card layout', () => {
  it('wraps at spaces, and inside a word only when the word is too wide', () => {
    expect(wrap(mono, 'aaa bbb ccc', plain, 70, 5)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap(mono, 'abcdefghijkl', plain, 50, 5)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('ends the last line at a word, with an ellipsis, when the text is too long', () => {
    const lines = wrap(mono, 'one two three four five six seven', plain, 90, 2);
    expect(lines).toEqual(['one two', 'three…']);
    for (const line of lines) expect(mono.width(line, plain)).toBeLessThanOrEqual(90);
  });

  it('never cuts a Devanagari cluster: a conjunct and its vowel sign stay together', () => {
    // "क्षत्रिय" is 8 code points but 3 clusters: क्ष, त्रि, य.
    const lines = wrap(mono, 'क्षत्रिय', plain, 40, 5);
    expect(lines.join('')).toBe('क्षत्रिय');
    for (const line of lines) expect(['क्ष', 'त्रि', 'य', 'क्षत्रि', 'त्रिय']).toContain(line);
  });

  it('letter-spaces Latin and Cyrillic, never Devanagari', () => {
    const tracked = { weight: 700, size: 24, tracking: 3 } as const;
    expect(styleFor('NEWS', tracked).tracking).toBe(3);
    expect(styleFor('НОВОСТИ', tracked).tracking).toBe(3);
    expect(styleFor('समाचार', tracked).tracking).toBe(0);
  });

  it('sets the headline as large as three lines allow, then clamps it to four', () => {
    expect(titleLayout(mono, 'Russia ratifies RELOS')).toEqual({
      size: 76,
      lines: ['Russia ratifies RELOS'],
    });
    const sizes = [40, 80, 120, 200].map((n) => titleLayout(mono, 'word '.repeat(n / 5)).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBeGreaterThan(2);
    const long = titleLayout(mono, 'a very long headline '.repeat(20));
    expect(long.lines).toHaveLength(4);
    expect(long.lines[3]).toMatch(/…$/);
  });

  it('keeps every line inside the margins and the dek above the footer', () => {
    const ops = cardLayout(
      {
        title: 'A headline '.repeat(12),
        dek: 'A dek '.repeat(60),
        kicker: 'News',
        host: 'relos.example',
      },
      { title: 'RELOS Explained', tagline: 'The pact, explained' },
      mono,
    );
    const texts = ops.filter((op): op is Extract<CardOp, { kind: 'text' }> => op.kind === 'text');
    for (const op of texts) {
      expect(op.x).toBeGreaterThanOrEqual(72);
      expect(op.x + mono.width(op.text, op.style)).toBeLessThanOrEqual(
        SHARE_IMAGE.width - 72 + 0.001,
      );
    }
    const rule = ops.find(
      (op): op is Extract<CardOp, { kind: 'rect' }> => op.kind === 'rect' && op.height === 2,
    )!;
    const dek = texts.filter((op) => op.paint === 'muted' && op.text.startsWith('A dek'));
    expect(dek.length).toBeGreaterThan(0);
    for (const line of dek) expect(line.baseline).toBeLessThan(rule.y);
    const host = texts.find((op) => op.text === 'relos.example')!;
    expect(host.x + mono.width(host.text, host.style)).toBeCloseTo(SHARE_IMAGE.width - 72);
    expect(texts.find((op) => op.paint === 'accent')?.text).toBe('NEWS');
  });

  it('ends a footer tagline too long for the room beside the host in an ellipsis', () => {
    const ops = cardLayout(
      {
        title: 'A headline',
        dek: 'A dek',
        kicker: 'News',
        host: 'relos.example.org',
        tagline: 'Военно-логистическое соглашение России и Индии: разбор по первоисточникам',
      },
      { title: 'RELOS Explained', tagline: 'The pact, explained' },
      mono,
    );
    const texts = ops.filter((op): op is Extract<CardOp, { kind: 'text' }> => op.kind === 'text');
    const host = texts.find((op) => op.text === 'relos.example.org')!;
    const tagline = texts.find((op) => op.text.startsWith('Военно'))!;
    expect(tagline.text).toMatch(/…$/);
    expect(tagline.x + mono.width(tagline.text, tagline.style)).toBeLessThan(host.x);
  });

  it('finds the characters no font covers, each once', () => {
    const latin = (code: number) => code < 0x250;
    expect(uncoveredCharacters('RELOS 𐀀 and 𐀀 ₹', latin)).toEqual(['𐀀', '₹']);
    expect(uncoveredCharacters('क\u200d ', (code) => code === 0x915)).toEqual([]);
    expect(describeCharacter('𐀀')).toBe('"𐀀" (U+10000)');
    expect(describeCharacter('₹')).toBe('"₹" (U+20B9)');
  });

  it('names images under /og/ and shows the site host', () => {
    expect(shareImagePath('articles/x')).toBe('/og/articles/x.png');
    expect(shareImageHost('https://relos.example.org/sub/')).toBe('relos.example.org');
    expect(shareImageHost(undefined)).toBe('localhost');
  });
});

describe('wrap measures only what decides the lines', () => {
  /** The wrapping as it was before it measured less: every word alone, every line to the end. */
  function reference(
    measure: TextMeasure,
    text: string,
    style: typeof plain | { weight: 700; size: number; tracking: number },
    width: number,
    maxLines: number,
  ): string[] {
    const fits = (line: string) => measure.width(line, styleFor(line, style)) <= width;
    const words = text
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((word) => {
        if (fits(word)) return [word];
        const parts: string[] = [];
        let part = '';
        for (const char of Array.from(new Intl.Segmenter('en').segment(word), (s) => s.segment)) {
          if (part && !fits(part + char)) {
            parts.push(part);
            part = '';
          }
          part += char;
        }
        return [...parts, part];
      });
    const lines: string[] = [];
    for (const word of words) {
      const last = lines.at(-1);
      if (last !== undefined && fits(`${last} ${word}`))
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    const ending = (line: string) => `${line.replace(/[\s,;:.–—-]+$/u, '')}…`;
    let last = kept[maxLines - 1]!;
    while (!fits(ending(last)) && /\s/u.test(last)) last = last.replace(/\s+\S+$/u, '');
    let chars = Array.from(new Intl.Segmenter('en').segment(last), (s) => s.segment);
    while (chars.length > 1 && !fits(ending(chars.join('')))) chars = chars.slice(0, -1);
    kept[maxLines - 1] = ending(chars.join(''));
    return kept;
  }

  /** Widths that differ by character, as a real font's do: Devanagari wide, `i` narrow. */
  const varied: TextMeasure = {
    width: (text, style) =>
      [...text].reduce(
        (sum, char) =>
          sum +
          style.size * (/\p{Script=Devanagari}/u.test(char) ? 0.7 : char === 'i' ? 0.25 : 0.5) +
          style.tracking,
        0,
      ) - style.tracking,
    ascent: mono.ascent,
    descent: mono.descent,
  };
  const TEXTS = [
    'Russia’s parliament ratifies the logistics pact with India after a long wait',
    'रूस की संसद ने भारत के साथ सैन्य लॉजिस्टिक्स समझौते RELOS को मंज़ूरी दी',
    'Госдума ратифицировала соглашение RELOS с Индией',
    'see https://example.org/a-very-long-address-that-cannot-fit-on-any-line-of-the-card',
    'हिन्दी ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ and more words after the long one here',
    'i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i',
    // With added tracking (24 px, +3), the word alone is 312 px, too wide for 300, but beside
    // the Devanagari, where no line is tracked, the two fit in 297.6: the word must be cut.
    'हि ABCDEFGHIJKLMNOPQRSTU',
  ];

  it('gives the lines the full measuring gave, with fewer measurements', () => {
    let [full, lean] = [0, 0];
    const counting = (add: () => void): TextMeasure => ({
      ...varied,
      width: (text, style) => (add(), varied.width(text, style)),
    });
    for (const text of TEXTS)
      for (const style of [
        plain,
        { weight: 700, size: 40, tracking: -1 } as const,
        { weight: 700, size: 24, tracking: 3 } as const,
      ])
        for (const width of [120, 300, 700])
          for (const maxLines of [1, 2, 4]) {
            const expected = reference(
              counting(() => full++),
              text,
              style,
              width,
              maxLines,
            );
            expect(
              wrap(
                counting(() => lean++),
                text,
                style,
                width,
                maxLines,
              ),
              text,
            ).toEqual(expected);
          }
    expect(lean * 1.3, `${lean} measurements against ${full}`).toBeLessThan(full);
  });
});
