/**
 * A small anti-aliased rasteriser for the share images: filled outlines (font glyphs, rounded
 * rectangles) become coverage, and a picture is a grid of (ink, coverage) pixels written out as
 * an indexed-colour PNG. Every pixel is one of at most four inks blended over a known ground, so
 * 64 coverage levels per ink fit a 256-colour palette: files are small, and encoding is quick.
 *
 * Coverage is exact signed area, accumulated per cell and summed along each row (the method of
 * font-rs by Raph Levien), so edges look the same as a vector renderer's.
 */
import { isMainThread } from 'node:worker_threads';
import { constants, crc32, deflate, deflateSync } from 'node:zlib';

/** An outline command, in pixels, y down: move, line, quadratic and cubic curve, close. */
export type PathCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** Coverage of an outline in a box: `width × height` values from 0 to 255, row by row. */
export interface Mask {
  width: number;
  height: number;
  /** Where the box's top left corner sits relative to the outline's origin, in whole pixels. */
  left: number;
  top: number;
  coverage: Uint8Array;
}

/** Curves are cut into straight pieces no further than this from the curve, in pixels. */
const TOLERANCE = 0.05;

/** Pieces needed for a curve whose control points stray `deviation` pixels from the chord. */
function pieces(deviation: number): number {
  return Math.max(1, Math.min(64, Math.ceil(Math.sqrt(deviation / TOLERANCE))));
}

/** acc[at] += value (typed arrays are never short of an index the rasteriser computes). */
function add(acc: Float32Array, at: number, value: number): void {
  acc[at] = acc[at]! + value;
}

/** Adds the signed area a straight edge contributes to each cell it crosses. */
function accumulateLine(
  acc: Float32Array,
  width: number,
  height: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): void {
  if (y0 === y1) return;
  const dir = y0 < y1 ? 1 : -1;
  if (dir < 0) [x0, y0, x1, y1] = [x1, y1, x0, y0];
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0;
  if (y0 < 0) x -= y0 * dxdy;
  const yEnd = Math.min(height, Math.ceil(y1));
  for (let y = Math.max(0, Math.floor(y0)); y < yEnd; y++) {
    const row = y * width;
    const dy = Math.min(y + 1, y1) - Math.max(y, y0);
    const xNext = x + dxdy * dy;
    const d = dy * dir;
    const [left, right] = x < xNext ? [x, xNext] : [xNext, x];
    const leftFloor = Math.floor(left);
    const leftCell = leftFloor;
    const rightCeil = Math.ceil(right);
    const rightCell = rightCeil;
    if (rightCell <= leftCell + 1) {
      // Within one cell: split by where the edge crosses it on average.
      const middle = 0.5 * (x + xNext) - leftFloor;
      add(acc, row + leftCell, d - d * middle);
      add(acc, row + leftCell + 1, d * middle);
    } else {
      const slope = 1 / (right - left);
      const leftFraction = left - leftFloor;
      const firstArea = 0.5 * slope * (1 - leftFraction) ** 2;
      const rightFraction = right - rightCeil + 1;
      const lastArea = 0.5 * slope * rightFraction ** 2;
      add(acc, row + leftCell, d * firstArea);
      if (rightCell === leftCell + 2) {
        add(acc, row + leftCell + 1, d * (1 - firstArea - lastArea));
      } else {
        const secondArea = slope * (1.5 - leftFraction);
        add(acc, row + leftCell + 1, d * (secondArea - firstArea));
        for (let cell = leftCell + 2; cell < rightCell - 1; cell++) add(acc, row + cell, d * slope);
        const beforeLast = secondArea + (rightCell - leftCell - 3) * slope;
        add(acc, row + rightCell - 1, d * (1 - beforeLast - lastArea));
      }
      add(acc, row + rightCell, d * lastArea);
    }
    x = xNext;
  }
}

/** The outline's straight edges, curves flattened, each subpath closed. */
function edges(
  commands: readonly PathCommand[],
  visit: (x0: number, y0: number, x1: number, y1: number) => void,
) {
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  const lineTo = (nx: number, ny: number) => {
    visit(x, y, nx, ny);
    x = nx;
    y = ny;
  };
  for (const c of commands) {
    switch (c.type) {
      case 'M':
        if (x !== startX || y !== startY) lineTo(startX, startY);
        startX = x = c.x;
        startY = y = c.y;
        break;
      case 'L':
        lineTo(c.x, c.y);
        break;
      case 'Q': {
        const n = pieces(Math.hypot(x - 2 * c.x1 + c.x, y - 2 * c.y1 + c.y) / 4);
        const [ax, ay] = [x, y];
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          lineTo(
            u * u * ax + 2 * u * t * c.x1 + t * t * c.x,
            u * u * ay + 2 * u * t * c.y1 + t * t * c.y,
          );
        }
        break;
      }
      case 'C': {
        const deviation = Math.max(
          Math.hypot(x - 2 * c.x1 + c.x2, y - 2 * c.y1 + c.y2),
          Math.hypot(c.x1 - 2 * c.x2 + c.x, c.y1 - 2 * c.y2 + c.y),
        );
        const n = pieces((3 * deviation) / 4);
        const [ax, ay] = [x, y];
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const d = 3 * u * t * t;
          const e = t * t * t;
          lineTo(a * ax + b * c.x1 + d * c.x2 + e * c.x, a * ay + b * c.y1 + d * c.y2 + e * c.y);
        }
        break;
      }
      case 'Z':
        lineTo(startX, startY);
        break;
    }
  }
  if (x !== startX || y !== startY) lineTo(startX, startY);
}

/** The whole-pixel box around an outline, or undefined when it has no points. */
function bounds(commands: readonly PathCommand[]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of commands) {
    if (c.type === 'Z') continue;
    const xs = c.type === 'C' ? [c.x1, c.x2, c.x] : c.type === 'Q' ? [c.x1, c.x] : [c.x];
    const ys = c.type === 'C' ? [c.y1, c.y2, c.y] : c.type === 'Q' ? [c.y1, c.y] : [c.y];
    for (const v of xs) [minX, maxX] = [Math.min(minX, v), Math.max(maxX, v)];
    for (const v of ys) [minY, maxY] = [Math.min(minY, v), Math.max(maxY, v)];
  }
  if (minX === Infinity) return undefined;
  return {
    left: Math.floor(minX),
    top: Math.floor(minY),
    right: Math.ceil(maxX),
    bottom: Math.ceil(maxY),
  };
}

/**
 * The coverage of a filled outline (non-zero winding of non-overlapping contours, as in fonts),
 * in the smallest box of whole pixels around it.
 */
export function rasterize(commands: readonly PathCommand[]): Mask {
  const box = bounds(commands);
  if (!box) return { width: 0, height: 0, left: 0, top: 0, coverage: new Uint8Array(0) };
  // One spare column: an edge's area spills into the cell right of the last pixel it touches.
  const width = box.right - box.left + 1;
  const height = box.bottom - box.top;
  const acc = new Float32Array(width * height + 2);
  edges(commands, (x0, y0, x1, y1) =>
    accumulateLine(acc, width, height, x0 - box.left, y0 - box.top, x1 - box.left, y1 - box.top),
  );
  const coverage = new Uint8Array(width * height);
  let sum = 0;
  for (let i = 0; i < coverage.length; i++) {
    sum += acc[i]!;
    coverage[i] = Math.min(255, Math.round(Math.abs(sum) * 255));
  }
  return { width, height, left: box.left, top: box.top, coverage };
}

/** An ink: the colour drawn, over the ground it is drawn on. Colours are `#rrggbb` or `transparent`. */
export interface Ink {
  color: string;
  ground: string;
}

/** Coverage levels per ink in the palette. */
const LEVELS = 64;

/** A picture of up to four inks, each pixel one ink at some coverage over its ground. */
export class Picture {
  readonly width: number;
  readonly height: number;
  readonly inks: readonly Ink[];
  /**
   * The picture as the PNG stores it, kept up to date as it is painted: each row a filter byte
   * (0, none), then each pixel's palette index: its ink × 64 + its coverage's 6 bits. One array
   * and one write per pixel: a share image paints a quarter of a million glyph pixels.
   */
  readonly #rows: Buffer;

  // No parameter properties here or anywhere this module reaches: the share-image worker thread
  // loads it with Node's type stripping, which only erases types.
  constructor(width: number, height: number, inks: readonly Ink[]) {
    if (inks.length < 1 || inks.length > 256 / LEVELS) {
      throw new Error(`A picture has 1 to ${256 / LEVELS} inks, not ${inks.length}`);
    }
    this.width = width;
    this.height = height;
    this.inks = inks;
    this.#rows = Buffer.alloc((width + 1) * height);
  }

  /** The ink and coverage (0–255, in steps of 4) of the pixel at (x, y). */
  pixel(x: number, y: number): { ink: number; coverage: number } {
    const index = this.#rows[y * (this.width + 1) + 1 + x]!;
    return { ink: index >> 6, coverage: Math.round(((index & 63) * 255) / 63) };
  }

  /**
   * Paints a mask with ink number `ink`, its origin at whole pixel (x, y), clipped to the picture.
   * Where another ink is already drawn, the new ink's ground must be that ink's colour.
   */
  draw(mask: Mask, x: number, y: number, ink: number): void {
    const rows = this.#rows;
    const { width, height } = this;
    const left = x + mask.left;
    const top = y + mask.top;
    const firstCol = Math.max(0, -left);
    const endCol = Math.min(mask.width, width - left);
    const base = ink << 6;
    for (let row = Math.max(0, -top); row < mask.height && top + row < height; row++) {
      const from = row * mask.width;
      // In the PNG rows, each row starts with its filter byte.
      const to = (top + row) * (width + 1) + 1 + left;
      for (let col = firstCol; col < endCol; col++) {
        const value = mask.coverage[from + col]! >> 2;
        if (value === 0) continue;
        const old = rows[to + col]!;
        // Touching edges of one ink add up, as the area they cover does; another ink drawn over
        // this one (its ground) replaces it.
        rows[to + col] = base | ((old & ~63) === base ? Math.min(63, (old & 63) + value) : value);
      }
    }
  }

  /** Fills a rectangle of whole pixels with ink number `ink`. */
  fillRect(x: number, y: number, width: number, height: number, ink: number): void {
    const [from, to] = [Math.max(0, x), Math.min(this.width, x + width)];
    for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
      const start = row * (this.width + 1) + 1;
      this.#rows.fill((ink << 6) | 63, start + from, start + to);
    }
  }

  /** The picture as an indexed-colour PNG (with transparency when a ground is transparent). */
  async png(): Promise<Buffer> {
    const palette = Buffer.alloc(this.inks.length * LEVELS * 3);
    const alpha = Buffer.alloc(this.inks.length * LEVELS);
    this.inks.forEach(({ color, ground }, ink) => {
      const [fr, fg, fb, fa] = rgba(color);
      const [gr, gg, gb, ga] = rgba(ground);
      for (let level = 0; level < LEVELS; level++) {
        const t = level / (LEVELS - 1);
        const a = fa * t + ga * (1 - t);
        const mix = (f: number, g: number) =>
          a === 0 ? 0 : Math.round((f * fa * t + g * ga * (1 - t)) / a);
        const index = ink * LEVELS + level;
        palette.writeUInt8(mix(fr, gr), index * 3);
        palette.writeUInt8(mix(fg, gg), index * 3 + 1);
        palette.writeUInt8(mix(fb, gb), index * 3 + 2);
        alpha.writeUInt8(Math.round(a * 255), index);
      }
    });
    return encodePng(
      this.width,
      this.height,
      palette,
      alpha.every((a) => a === 255) ? undefined : alpha,
      // On the main thread, compression goes to libuv's pool so pages render meanwhile; on the
      // drawing thread, it runs right there, without the asynchronous machinery's overhead.
      isMainThread ? await deflateAsync(this.#rows) : deflateSync(this.#rows, DEFLATE),
    );
  }
}

/**
 * zlib's run-length strategy: rows of one palette index are most of a share image; 40 KB in
 * 1.3 ms, where the default strategy at level 1 gave 43 KB in 1.6 ms and level 6 38 KB in 4 ms.
 */
const DEFLATE = { level: 1, strategy: constants.Z_RLE };

/** zlib on libuv's thread pool: compression does not hold up the page being rendered meanwhile. */
function deflateAsync(data: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    deflate(data, DEFLATE, (error, out) => (error ? reject(error) : resolve(out))),
  );
}

function rgba(color: string): [number, number, number, number] {
  if (color === 'transparent') return [0, 0, 0, 0];
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`Not a #rrggbb colour or "transparent": ${color}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16), 1];
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/** A PNG file of 8-bit palette indices: header, palette, transparency, compressed rows. */
function encodePng(
  width: number,
  height: number,
  palette: Buffer,
  alpha: Buffer | undefined,
  data: Buffer,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (indexed), no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(alpha ? [chunk('tRNS', alpha)] : []),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
