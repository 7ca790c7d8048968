/**
 * The per-page step (src/middleware.ts): each rendered page with its CSS trimmed to the rules it
 * can use (page-css.ts) and its policy to the hashes of its own code (page-policy.ts). It reads
 * the whole page with an HTML tokenizer, about a fifth of the main thread's work per page, so it
 * runs on a thread of its own (page-worker.ts) while the main thread renders the next page. On a
 * one-core machine it runs in place.
 *
 * Loaded by that thread with Node's own TypeScript support: this file and what it imports
 * (page-css.ts, page-policy.ts, src/lib/theme.ts) name their imports with `.ts` and use only
 * erasable syntax, as the share-image thread's modules do.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pageClasses, pruneUnusedRules, type PageClasses } from './page-css.ts';
import { pageFacts, type PageFacts } from './page-facts.ts';
import { narrowPagePolicy } from './page-policy.ts';

/** A page as it is written: its CSS trimmed and its policy narrowed (throws on foreign code). */
export function finishPage(html: string): string {
  let classes: PageClasses | undefined;
  return narrowPagePolicy(html, (css, scripts) =>
    pruneUnusedRules(css, (classes ??= pageClasses(html, scripts))),
  );
}

/** A page for the thread, as UTF-8 bytes (moved, not copied), and what it answers. */
export interface PageJob {
  id: number;
  bytes: Uint8Array<ArrayBuffer>;
}
export interface PageResult {
  id: number;
  bytes?: Uint8Array<ArrayBuffer>;
  /** What the steps after rendering need of the finished page (page-facts.ts). */
  facts?: PageFacts;
  /** Set when the step refused the page: the error's message. */
  error?: string;
}

/** The page step's thread. It keeps the process alive only while it has pages. */
class PageThread {
  readonly #worker: Worker;
  readonly #jobs = new Map<number, { done: (result: PageResult) => void }>();
  #next = 0;

  constructor(root: string) {
    this.#worker = new Worker(join(root, 'src/integrations/page-worker.ts'));
    this.#worker.unref();
    this.#worker.on('message', (result: PageResult) => {
      const job = this.#jobs.get(result.id);
      if (!job) return;
      this.#jobs.delete(result.id);
      if (this.#jobs.size === 0) this.#worker.unref();
      job.done(result);
    });
    const failAll = (error: Error) => {
      for (const [id, job] of this.#jobs)
        job.done({ id, error: `the page step's thread failed: ${error.message}` });
      this.#jobs.clear();
    };
    this.#worker.on('error', failAll);
    this.#worker.on('exit', (code) => failAll(new Error(`it exited with code ${code}`)));
  }

  finish(bytes: Uint8Array<ArrayBuffer>): Promise<FinishedPage> {
    const id = this.#next++;
    if (this.#jobs.size === 0) this.#worker.ref();
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, {
        done: ({ bytes, facts, error }) =>
          bytes && facts ? resolve({ bytes, facts }) : reject(new Error(error)),
      });
      this.#worker.postMessage({ id, bytes } satisfies PageJob, [bytes.buffer]);
    });
  }
}

let thread: PageThread | undefined;

/** A finished page: its bytes as written, and its facts. */
export interface FinishedPage {
  bytes: Uint8Array<ArrayBuffer>;
  facts: PageFacts;
}

/** A page finished here: its text, then its bytes and facts (the thread does the same). */
export function finishPageText(html: string): FinishedPage {
  const page = finishPage(html);
  const bytes = new TextEncoder().encode(page);
  return { bytes, facts: pageFacts(page, bytes) };
}

/**
 * {@link finishPage} on the page step's thread: the page's bytes in (moved to the thread), the
 * finished page's bytes and its facts out. Rejects with the step's own message when it refuses
 * the page.
 */
export async function finishPageBytes(
  bytes: Uint8Array<ArrayBuffer>,
  root: string = process.cwd(),
): Promise<FinishedPage> {
  if (availableParallelism() < 2) return finishPageText(new TextDecoder().decode(bytes));
  thread ??= new PageThread(root);
  return thread.finish(bytes);
}
