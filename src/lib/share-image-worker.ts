/**
 * The share-image drawing thread (started by DrawingThread in share-image.ts): draws the images it
 * is sent into the cache and answers each job. Node loads this file itself, with its built-in
 * TypeScript support, so it and everything it imports use only erasable syntax and name their
 * files with extensions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type DrawJob, type DrawResult, drawToCache, renderShareImage } from './share-image.ts';

/** Images compressed at once: each waits for zlib on the thread pool and holds about 3 MB. */
const IN_FLIGHT = 2;

const port = parentPort;
const { root } = workerData as { root: string };
if (!port) throw new Error('share-image-worker.ts runs as a worker thread, not on its own');

const queue: DrawJob[] = [];
let running = 0;

function pump(): void {
  while (running < IN_FLIGHT && queue.length > 0) {
    const { id, input, file } = queue.shift()!;
    running++;
    drawToCache(input, file, (i) => renderShareImage(i, root))
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
