import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  cachedShareImage,
  renderLogo,
  renderShareImage,
  SHARE_IMAGE,
  shareImageKey,
  shareImagePath,
  titleLayout,
} from '../../src/lib/share-image';

const input = {
  title: 'Russia ratifies RELOS',
  dek: 'What happened next.',
  kicker: 'News',
  host: 'example.org',
};

/** Palette indices of an 8-bit indexed PNG with unfiltered rows, as the share images are written. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const { width, height } = pngSize(png);
  expect(png[24]).toBe(8); // bit depth
  expect(png[25]).toBe(3); // indexed colour
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} checksum`).toBe(
      crc32(png.subarray(at + 4, at + 8 + length)),
    );
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  expect(rows).toHaveLength((width + 1) * height);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)], 'row filter').toBe(0);
    pixels.set(rows.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, pixels };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share images', () => {
  it('are 1200×630 PNGs', async () => {
    expect(pngSize(await renderShareImage(input))).toEqual(SHARE_IMAGE);
  });

  it('draw a very long or hostile title without failing', async () => {
    const png = await renderShareImage({
      ...input,
      title: `</script><img src=x onerror=alert(1)> & "quotes" עברית ${'very long words '.repeat(20)}`,
    });
    expect(pngSize(png)).toEqual(SHARE_IMAGE);
  });

  it('set the headline as large as three lines allow, then clamp it to four', () => {
    const short = titleLayout('Russia ratifies RELOS');
    expect(short).toEqual({ size: 76, lines: ['Russia ratifies RELOS'] });
    const sizes = [40, 80, 120, 200].map((n) => titleLayout('word '.repeat(n / 5)).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBeGreaterThan(2);
    const long = titleLayout('a very long headline '.repeat(20));
    expect(long.lines).toHaveLength(4);
    expect(long.lines[3]).toMatch(/…$/);
  });

  it('paint the headline and the footer, and leave the margins blank', async () => {
    const { width, pixels } = decodePng(await renderShareImage(input));
    const inked = (x0: number, y0: number, x1: number, y1: number) => {
      let count = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) if (pixels[y * width + x]! % 64 > 0) count++;
      return count;
    };
    expect(inked(72, 181, 1128, 270)).toBeGreaterThan(2000); // the headline's first line
    expect(inked(72, 540, 1128, 542)).toBe(2 * 1056); // the footer rule
    expect(inked(0, 20, 60, 630)).toBe(0); // the left margin
  });

  it('include a logo with transparent corners and a solid middle', async () => {
    const logo = await renderLogo();
    const { width, pixels } = decodePng(logo);
    expect(pngSize(logo)).toEqual({ width: 512, height: 512 });
    const transparency = logo.indexOf('tRNS');
    expect(transparency).toBeGreaterThan(0);
    const alphaOf = (index: number) => logo[transparency + 4 + index];
    expect(alphaOf(pixels[0]!)).toBe(0);
    expect(alphaOf(pixels[40 * width + 256]!)).toBe(255);
  });

  it('are named under /og/', () => {
    expect(shareImagePath('articles/x')).toBe('/og/articles/x.png');
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
