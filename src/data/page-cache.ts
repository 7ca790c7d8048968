/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page that returns a
 * `cacheKey` from getStaticPaths, and whose key and code are unchanged since the last build, is
 * copied from node_modules/.astro instead of being rendered again. Astro itself tracks the code
 * (the page's whole module graph, CSS included) and the MDX entries a page renders; the key must
 * cover everything else the page shows, so it is a digest of all of it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The code every page passes through once rendered (src/middleware.ts, which trims its CSS and
 * policy on the page step's thread): not in any page's module graph, so Astro does not see it change.
 */
const PAGE_TRANSFORM = [
  'src/middleware.ts',
  'src/integrations/page-step.ts',
  'src/integrations/page-worker.ts',
  'src/integrations/page-css.ts',
  'src/integrations/page-policy.ts',
  'src/lib/theme.ts',
];
let transformDigest: string | undefined;

/** A digest of everything given (as JSON: dates as ISO strings, `undefined` in arrays as null). */
export function pageCacheKey(...inputs: unknown[]): string {
  transformDigest ??= PAGE_TRANSFORM.reduce(
    (hash, file) => hash.update(readFileSync(file)),
    createHash('sha256'),
  ).digest('hex');
  return createHash('sha256').update(transformDigest).update(JSON.stringify(inputs)).digest('hex');
}
