/**
 * What the build learns of each page as the page step finishes it (page-step.ts, on its own
 * thread): its links and ids (the link check), where it redirects (the host's rules), its last
 * change (the sitemap's `lastmod`) and a digest of its bytes (the search index's). The steps
 * after rendering (sitemap-dates.ts, post-build.ts) take them from here and read back from disk
 * only the pages this build did not render (those Astro's incremental build reused): reading
 * 1,000 articles' pages again cost post-build a second and the sitemap 30 MB.
 *
 * One store per process, as for the share images (share-images/shared.ts): the middleware and
 * the integrations are bundled separately, so each takes this module as Node loads it
 * ({@link pageFactsStore}), and it follows the worker threads' rules (`.ts` imports, erasable
 * syntax).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pageLastModified, redirectTarget } from '../lib/built-pages.ts';
import { pageLinks, type PageLinks } from '../lib/link-check.ts';

/** What the steps after rendering need of a built page. */
export interface PageFacts {
  links: PageLinks;
  /** Where a redirect page sends readers. */
  redirect: string | undefined;
  /** An article page's last change (`article:modified_time`, else its publication). */
  lastModified: string | undefined;
  /** SHA-256 of the page as written, hex. */
  digest: string;
}

/** The facts of a page, from its text and the bytes written. */
export function pageFacts(html: string, bytes: Uint8Array): PageFacts {
  return {
    links: pageLinks(html),
    redirect: redirectTarget(html),
    lastModified: pageLastModified(html),
    digest: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The pages rendered in this build, by the path they were requested at (base included). */
const rendered = new Map<string, PageFacts>();

/** Keeps a rendered page's facts under the path it was requested at (`/base/articles/x/`). */
export function recordPage(pathname: string, facts: PageFacts): void {
  rendered.set(pathname, facts);
}

/** Every page rendered so far in this build, by the path it was requested at. */
export function renderedPages(): ReadonlyMap<string, PageFacts> {
  return rendered;
}

let store: { recordPage: typeof recordPage; renderedPages: typeof renderedPages } | undefined;

/** This module as Node loads it: the same store wherever it is asked for in this process. */
export function pageFactsStore(root: string = process.cwd()) {
  store ??= createRequire(join(root, 'package.json'))(
    join(root, 'src/integrations/page-facts.ts'),
  ) as { recordPage: typeof recordPage; renderedPages: typeof renderedPages };
  return store;
}
