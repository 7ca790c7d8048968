import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageLastModified } from '../lib/built-pages';
import { pageFactsStore } from './page-facts';

/**
 * The sitemap's `lastmod` for articles, from each built article page's own
 * `article:modified_time` (or `article:published_time`): the page and the sitemap say the same
 * day, from one rule (the updates log, src/lib/updates.ts). The page step noted it as it
 * finished the page (page-facts.ts); a page this build did not render (reused by the
 * incremental build) is read back. Other pages change with the build and carry no `lastmod`.
 * The integration learns where the build writes; `serialize` is the sitemap option.
 */
export function sitemapDates(): {
  integration: AstroIntegration;
  serialize: (item: SitemapItem) => SitemapItem;
} {
  let out = '';
  let base = '/';
  return {
    integration: {
      name: 'relos:sitemap-dates',
      hooks: {
        'astro:config:done': ({ config }) => {
          out = fileURLToPath(config.outDir);
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        },
      },
    },
    serialize: (item) => {
      const path = new URL(item.url).pathname;
      if (!path.startsWith(`${base}articles/`)) return item;
      const rendered = pageFactsStore().renderedPages().get(path);
      const file = join(out, path.slice(base.length), 'index.html');
      const modified = rendered
        ? rendered.lastModified
        : existsSync(file)
          ? pageLastModified(readFileSync(file, 'utf8'))
          : undefined;
      return modified ? { ...item, lastmod: modified } : item;
    },
  };
}
