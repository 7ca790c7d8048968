import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRedirects } from '../lib/built-pages';
import { findBrokenLinks, type BuiltSite } from '../lib/link-check';
import { headersFile, redirectsFile } from '../lib/security';
import { buildSearchIndex } from './search-index';

/** Every file under a folder, as paths relative to it with forward slashes. */
function walk(dir: string, root: string = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/** The built site as the link check reads it: every file, and the text of each HTML page. */
function builtSite(out: string, skip?: (file: string) => boolean): BuiltSite {
  return new Map(
    walk(out)
      .filter((file) => !skip?.(file))
      .map((file) => [file, file.endsWith('.html') ? readFileSync(join(out, file), 'utf8') : null]),
  );
}

/**
 * At the end of every build, last (so it sees the whole output, sitemap included), from the
 * pages as written: the host files (`_headers` with the security and cache headers, `_redirects`
 * with a 301 for each redirect page, for Netlify and Cloudflare Pages), the search index, and
 * the link check, which fails the build with every broken internal link or `#fragment` and its
 * page. Pagefind (its own process) indexes while the links are checked here.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'relos:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The pages are read once, for the host files, the index's digest and the link check.
        // The index is written while the links are checked: it is left out, and looked at again
        // once it is there if a link into it seemed broken.
        let site = builtSite(out, (file) => file.startsWith('pagefind/'));
        writeFileSync(join(out, '_headers'), headersFile(base));
        writeFileSync(join(out, '_redirects'), redirectsFile(findRedirects(site, base)));
        const indexing = buildSearchIndex(out, site);
        // Not awaited yet: a failure is reported below, after the link check.
        indexing.catch(() => {});
        let broken = findBrokenLinks(site, base);
        logger.info(await indexing);
        if (broken.some((b) => b.link.includes('pagefind/'))) {
          site = builtSite(out);
          broken = findBrokenLinks(site, base);
        }
        if (broken.length > 0) {
          throw new Error(
            `Link check: ${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n` +
              broken.map((b) => `  - ${b.page}: "${b.link}" ${b.reason}`).join('\n'),
          );
        }
        const pages = [...site.keys()].filter((file) => file.endsWith('.html')).length;
        logger.info(`every internal link and fragment on ${pages} pages resolves`);
      },
    },
  };
}
