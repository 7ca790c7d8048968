import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { findUndrawableText } from '../../src/integrations/share-images/sources';
import { cachedShareImage, shareImageKey } from '../../src/integrations/share-images/cache';
import {
  renderLogo,
  renderShareImage,
  shareImageMeasure,
} from '../../src/integrations/share-images/draw';
import { fontFacts } from '../../src/integrations/share-images/fonts';
import { SHARE_IMAGE } from '../../src/lib/share-card';

const input = {
  title: 'Russia ratifies RELOS',
  dek: 'What happened next.',
  kicker: 'News',
  host: 'example.org',
};

/** The test titles in the editions' scripts. */
const TITLES = {
  ru: 'Госдума ратифицировала соглашение с Индией о взаимном материально-техническом обеспечении',
  hi: 'रूस की संसद ने भारत के साथ रसद सहायता समझौते की पुष्टि की',
};

/** A PNG's pixels as RGBA. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) =>
    data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4);
  /** Pixels in a box that are not the paper colour. */
  const inked = (x0: number, y0: number, x1: number, y1: number) => {
    let count = 0;
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        const [r, g, b] = at(x, y);
        if (Math.abs(r! - 0xfb) + Math.abs(g! - 0xfa) + Math.abs(b! - 0xf7) > 24) count++;
      }
    return count;
  };
  return { info, at, inked, data };
}

describe('share images', () => {
  it('are 1200×630 PNGs', async () => {
    const { width, height, format } = await sharp(await renderShareImage(input)).metadata();
    expect({ width, height, format }).toEqual({ ...SHARE_IMAGE, format: 'png' });
  });

  it('have a glyph for every character of the Russian and Hindi test titles', () => {
    const { covered } = fontFacts();
    for (const title of Object.values(TITLES))
      for (const char of title.replace(/\s/g, ''))
        expect(covered.has(char.codePointAt(0)!), char).toBe(true);
  });

  it('draw Cyrillic, Greek and Devanagari letters, not empty boxes', async () => {
    // Missing glyphs are all the same box: two different words of as many letters would then
    // give the same image. Real letters differ. Greek is a fourth script an edition may bring
    // (tests/build/fixture-site.test.ts builds one).
    const { covered } = fontFacts();
    for (const char of 'Ελληνικά') expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    for (const [a, b] of [
      ['дом', 'кот'],
      ['कमल', 'नगर'],
      ['σπίτι', 'γάτος'],
    ]) {
      const [first, second] = await Promise.all(
        [a!, b!].map(
          async (title) => (await pixels(await renderShareImage({ ...input, title }))).data,
        ),
      );
      expect(Buffer.compare(first!, second!), `${a} / ${b}`).not.toBe(0);
    }
  });

  it('shape Devanagari conjuncts and kern Latin pairs', () => {
    const measure = shareImageMeasure();
    const style = { weight: 700, size: 76, tracking: 0 } as const;
    const width = (text: string) => measure.width(text, style);
    // क्ष is one conjunct glyph, narrower than क् (with its visible virama) and ष set apart.
    expect(width('क्ष')).toBeLessThan(width('क्') + width('ष') - 5);
    // Source Serif's kerning pulls A and V together.
    expect(width('AV')).toBeLessThan(width('A') + width('V') - 1);
  });

  it('paint the headline and the footer, and leave the margins blank', async () => {
    for (const title of [input.title, TITLES.ru, TITLES.hi]) {
      const { inked } = await pixels(await renderShareImage({ ...input, title }));
      expect(inked(72, 181, 1128, 270), title).toBeGreaterThan(2000); // the headline's first line
      expect(inked(72, 540, 1128, 542)).toBe(2 * 1056); // the footer rule
      expect(inked(0, 20, 60, 630)).toBe(0); // the left margin
    }
  });

  it('draw a very long or hostile title without failing', async () => {
    const png = await renderShareImage({
      ...input,
      title: `</script><img src=x onerror=alert(1)> & "quotes" ${'very long words '.repeat(20)}`,
    });
    const { width, height } = await sharp(png).metadata();
    expect({ width, height }).toEqual(SHARE_IMAGE);
  });

  it('include a logo with transparent corners and a solid middle', async () => {
    const logo = await pixels(await renderLogo());
    expect([logo.info.width, logo.info.height]).toEqual([512, 512]);
    expect(logo.at(0, 0)[3]).toBe(0);
    expect([...logo.at(256, 40)]).toEqual([0x9b, 0x1c, 0x1f, 255]);
    expect(logo.at(256, 256)[3]).toBe(255);
  });

  it('refuse text no bundled font has, naming the file, the field and the character', () => {
    const { covered } = fontFacts();
    const problems = findUndrawableText(
      [
        {
          name: 'articles/x',
          text: { title: 'RELOS 𐀀 Госдума रूस', dek: 'Fine ₹ ā ś', kicker: 'News' },
          file: 'content/articles/x.mdx',
          fields: { title: 'title', dek: 'description', kicker: 'kind' },
        },
      ],
      (code) => covered.has(code),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/articles\/x\.mdx: title: "𐀀" \(U\+10000\) cannot be drawn/,
    );
  });

  it('are keyed by their inputs', () => {
    expect(shareImageKey(input)).toBe(shareImageKey({ ...input }));
    expect(shareImageKey({ ...input, title: 'Another' })).not.toBe(shareImageKey(input));
    expect(shareImageKey({ ...input, host: 'relos.example' })).not.toBe(shareImageKey(input));
  });

  it('are drawn once and then reused from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const draw = vi.fn(async () => Buffer.from('png bytes'));
    const first = await cachedShareImage(input, dir, draw);
    const second = await cachedShareImage(input, dir, draw);
    const changed = await cachedShareImage({ ...input, dek: 'Edited.' }, dir, draw);
    expect([first.cached, second.cached, changed.cached]).toEqual([false, true, false]);
    expect(draw).toHaveBeenCalledTimes(2);
    expect(second.png.toString()).toBe('png bytes');
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});
