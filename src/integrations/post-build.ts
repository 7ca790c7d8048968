import type { AstroIntegration } from 'astro';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectRules } from '../lib/built-pages';
import { checkLinks, pageLinks, resolveTarget, type PageLinks } from '../lib/link-check';
import { headersFile, redirectsFile } from '../lib/security';
import { TRANSLATED_LANGS } from '../i18n/locales';
import { pageFacts, pageFactsStore, type PageFacts } from './page-facts';
import { buildSearchIndex, pagesDigest } from './search-index';
import { shareImageCache } from './share-images/shared';

/** Every file under a folder, as paths relative to it with forward slashes. */
function walk(dir: string, root: string = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/**
 * Each translated edition's 404 page, which Astro writes as `/<lang>/404/index.html` (only the
 * root `/404` route becomes a `404.html`), moved to `/<lang>/404.html`: the file Cloudflare Pages
 * serves for a missing address under `/<lang>/`, and Netlify's rules name (`_redirects`).
 */
function moveEditionNotFoundPages(out: string): string[] {
  return TRANSLATED_LANGS.filter((lang) => {
    const built = join(out, lang, '404', 'index.html');
    if (!existsSync(built)) return false;
    renameSync(built, join(out, lang, '404.html'));
    rmdirSync(join(out, lang, '404'));
    return true;
  });
}

/**
 * The built site, and of each page only what is needed: its links and ids (the link check), its
 * redirect target (the host's rules) and a digest of its bytes (the search index's). The page
 * step noted them as it finished each page this build rendered (page-facts.ts); the pages it did
 * not render (reused by the incremental build) are read back one at a time, in path order.
 * Holding every page's text at once cost a 1,000-article build 150-200 MB at its peak, and
 * reading them all back a second.
 */
function readSite(out: string, files: readonly string[], base: string) {
  const links = new Map<string, PageLinks | null>(files.map((file) => [file, null]));
  const root = base.endsWith('/') ? base : `${base}/`;
  const rendered = new Map<string, PageFacts>();
  for (const [path, facts] of pageFactsStore().renderedPages()) {
    if (!path.startsWith(root)) continue;
    // A page's file as the host serves it; `/404/` is written as `404.html`.
    const relative = path.slice(root.length);
    const file =
      resolveTarget(relative, links) ??
      (relative.endsWith('/') ? resolveTarget(relative.slice(0, -1), links) : undefined);
    if (file) rendered.set(file, facts);
  }
  const redirects = new Map<string, string>();
  const pages = files.filter((file) => file.endsWith('.html')).sort((a, b) => (a < b ? -1 : 1));
  let reread = 0;
  function* read(): Generator<readonly [string, string]> {
    for (const file of pages) {
      let facts = rendered.get(file);
      if (!facts) {
        const bytes = readFileSync(join(out, file));
        facts = pageFacts(bytes.toString('utf8'), bytes);
        reread++;
      }
      links.set(file, facts.links);
      if (facts.redirect) redirects.set(file, facts.redirect);
      yield [file, facts.digest];
    }
  }
  const digest = pagesDigest(read());
  return { links, redirects, digest, pages: pages.length, reread };
}

/**
 * At the end of every build, last (so it sees the whole output, sitemap included), from the
 * pages as written: the share images (linked from their cache as the drawing thread finishes
 * them, while the rest goes on), the host files (`_headers` with the security and cache headers,
 * `_redirects` with a 301 for each redirect page, for Netlify and Cloudflare Pages), the search
 * index, and the link check, which fails the build with every broken internal link or
 * `#fragment` and its page. Pagefind (its own process) indexes while the links are checked here.
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
        const notFound = moveEditionNotFoundPages(out);
        // Not awaited yet: the images still being drawn are placed while the pages are read.
        const cache = shareImageCache();
        const images = cache.writeServedImages(out);
        images.catch(() => {});
        // The pages' facts, for the host files, the index's digest and the link check. The
        // index is written while the links are checked: it is left out, and its files are added
        // once it is there if a link into it seemed broken. The share images are listed as they
        // will be, whether or not each is in place yet.
        const files = [
          ...walk(out).filter((file) => !file.startsWith('pagefind/') && !file.startsWith('og/')),
          ...cache.servedImagePaths(),
        ];
        const site = readSite(out, files, base);
        // The rules are per folder, the search index's among them (written below).
        writeFileSync(join(out, '_headers'), headersFile(base, [...files, 'pagefind/pagefind.js']));
        writeFileSync(
          join(out, '_redirects'),
          redirectsFile(redirectRules(site.redirects, base), base, notFound),
        );
        const indexing = buildSearchIndex(out, site.digest);
        // Not awaited yet: a failure is reported below, after the link check.
        indexing.catch(() => {});
        await images;
        let broken = checkLinks(site.links, base);
        logger.info(await indexing);
        if (broken.some((b) => b.link.includes('pagefind/'))) {
          for (const file of walk(join(out, 'pagefind'))) {
            const path = `pagefind/${file}`;
            site.links.set(
              path,
              file.endsWith('.html') ? pageLinks(readFileSync(join(out, path), 'utf8')) : null,
            );
          }
          broken = checkLinks(site.links, base);
        }
        if (broken.length > 0) {
          throw new Error(
            `Link check: ${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n` +
              broken.map((b) => `  - ${b.page}: "${b.link}" ${b.reason}`).join('\n'),
          );
        }
        logger.info(`every internal link and fragment on ${site.pages} pages resolves`);
      },
    },
  };
}
