/**
 * Share images: 1200×630 PNGs drawn at build time from a page's title, dek and kind, with the
 * site's brand and the fonts in src/assets/fonts (nothing is fetched). Text is laid out here and
 * its glyphs filled by src/lib/raster.ts. Drawn images are cached on disk under a key made of
 * everything that shapes them, so an unchanged page is never redrawn.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import opentype, { type Font, type Glyph } from 'opentype.js';
// Imports name their files: the drawing thread (share-image-worker.ts) loads this module with
// Node's own TypeScript support, which resolves nothing by guessing.
import { SITE } from '../site.ts';
import { Picture, rasterize, type Mask, type PathCommand } from './raster.ts';
/** The size every share image has. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** What a share image shows. */
export interface ShareImageInput {
  /** The headline. */
  title: string;
  /** The line under it (the article's dek or the page's description). */
  dek: string;
  /** The small label above the headline: "News", "Timeline". */
  kicker: string;
  /** The site's address as shown in the footer of the image, e.g. `relos.example.org`. */
  host: string;
}

/** The address shown in an image's footer: the site's host. */
export function shareImageHost(site: URL | string | undefined): string {
  return site ? new URL(site).host : 'localhost';
}

/** The text of a share image: everything but the host, which is the build's. */
export type ShareImageText = Omit<ShareImageInput, 'host'>;

/** The public path of a named share image: `home` is `/og/home.png`. */
export function shareImagePath(name: string): string {
  return `/og/${name}.png`;
}

const FONT_DIR = 'src/assets/fonts';
const FONT_FILES = {
  400: 'source-serif-4-latin-400-normal.woff',
  700: 'source-serif-4-latin-700-normal.woff',
} as const;
type Weight = keyof typeof FONT_FILES;

/** The brand's colours, as on the site. */
const COLORS = { paper: '#fbfaf7', ink: '#1b1b1a', muted: '#55524c', accent: '#9b1c1f' } as const;

interface Fonts {
  faces: Record<Weight, Font>;
  /** A digest of the font files, for the cache key. */
  digest: string;
}

const fontsByRoot = new Map<string, Fonts>();

/** The fonts, read and parsed once per build from the repository. */
function fonts(root: string): Fonts {
  let loaded = fontsByRoot.get(root);
  if (!loaded) {
    const hash = createHash('sha256');
    const face = (weight: Weight) => {
      const bytes = readFileSync(join(root, FONT_DIR, FONT_FILES[weight]));
      hash.update(bytes);
      return opentype.parse(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
    };
    const faces = { 400: face(400), 700: face(700) };
    loaded = { faces, digest: hash.digest('hex') };
    fontsByRoot.set(root, loaded);
  }
  return loaded;
}

/** How a run of text is set: weight, size in pixels, extra space after each letter in pixels. */
interface TextStyle {
  weight: Weight;
  size: number;
  tracking?: number;
}

/** Glyphs of a line of text and their pen positions from its start. */
interface SetLine {
  glyphs: { glyph: Glyph; x: number }[];
  width: number;
}

/** Lays out one line; no kerning (the fonts keep it in a GPOS form opentype.js cannot read). */
function setLine(font: Font, text: string, style: TextStyle): SetLine {
  const scale = style.size / font.unitsPerEm;
  const glyphs: SetLine['glyphs'] = [];
  let x = 0;
  for (const char of text) {
    const glyph = font.charToGlyph(char);
    glyphs.push({ glyph, x });
    x += (glyph.advanceWidth ?? 0) * scale + (style.tracking ?? 0);
  }
  return { glyphs, width: x - (text ? (style.tracking ?? 0) : 0) };
}

/**
 * Breaks text into lines no wider than `width`, at spaces (inside a word only when the word alone
 * is too wide). Beyond `maxLines`, the last line ends in an ellipsis.
 */
function wrap(
  font: Font,
  text: string,
  style: TextStyle,
  width: number,
  maxLines: number,
): string[] {
  const fits = (line: string) => setLine(font, line, style).width <= width;
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if (fits(word)) return [word];
      // A word wider than a line (a long address, say) is cut where it must be.
      const parts: string[] = [];
      let part = '';
      for (const char of word) {
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
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/u, '')}…`;
  return kept;
}

const glyphMasks = new Map<string, Mask>();

/** A glyph's coverage at a size, its origin a quarter-pixel step right of a whole pixel. */
function glyphMask(glyph: Glyph, style: TextStyle, quarter: number): Mask {
  const key = `${style.weight}/${style.size}/${glyph.index}/${quarter}`;
  let mask = glyphMasks.get(key);
  if (!mask) {
    mask = rasterize(glyph.getPath(quarter / 4, 0, style.size).commands as PathCommand[]);
    glyphMasks.set(key, mask);
  }
  return mask;
}

/** Draws a line of text with its baseline starting at (x, baseline). */
function drawLine(
  picture: Picture,
  line: SetLine,
  style: TextStyle,
  x: number,
  baseline: number,
  ink: number,
) {
  for (const { glyph, x: offset } of line.glyphs) {
    const pen = x + offset;
    const whole = Math.floor(pen);
    const quarter = Math.round((pen - whole) * 4);
    picture.draw(
      glyphMask(glyph, style, quarter % 4),
      whole + Math.floor(quarter / 4),
      Math.round(baseline),
      ink,
    );
  }
}

/** Where a line's baseline sits in a line box of `lineHeight` starting at `top`, as CSS puts it. */
function baselineIn(font: Font, size: number, top: number, lineHeight: number): number {
  const ascent = (font.ascender / font.unitsPerEm) * size;
  const descent = (-font.descender / font.unitsPerEm) * size;
  return top + (lineHeight - ascent - descent) / 2 + ascent;
}

const MARGIN = 72;
const TEXT_WIDTH = SHARE_IMAGE.width - 2 * MARGIN;
const TITLE_TOP = 181;
/** The footer's rule; the dek stops at least this far above it. */
const FOOTER_RULE = 540;
const FOOTER_GAP = 24;
const TITLE_SIZES = [76, 66, 58, 50, 42] as const;
const TITLE_LEADING = 1.12;
const DEK = { size: 28, leading: 1.35, gap: 20 } as const;

/**
 * The headline's size and lines: the largest size that sets it in three lines, or four lines at
 * the smallest size, the fourth ending in an ellipsis when even that is not enough.
 */
export function titleLayout(
  title: string,
  root: string = process.cwd(),
): { size: number; lines: string[] } {
  const font = fonts(root).faces[700];
  for (const size of TITLE_SIZES) {
    const lines = wrap(font, title, { weight: 700, size, tracking: -1 }, TEXT_WIDTH, 4);
    if (lines.length <= 3) return { size, lines };
  }
  const size = TITLE_SIZES.at(-1)!;
  return { size, lines: wrap(font, title, { weight: 700, size, tracking: -1 }, TEXT_WIDTH, 4) };
}

/** The card: accent bar, site name, kicker, headline, dek, and a footer with tagline and address. */
function drawCard(input: ShareImageInput, root: string): Picture {
  const { faces } = fonts(root);
  const [INK, MUTED, ACCENT] = [0, 1, 2];
  const picture = new Picture(SHARE_IMAGE.width, SHARE_IMAGE.height, [
    { color: COLORS.ink, ground: COLORS.paper },
    { color: COLORS.muted, ground: COLORS.paper },
    { color: COLORS.accent, ground: COLORS.paper },
  ]);
  const text = (
    value: string,
    style: TextStyle,
    x: number,
    top: number,
    lineHeight: number,
    ink: number,
  ) => {
    const font = faces[style.weight];
    const line = setLine(font, value, style);
    drawLine(picture, line, style, x, baselineIn(font, style.size, top, lineHeight), ink);
    return line.width;
  };
  picture.fillRect(0, 0, SHARE_IMAGE.width, 16, ACCENT);
  text(SITE.title, { weight: 700, size: 30, tracking: -0.5 }, MARGIN, 64, 36, INK);
  text(input.kicker.toUpperCase(), { weight: 700, size: 24, tracking: 3 }, MARGIN, 140, 29, ACCENT);

  const title = titleLayout(input.title, root);
  const titleLine = title.size * TITLE_LEADING;
  let top = TITLE_TOP;
  for (const line of title.lines) {
    text(line, { weight: 700, size: title.size, tracking: -1 }, MARGIN, top, titleLine, INK);
    top += titleLine;
  }
  const dekLine = DEK.size * DEK.leading;
  const room = Math.floor((FOOTER_RULE - FOOTER_GAP - top - DEK.gap) / dekLine);
  const dekLines = wrap(
    faces[400],
    input.dek,
    { weight: 400, size: DEK.size },
    TEXT_WIDTH,
    Math.min(2, room),
  );
  top += DEK.gap;
  for (const line of room > 0 ? dekLines : []) {
    text(line, { weight: 400, size: DEK.size }, MARGIN, top, dekLine, MUTED);
    top += dekLine;
  }

  picture.fillRect(MARGIN, FOOTER_RULE, TEXT_WIDTH, 2, INK);
  const footer = { weight: 400, size: 24 } as const;
  const host = { weight: 700, size: 24 } as const;
  const hostWidth = setLine(faces[700], input.host, host).width;
  text(SITE.tagline, footer, MARGIN, FOOTER_RULE + 22, 29, MUTED);
  text(input.host, host, SHARE_IMAGE.width - MARGIN - hostWidth, FOOTER_RULE + 22, 29, INK);
  return picture;
}

/** Draws a share image as PNG bytes. */
export async function renderShareImage(
  input: ShareImageInput,
  root: string = process.cwd(),
): Promise<Buffer> {
  return drawCard(input, root).png();
}

/** The files whose code draws the images: any change to them redraws every image. */
const DRAWING_CODE = ['src/lib/share-image.ts', 'src/lib/raster.ts'];

let drawingDigest: string | undefined;

/** The cache key: the inputs, the drawing code and the fonts. Any change to one redraws. */
export function shareImageKey(input: ShareImageInput, root: string = process.cwd()): string {
  // The same for every image of a build: worked out once, from the source files (not from the
  // functions' text, which differs between the bundle and the config's copy of this module).
  drawingDigest ??= DRAWING_CODE.reduce(
    (hash, file) => hash.update(readFileSync(join(root, file))),
    createHash('sha256').update(SITE.title).update(SITE.tagline).update(JSON.stringify(COLORS)),
  ).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify(input))
    .update(drawingDigest)
    .update(fonts(root).digest)
    .digest('hex')
    .slice(0, 32);
}

/** The cache file of a share image: its key, in `cacheDir`. */
export function shareImageFile(input: ShareImageInput, cacheDir: string, root?: string): string {
  return join(cacheDir, `${shareImageKey(input, root)}.png`);
}

/** Draws a share image into its cache file, written then renamed, so none is ever half-written. */
export async function drawToCache(
  input: ShareImageInput,
  file: string,
  draw: (input: ShareImageInput) => Promise<Buffer> = (i) => renderShareImage(i),
): Promise<Buffer> {
  const png = await draw(input);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, png);
  renameSync(`${file}.tmp`, file);
  return png;
}

/** A job for the drawing thread, and what it answers. */
export interface DrawJob {
  id: number;
  input: ShareImageInput;
  file: string;
}
export interface DrawResult {
  id: number;
  /** Set when drawing failed: the error's stack. */
  error?: string;
}

/**
 * A worker thread that draws share images into the cache while the main thread renders pages
 * (the build renders on one thread; this puts a second core to work). It keeps the process
 * alive only while it has work.
 */
class DrawingThread {
  readonly #worker: Worker;
  readonly #jobs = new Map<number, { input: ShareImageInput; done: (error?: Error) => void }>();
  #next = 0;

  constructor(root: string) {
    this.#worker = new Worker(join(root, 'src/lib/share-image-worker.ts'), {
      workerData: { root },
    });
    this.#worker.unref();
    this.#worker.on('message', ({ id, error }: DrawResult) => {
      const job = this.#jobs.get(id);
      if (!job) return;
      this.#jobs.delete(id);
      if (this.#jobs.size === 0) this.#worker.unref();
      job.done(error ? new Error(`Share image "${job.input.title}": ${error}`) : undefined);
    });
    const failAll = (error: Error) => {
      for (const job of this.#jobs.values())
        job.done(
          new Error(
            `Share image "${job.input.title}": the drawing thread failed: ${error.message}`,
          ),
        );
      this.#jobs.clear();
    };
    this.#worker.on('error', failAll);
    this.#worker.on('exit', (code) => failAll(new Error(`it exited with code ${code}`)));
  }

  draw(input: ShareImageInput, file: string): Promise<void> {
    const id = this.#next++;
    if (this.#jobs.size === 0) this.#worker.ref();
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, { input, done: (error) => (error ? reject(error) : resolve()) });
      this.#worker.postMessage({ id, input, file } satisfies DrawJob);
    });
  }
}

/**
 * The drawing thread and the images it is drawing, by cache file: one per process. Kept on
 * globalThis because this module is loaded twice in a build: by the config's integrations (which
 * start drawing before the bundle is even built) and by the bundled pages that serve the images.
 */
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('relos.share-images')] ??= {
  thread: undefined,
  drawing: new Map(),
}) as { thread: DrawingThread | undefined; drawing: Map<string, Promise<void>> };
const { drawing } = shared;

/** Where drawn images are kept between builds (Astro's cache folder), keyed by their inputs. */
export const SHARE_IMAGE_CACHE_DIR = 'node_modules/.astro/share-images';

/**
 * Starts drawing, on the drawing thread, every image of `inputs` not in the cache yet, so they are
 * ready by the time their pages ask for them. On a one-core machine, images are drawn on request.
 */
export function prefetchShareImages(
  inputs: readonly ShareImageInput[],
  cacheDir: string,
  root: string = process.cwd(),
): void {
  if (availableParallelism() < 2) return;
  for (const input of inputs) {
    const file = shareImageFile(input, cacheDir, root);
    if (drawing.has(file) || existsSync(file)) continue;
    shared.thread ??= new DrawingThread(root);
    const job = shared.thread.draw(input, file);
    // A failure is reported to the page that asks for the image, not as an unhandled rejection.
    job.catch(() => {});
    drawing.set(file, job);
  }
}

/**
 * A share image from the cache in `cacheDir`: drawn by the drawing thread if it was prefetched,
 * else drawn here and stored first if its key is new. Returns the bytes and whether they came from
 * the cache.
 */
export async function cachedShareImage(
  input: ShareImageInput,
  cacheDir: string,
  draw?: (input: ShareImageInput) => Promise<Buffer>,
): Promise<{ png: Buffer; cached: boolean }> {
  const file = shareImageFile(input, cacheDir);
  const prefetched = drawing.get(file);
  if (prefetched) {
    await prefetched;
    return { png: readFileSync(file), cached: false };
  }
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  return { png: await drawToCache(input, file, draw), cached: false };
}

/** A rounded square path, corners as circular arcs (cubic approximations). */
function roundedSquare(size: number, radius: number): PathCommand[] {
  const k = radius * (1 - 0.5523);
  const [r, s] = [radius, size];
  return [
    { type: 'M', x: r, y: 0 },
    { type: 'L', x: s - r, y: 0 },
    { type: 'C', x1: s - k, y1: 0, x2: s, y2: k, x: s, y: r },
    { type: 'L', x: s, y: s - r },
    { type: 'C', x1: s, y1: s - k, x2: s - k, y2: s, x: s - r, y: s },
    { type: 'L', x: r, y: s },
    { type: 'C', x1: k, y1: s, x2: 0, y2: s - k, x: 0, y: s - r },
    { type: 'L', x: 0, y: r },
    { type: 'C', x1: 0, y1: k, x2: k, y2: 0, x: r, y: 0 },
    { type: 'Z' },
  ];
}

/** The publisher logo for structured data: a 512×512 rounded square with the site's initial. */
export async function renderLogo(root: string = process.cwd()): Promise<Buffer> {
  const size = 512;
  const [SQUARE, LETTER] = [0, 1];
  const picture = new Picture(size, size, [
    { color: COLORS.accent, ground: 'transparent' },
    { color: '#ffffff', ground: COLORS.accent },
  ]);
  picture.draw(rasterize(roundedSquare(size, 80)), 0, 0, SQUARE);
  // The initial, centred by its outline rather than its advance, so it sits visually in the middle.
  const font = fonts(root).faces[700];
  const letter = rasterize(
    font.charToGlyph(SITE.title.charAt(0)).getPath(0, 0, 360).commands as PathCommand[],
  );
  const x = Math.round((size - letter.width) / 2) - letter.left;
  const y = Math.round((size - letter.height) / 2) - letter.top;
  picture.draw(letter, x, y, LETTER);
  return picture.png();
}
