/**
 * The Cite box's citations of earlier builds, one file per page (node_modules/.astro/citations),
 * named by a digest of everything its entries are made from: the page's CSL-JSON item, locale and
 * address, the styles and locales, the formatting code and the versions of Citation.js and
 * citeproc-js. A build formats only the pages whose digest it has no file for: when none, it
 * starts no citation thread and builds no engine (decision 0009).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationJob } from './citation-format';

/** Where the files are, from the project's folder. */
export const CITATION_CACHE_DIR = 'node_modules/.astro/citations';

/** The packages that format the citations: a new version may write them differently. */
const FORMATTERS = ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'];

/** One page's entries, by style key, as the Cite box shows them. */
export type CachedEntries = Record<string, string>;

export class CitationCache {
  readonly #dir: string;
  readonly #digest: string;
  /** The files this build read or wrote: every other one is of an older build. */
  readonly #used = new Set<string>();

  /**
   * `inputs` is everything besides the page that the entries depend on (the styles, locales and
   * formatting code, as text); `root` is the project's folder.
   */
  constructor(root: string, inputs: readonly string[]) {
    this.#dir = join(root, CITATION_CACHE_DIR);
    const hash = createHash('sha256');
    for (const name of FORMATTERS) {
      const manifest = JSON.parse(
        readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string };
      hash.update(`\0${name}@${manifest.version}`);
    }
    for (const input of inputs) hash.update(`\0${input}`);
    this.#digest = hash.digest('hex');
  }

  /** The file of a page's entries. */
  #file(job: CitationJob): string {
    const key = createHash('sha256').update(this.#digest).update(JSON.stringify(job)).digest('hex');
    const file = `${key.slice(0, 32)}.json`;
    this.#used.add(file);
    return join(this.#dir, file);
  }

  /** The entries an earlier build formatted for this page, if any. */
  get(job: CitationJob): CachedEntries | undefined {
    try {
      return JSON.parse(readFileSync(this.#file(job), 'utf8')) as CachedEntries;
    } catch {
      // Absent, or unreadable (a build cut off mid-write cannot leave one: see `set`).
      return undefined;
    }
  }

  /** Keeps a page's entries for the next build: written whole, then renamed into place. */
  set(job: CitationJob, entries: CachedEntries): void {
    const file = this.#file(job);
    mkdirSync(this.#dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(entries));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }

  /** Removes every file this build did not use: pages since edited or removed. */
  prune(): void {
    let files: string[];
    try {
      files = readdirSync(this.#dir);
    } catch {
      return;
    }
    for (const file of files)
      if (!this.#used.has(file)) rmSync(join(this.#dir, file), { force: true });
  }
}
