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
import { redirectRules, redirectTarget } from '../lib/built-pages';
import { checkLinks, pageLinks, type PageLinks } from '../lib/link-check';
import { headersFile, redirectsFile } from '../lib/security';
import { TRANSLATED_LANGS } from '../i18n/locales';
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
 * The built site read one page at a time, in path order, and only what is needed kept of each
 * page: its links and ids (the link check), its redirect target (the host's rules) and, hashed
 * as it goes by, its text (the search index's digest). Holding every page's text at once cost a
 * 1,000-article build 150-200 MB at its peak.
 */
function readSite(out: string, files: readonly string[]) {
  const links = new Map<string, PageLinks | null>(files.map((file) => [file, null]));
  const redirects = new Map<string, string>();
  const pages = files.filter((file) => file.endsWith('.html')).sort((a, b) => (a < b ? -1 : 1));
  function* read(): Generator<readonly [string, string]> {
    for (const file of pages) {
      const html = readFileSync(join(out, file), 'utf8');
      links.set(file, pageLinks(html));
      const target = redirectTarget(html);
      if (target) redirects.set(file, target);
      yield [file, html];
    }
  }
  const digest = pagesDigest(read());
  return { links, redirects, digest, pages: pages.length };
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
        // The pages are read once, for the host files, the index's digest and the link check.
        // The index is written while the links are checked: it is left out, and its files are
        // added once it is there if a link into it seemed broken. The share images are listed
        // as they will be, whether or not each is in place yet.
        const files = [
          ...walk(out).filter((file) => !file.startsWith('pagefind/') && !file.startsWith('og/')),
          ...cache.servedImagePaths(),
        ];
        const site = readSite(out, files);
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
