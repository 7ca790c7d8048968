import { describe, expect, it } from 'vitest';
import { Picture, rasterize, type PathCommand } from '../../src/lib/raster';

const rectangle = (x0: number, y0: number, x1: number, y1: number): PathCommand[] => [
  { type: 'M', x: x0, y: y0 },
  { type: 'L', x: x1, y: y0 },
  { type: 'L', x: x1, y: y1 },
  { type: 'L', x: x0, y: y1 },
  { type: 'Z' },
];

/** The coverage of the mask's pixel at (x, y) in outline coordinates, 0 outside the mask. */
const at = (mask: ReturnType<typeof rasterize>, x: number, y: number) => {
  const col = x - mask.left;
  const row = y - mask.top;
  if (col < 0 || row < 0 || col >= mask.width || row >= mask.height) return 0;
  return mask.coverage[row * mask.width + col]!;
};

describe('rasterize', () => {
  it('covers whole pixels fully and cut pixels by the area inside the outline', () => {
    const mask = rasterize(rectangle(2, 1, 6.5, 4.25));
    expect(at(mask, 3, 2)).toBe(255);
    expect(at(mask, 6, 2)).toBe(128); // half the pixel's width
    expect(at(mask, 3, 4)).toBe(64); // a quarter of its height
    expect(at(mask, 6, 4)).toBe(32); // an eighth
    expect(at(mask, 1, 2)).toBe(0);
    expect(at(mask, 7, 2)).toBe(0);
  });

  it('fills the same whichever way the outline winds', () => {
    const clockwise = rasterize(rectangle(0, 0, 5, 5));
    const counter = rasterize([...rectangle(0, 0, 5, 5)].reverse().filter((c) => c.type !== 'Z'));
    expect([...counter.coverage]).toEqual([...clockwise.coverage]);
  });

  it('covers about πr² for a circle drawn with cubic curves', () => {
    const k = 10 * 0.5523;
    const circle: PathCommand[] = [
      { type: 'M', x: 20, y: 10 },
      { type: 'C', x1: 20, y1: 10 + k, x2: 10 + k, y2: 20, x: 10, y: 20 },
      { type: 'C', x1: 10 - k, y1: 20, x2: 0, y2: 10 + k, x: 0, y: 10 },
      { type: 'C', x1: 0, y1: 10 - k, x2: 10 - k, y2: 0, x: 10, y: 0 },
      { type: 'C', x1: 10 + k, y1: 0, x2: 20, y2: 10 - k, x: 20, y: 10 },
      { type: 'Z' },
    ];
    const area = [...rasterize(circle).coverage].reduce((sum, v) => sum + v / 255, 0);
    expect(area).toBeGreaterThan(Math.PI * 100 * 0.99);
    expect(area).toBeLessThan(Math.PI * 100 * 1.01);
  });

  it('leaves a hole where an inner contour winds the other way', () => {
    const ring = rasterize([
      ...rectangle(0, 0, 10, 10),
      { type: 'M', x: 3, y: 3 },
      { type: 'L', x: 3, y: 7 },
      { type: 'L', x: 7, y: 7 },
      { type: 'L', x: 7, y: 3 },
      { type: 'Z' },
    ]);
    expect(at(ring, 1, 5)).toBe(255);
    expect(at(ring, 5, 5)).toBe(0);
  });

  it('has nothing to draw for an empty outline', () => {
    expect(rasterize([]).coverage).toHaveLength(0);
  });
});

describe('Picture', () => {
  it('draws masks clipped to its edges, adding coverage of one ink and replacing another', () => {
    const picture = new Picture(4, 3, [
      { color: '#000000', ground: '#ffffff' },
      { color: '#ff0000', ground: '#000000' },
    ]);
    const half = { width: 2, height: 1, left: 0, top: 0, coverage: Uint8Array.of(100, 200) };
    picture.draw(half, 3, 0, 0); // the second pixel falls outside
    picture.draw(half, 3, 0, 0);
    expect(picture.pixel(3, 0)).toEqual({ ink: 0, coverage: 202 }); // 2 × 100, in 6-bit steps
    expect(picture.pixel(0, 1)).toEqual({ ink: 0, coverage: 0 }); // nothing wrapped round
    picture.draw(half, -1, 1, 1); // the first pixel falls outside
    expect(picture.pixel(0, 1)).toEqual({ ink: 1, coverage: 202 });
    picture.draw(half, -1, 1, 0); // another ink over it replaces it
    expect(picture.pixel(0, 1)).toEqual({ ink: 0, coverage: 202 });
    picture.fillRect(0, 2, 10, 10, 1);
    for (let x = 0; x < 4; x++) expect(picture.pixel(x, 2)).toEqual({ ink: 1, coverage: 255 });
  });

  it('refuses more inks than its palette holds, and colours it cannot read', async () => {
    const ink = { color: '#000000', ground: '#ffffff' };
    expect(() => new Picture(1, 1, [ink, ink, ink, ink, ink])).toThrow(/1 to 4 inks/);
    await expect(new Picture(1, 1, [{ color: 'red', ground: '#ffffff' }]).png()).rejects.toThrow(
      /#rrggbb/,
    );
  });
});
