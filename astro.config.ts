import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentSchemaCache } from './src/integrations/content-schema-cache';
import { postBuild } from './src/integrations/post-build';
import { sitemapDates } from './src/integrations/sitemap-dates';
import { designTokens } from './src/integrations/vite-tokens';
import { DEFAULT_LANG, LANGS, LOCALES } from './src/i18n/locales';
import { dictionaryProblems } from './src/i18n/ui';
import { DEFAULT_SITE_URL, resolveDeployTarget } from './src/lib/deploy';
import { INLINE_SCRIPT_HASHES } from './src/integrations/page-policy';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/security';

// SITE_URL and BASE_PATH say where the site will be served; see README "Deploy".
const target = resolveDeployTarget(process.env);
if (target.siteIsDefault && process.argv.includes('build')) {
  console.warn(
    `[relos] SITE_URL is not set: canonical and share URLs will point at ${DEFAULT_SITE_URL}. ` +
      'Set SITE_URL=https://your.domain for a deploy.',
  );
}

// Every edition's dictionary has the English one's keys (npm run check says so too).
const dictionaries = dictionaryProblems();
if (dictionaries.length > 0) throw new Error(`Dictionaries:\n  ${dictionaries.join('\n  ')}`);

// Articles' sitemap `lastmod` is read back from their built pages.
const dates = sitemapDates();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: target.site,
  base: target.base,
  output: 'static',
  // Editions: English (the reference) at /, Hindi at /hi/, Russian at /ru/ (src/i18n/locales.ts).
  i18n: {
    locales: [...LANGS],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  trailingSlash: 'always',
  // A duplicate id in a data collection is an error, not a warning.
  prerenderConflictBehavior: 'error',
  // Pages whose cacheKey (src/data/page-cache.ts) and code are unchanged since the last build are
  // copied from node_modules/.astro instead of rendered again: articles and share images.
  experimental: { incrementalBuild: true },
  // The schemas and their word lists are in src/schemas: a change there re-validates cached content.
  integrations: [
    contentSchemaCache(['src/schemas']),
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3'] } }),
    dates.integration,
    sitemap({
      // Each page lists its other editions (hreflang alternates), only those that exist.
      i18n: {
        defaultLocale: DEFAULT_LANG,
        locales: Object.fromEntries(LANGS.map((lang) => [lang, LOCALES[lang].tag])),
      },
      // The 404 page is not a page to index, nor an embed (its full page is).
      filter: (page) =>
        !page.endsWith('/404/') && !page.endsWith('/404.html') && !/\/embed\//.test(page),
      // Articles carry their real last-modified day; other pages change with the build.
      serialize: dates.serialize,
    }),
    // Host files, search index and link check: last, so they see the whole output, sitemap included.
    postBuild(),
  ],
  // Each page's CSS is inlined: no stylesheet request blocks the first paint. Astro writes the
  // Content-Security-Policy into every page with the hash of each inline style and script, so
  // nothing inline runs unless the build put it there ('unsafe-inline' is never allowed).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [...INLINE_SCRIPT_HASHES] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Four pages at a time: while some wait for a share image being drawn or for the page step
  // (src/integrations/page-step.ts), both off the main thread, the others render. With two, the
  // main thread sat idle a quarter of the time; a cold 1,000-article build took 27.3 and 28.0 s
  // against 30.9 and 33.8 s (alternating).
  build: { inlineStylesheets: 'always', concurrency: 4 },
  // No syntax highlighting: no article has code, and Shiki, loaded for it in every build, held
  // 17 MB of WebAssembly memory to the end (a heap snapshot of a 1,000-article build); its
  // highlighted blocks would also carry inline styles that the pages' policy does not allow.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [designTokens(), tailwindcss()],
    build: {
      // Small client scripts (the theme toggle, share bar, contents, "new since your last visit")
      // go inline with their hashes in the page's policy: no request competes with the page
      // itself before its first paint. Nothing else (images, fonts) is ever inlined, nor a
      // script with a dynamic import (the search page's, which loads Pagefind): Vite writes its
      // preload list after Astro has taken an inlined script's code, leaving it broken.
      assetsInlineLimit: (file, content) =>
        file.endsWith('.js') && content.length < 4096 && !content.includes('import('),
      rolldownOptions: {
        output: {
          // The articles in a few server chunks of about 1 MB. By default each MDX article (and
          // Astro's wrapper around it) is a chunk of its own: 2,000 chunks for 1,000 articles, and
          // the bundler's work grew faster than the archive (11 s for 1,000 articles; 6 s as one
          // chunk). As one chunk (12 MB at 1,000), the import scanner's WebAssembly memory grew
          // to fit it (47 MB, kept to the end of the build); 1 MB chunks leave it at the size of
          // the content store's module. The chunks only run at build time; nothing reaches readers.
          codeSplitting: {
            groups: [
              {
                name: 'articles',
                test: /[\\/]content[\\/]articles[\\/]/,
                maxSize: 1_000_000,
              },
            ],
          },
        },
        // Astro wraps every MDX article in a module starting with "use astro:head-inject", which
        // the bundler warns about, with a code frame, once per article: 2,000 warnings for 1,000
        // articles, slowing the build and burying real warnings. Astro handles the directive.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
