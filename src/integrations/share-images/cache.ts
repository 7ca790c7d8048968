/**
 * Share images are drawn once and kept: on disk under a key made of everything that shapes them
 * (their text, the drawing code, the fonts, the engine's version), so an unchanged image is never
 * redrawn and one edit redraws one image. Drawing runs on a worker thread (worker.ts) while the
 * main thread renders pages.
 *
 * The build takes this module from shared.ts (one instance per process), never by importing it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { shareImagePath, type ShareImageInput } from '../../lib/share-card.ts';
import { SITE } from '../../site.ts';
import { COLORS } from '../../styles/tokens.ts';
import { renderShareImage } from './draw.ts';
import { linkFile } from '../link-file.ts';
import { fontFacts } from './fonts.ts';

export { fontFacts };

/** The files whose code draws the images: any change to them redraws every image. */
const DRAWING_CODE = [
  'src/lib/share-card.ts',
  'src/integrations/share-images/draw.ts',
  'src/integrations/share-images/fonts.ts',
];
/** The engines: a new version may set text differently. */
const ENGINES = ['@napi-rs/canvas', 'sharp'];

let drawingDigest: string | undefined;

/** The same for every image of a build: the drawing code, the engines, the brand and the fonts. */
function drawing(root: string): string {
  drawingDigest ??= createHash('sha256')
    .update(DRAWING_CODE.map((file) => readFileSync(join(root, file), 'utf8')).join('\0'))
    .update(
      ENGINES.map((name) => readFileSync(join(root, 'node_modules', name, 'package.json'))).join(),
    )
    .update(JSON.stringify([SITE.title, SITE.tagline, COLORS]))
    .update(fontFacts().digest)
    .digest('hex');
  return drawingDigest;
}

/** The cache key of an image: its inputs and everything else that shapes it. */
export function shareImageKey(input: ShareImageInput, root: string = process.cwd()): string {
  return createHash('sha256')
    .update(JSON.stringify(input))
    .update(drawing(root))
    .digest('hex')
    .slice(0, 32);
}

/** The cache file of a share image: its key, in `cacheDir`. */
export function shareImageFile(input: ShareImageInput, cacheDir: string, root?: string): string {
  return join(cacheDir, `${shareImageKey(input, root)}.png`);
}

/**
 * Draws a share image into its cache file, written then renamed, so none is ever half-written
 * (the temporary name is the process's and thread's own: two builds may share a cache).
 */
export async function drawToCache(
  input: ShareImageInput,
  file: string,
  draw: (input: ShareImageInput) => Promise<Buffer> = renderShareImage,
): Promise<Buffer> {
  const png = await draw(input);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
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
    this.#worker = new Worker(join(root, 'src/integrations/share-images/worker.ts'));
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

let thread: DrawingThread | undefined;
/** Images being drawn on the drawing thread, by cache file. */
const inFlight = new Map<string, Promise<void>>();

/**
 * Starts drawing, on the drawing thread, every image of `inputs` not in the cache yet, so they are
 * ready by the time their pages ask for them. On a one-core machine, images are drawn on request.
 * Callers check the text against the fonts first (sources.ts, findUndrawableText).
 */
export function prefetchShareImages(
  inputs: readonly ShareImageInput[],
  cacheDir: string,
  root: string = process.cwd(),
): void {
  if (availableParallelism() < 2) return;
  for (const input of inputs) {
    const file = shareImageFile(input, cacheDir, root);
    if (inFlight.has(file) || existsSync(file)) continue;
    thread ??= new DrawingThread(root);
    const job = thread.draw(input, file);
    // A failure is reported to the page that asks for the image, not as an unhandled rejection.
    job.catch(() => {});
    inFlight.set(file, job);
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
  const prefetched = inFlight.get(file);
  if (prefetched) {
    await prefetched;
    return { png: readFileSync(file), cached: false };
  }
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  return { png: await drawToCache(input, file, draw), cached: false };
}

/** The images a build serves, by name (`articles/x`), registered by the share-image route. */
const served = new Map<string, { input: ShareImageInput; file: string }>();

/**
 * Registers the share images a build serves, each under its name (`home`, `articles/x`), and
 * starts drawing those not in the cache yet. The build does not render them through the route:
 * {@link writeServedImages} puts them into the output once drawn, so that Astro renders the
 * other pages meanwhile instead of waiting for the drawing thread.
 */
export function serveShareImages(
  images: readonly { name: string; input: ShareImageInput }[],
  cacheDir: string,
  root: string = process.cwd(),
): void {
  prefetchShareImages(
    images.map(({ input }) => input),
    cacheDir,
    root,
  );
  for (const { name, input } of images)
    served.set(name, { input, file: shareImageFile(input, cacheDir, root) });
}

/**
 * Puts each registered share image into the output folder `out` (`og/<name>.png`) as soon as it
 * is drawn: a hard link to its cache file, which is never written again once in place (a changed
 * image is a new file), so the output costs no copy. Copies where links cannot be made (another
 * file system). Images the drawing thread was not given (on one core) are drawn here, one at a
 * time. Rejects with the first image that failed, once the others are written; returns the
 * images' paths in the output (`og/home.png`).
 */
export async function writeServedImages(out: string): Promise<string[]> {
  const place = (name: string, file: string) => linkFile(file, join(out, shareImagePath(name)));
  const here: [string, { input: ShareImageInput; file: string }][] = [];
  const drawn = [...served].flatMap(([name, image]) => {
    const drawing = inFlight.get(image.file);
    if (drawing) return [drawing.then(() => place(name, image.file))];
    if (existsSync(image.file)) return [Promise.resolve().then(() => place(name, image.file))];
    here.push([name, image]);
    return [];
  });
  const failures: unknown[] = [];
  for (const [name, { input, file }] of here) {
    try {
      await drawToCache(input, file);
      place(name, file);
    } catch (error) {
      failures.push(new Error(`Share image "${input.title}": ${String(error)}`, { cause: error }));
    }
  }
  for (const result of await Promise.allSettled(drawn))
    if (result.status === 'rejected') failures.push(result.reason);
  if (failures.length > 0) throw failures[0];
  return servedImagePaths();
}

/** The registered share images' paths in the output (`og/home.png`), sorted. */
export function servedImagePaths(): string[] {
  return [...served.keys()].map((name) => shareImagePath(name).slice(1)).sort();
}
