/**
 * The citation thread (started by src/data/page-citations.ts in a build): formats the Cite box's
 * citations, a batch of pages at a time, one style after the other (citeproc-js is a quarter
 * faster keeping to one style than switching at every page), and answers with each page's
 * entries or its error.
 *
 * Node loads this file itself, with its built-in TypeScript support, not through Vite: this file
 * and what it imports (citation-format.ts) name their imports with `.ts` and use only erasable
 * syntax.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  bibliographyEntry,
  registerCsl,
  type CitationJob,
  type CitationStyleName,
  type CslFile,
} from './citation-format.ts';

/** What the thread is started with: the styles and locales to register, the styles to format. */
export interface CitationThreadData {
  styles: readonly CslFile[];
  locales: readonly CslFile[];
  formats: readonly CitationStyleName[];
}

/** A batch of pages, and what the thread answers for each: its entries by style, or an error. */
export interface CitationBatch {
  id: number;
  jobs: CitationJob[];
}
export interface CitationBatchResult {
  id: number;
  results: ({ entries: Record<string, string> } | { error: string })[];
}

const port = parentPort;
if (!port) throw new Error('citation-worker.ts runs as a worker thread, not on its own');
const { styles, locales, formats } = workerData as CitationThreadData;
registerCsl(styles, locales);

port.on('message', ({ id, jobs }: CitationBatch) => {
  const entries = jobs.map(() => ({}) as Record<string, string>);
  const errors: (string | undefined)[] = jobs.map(() => undefined);
  for (const style of formats) {
    jobs.forEach((job, index) => {
      if (errors[index] !== undefined) return;
      try {
        entries[index]![style.key] = bibliographyEntry(job, style);
      } catch (error) {
        errors[index] = error instanceof Error ? error.message : String(error);
      }
    });
  }
  port.postMessage({
    id,
    results: jobs.map((_, index) =>
      errors[index] === undefined ? { entries: entries[index]! } : { error: errors[index]! },
    ),
  } satisfies CitationBatchResult);
});
