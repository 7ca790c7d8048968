/**
 * The page step's thread (started by page-step.ts): finishes each page it is sent (its CSS
 * trimmed, its policy narrowed) and answers with the page's bytes and facts (page-facts.ts), or
 * the step's error.
 *
 * Node loads this file itself, with its built-in TypeScript support, not through Vite: this file
 * and everything it imports name their imports with `.ts` and use only erasable syntax.
 */
import { parentPort } from 'node:worker_threads';
import { finishPageText, type PageJob, type PageResult } from './page-step.ts';

const port = parentPort;
if (!port) throw new Error('page-worker.ts runs as a worker thread, not on its own');

const decoder = new TextDecoder();

port.on('message', ({ id, bytes }: PageJob) => {
  let result: PageResult;
  try {
    result = { id, ...finishPageText(decoder.decode(bytes)) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(result, result.bytes ? [result.bytes.buffer] : []);
});
