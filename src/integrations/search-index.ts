import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { linkFile } from './link-file';

/** Indexes of earlier builds, by a digest of the pages they were made from. */
const CACHE_DIR = 'node_modules/.astro/search-index';

/** Pagefind's version: a new one may index differently. Read when first needed, not on import. */
function pagefindVersion(): string {
  return (
    JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }
  ).version;
}

/**
 * A digest of what the index is made from: Pagefind's version and every HTML page, its path and
 * a digest of its bytes (page-facts.ts), given in path order. Pagefind gives the same index for
 * the same pages, so an equal digest means an equal index.
 */
export function pagesDigest(pages: Iterable<readonly [file: string, digest: string]>): string {
  const hash = createHash('sha256').update(pagefindVersion());
  for (const [file, digest] of pages) hash.update(`\0${file}\0${digest}`);
  return hash.digest('hex').slice(0, 32);
}

/** Puts a copy of a folder at `to`, each file a link to its original (link-file.ts). */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const dest = join(to, relative(from, path));
    if (entry.isDirectory()) mkdirSync(dest, { recursive: true });
    else linkFile(path, dest);
  }
}

/**
 * Builds the Pagefind search index into `<out>/pagefind`. Pagefind indexes the parts of pages
 * marked `data-pagefind-body`: article texts, the timeline and the glossary. The index is static
 * files, searched in the reader's browser. When no page changed since the last build, the last
 * build's index (kept in `cacheDir`, node_modules/.astro/search-index) is copied instead. `digest`
 * is the built pages' {@link pagesDigest}. Returns what it did, for the log.
 */
export async function buildSearchIndex(
  out: string,
  digest: string,
  cacheDir: string = CACHE_DIR,
): Promise<string> {
  const target = join(out, 'pagefind');
  const cached = join(cacheDir, digest);
  rmSync(target, { recursive: true, force: true });
  if (existsSync(cached)) {
    linkTree(cached, target);
    return 'search index: no page changed, reused the last build’s index';
  }
  const { index, errors } = await pagefind.createIndex({});
  let pages = 0;
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    pages = added.page_count;
  } finally {
    await pagefind.close();
  }
  // Keep this index, and only this one, for the next build: linked then renamed into place,
  // so an interrupted copy is never taken for a whole index.
  rmSync(cacheDir, { recursive: true, force: true });
  linkTree(target, `${cached}.tmp`);
  renameSync(`${cached}.tmp`, cached);
  return `search index: ${pages} pages`;
}
