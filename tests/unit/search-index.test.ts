import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, pagesDigest } from '../../src/integrations/search-index';

const dir = mkdtempSync(join(tmpdir(), 'relos-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A built site of two pages, written to `out`: its pages' digest (each page's SHA-256, as post-build gives it). */
function site(out: string, body: string): string {
  const pages = new Map<string, string>([
    [
      'index.html',
      `<html lang="en"><body><main data-pagefind-body><h1>Duma</h1><p>${body}</p></main></body></html>`,
    ],
    [
      'about/index.html',
      '<html lang="en"><body><main data-pagefind-body><h1>About</h1><p>Who we are.</p></main></body></html>',
    ],
  ]);
  for (const [file, html] of pages) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), html);
  }
  return pagesDigest(
    [...pages]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([file, html]) => [file, createHash('sha256').update(html).digest('hex')] as const),
  );
}

describe('the search index', { timeout: 60_000 }, () => {
  it('indexes the pages, then reuses the index while no page changes', async () => {
    const cache = join(dir, 'cache');
    const first = join(dir, 'first');
    expect(await buildSearchIndex(first, site(first, 'The State Duma ratified.'), cache)).toBe(
      'search index: 2 pages',
    );
    expect(existsSync(join(first, 'pagefind/pagefind.js'))).toBe(true);

    const second = join(dir, 'second');
    expect(await buildSearchIndex(second, site(second, 'The State Duma ratified.'), cache)).toMatch(
      /no page changed, reused/,
    );
    expect(readdirSync(join(second, 'pagefind')).sort()).toEqual(
      readdirSync(join(first, 'pagefind')).sort(),
    );

    const third = join(dir, 'third');
    expect(await buildSearchIndex(third, site(third, 'Edited text.'), cache)).toBe(
      'search index: 2 pages',
    );
    // Only the newest index is kept.
    expect(readdirSync(cache)).toHaveLength(1);
  });
});
