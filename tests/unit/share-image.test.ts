import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  cachedShareImage,
  renderShareImage,
  SHARE_IMAGE,
  shareImageKey,
  shareImagePath,
  titleFontSize,
} from '../../src/lib/share-image';

const input = {
  title: 'Russia ratifies RELOS',
  dek: 'What happened next.',
  kicker: 'News',
  host: 'example.org',
};

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

  it('shrink the headline as it grows', () => {
    const sizes = [20, 45, 65, 90, 140].map((n) => titleFontSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(sizes.length);
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
