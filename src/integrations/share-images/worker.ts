/**
 * The share-image drawing thread (started by DrawingThread in cache.ts): draws the images it is
 * sent into the cache and answers each job.
 *
 * Node loads this file itself, with its built-in TypeScript support, not through Vite: this file
 * and everything it imports (draw.ts, fonts.ts, src/lib/share-card.ts, src/site.ts,
 * src/styles/tokens.ts) name their imports with `.ts` and use only erasable syntax. ESLint
 * (`npm run check`) enforces the first, tsconfig's erasableSyntaxOnly the second.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { type DrawJob, type DrawResult, drawToCache } from './cache.ts';

// Drawing is background work: the pages rendered on the main thread are what a build waits for,
// so on a busy machine this thread yields to them (three alternating pairs of cold builds with
// 1,000 articles: 0.9, 6.9 and 0.9 s faster). On Linux the nice value is the calling thread's;
// elsewhere it would be the whole process's, so the build's, and it is left alone.
if (process.platform === 'linux') setPriority(10);

/** Images encoded at once: each waits for sharp's encoder on the thread pool and holds 3 MB. */
const IN_FLIGHT = 2;

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread, not on its own');

const queue: DrawJob[] = [];
let running = 0;

function pump(): void {
  while (running < IN_FLIGHT && queue.length > 0) {
    const { id, input, file } = queue.shift()!;
    running++;
    drawToCache(input, file)
      .then(
        () => port!.postMessage({ id } satisfies DrawResult),
        (error: unknown) =>
          port!.postMessage({
            id,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          } satisfies DrawResult),
      )
      .finally(() => {
        running--;
        pump();
      });
  }
}

port.on('message', (job: DrawJob) => {
  queue.push(job);
  pump();
});
