import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, redirectsFile } from '../lib/security';
import { readArticleFrontmatter } from './article-frontmatter';

/**
 * Writes `_headers` (security and cache headers) and `_redirects` (301s for renamed articles) into
 * the build for Netlify and Cloudflare Pages, with paths under the site's base.
 */
export function hostFiles(articlesDir: string): AstroIntegration {
  let base = '/';
  return {
    name: 'relos:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const redirects = new Map(
          readArticleFrontmatter(articlesDir).flatMap((article) =>
            article.aliases.map((alias) => [alias, article.id] as const),
          ),
        );
        writeFileSync(join(out, '_headers'), headersFile(base));
        writeFileSync(join(out, '_redirects'), redirectsFile(base, redirects));
      },
    },
  };
}
