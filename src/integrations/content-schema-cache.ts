import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A digest of every `.ts` file directly in the given folders. */
export function digestOf(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.ts'))
        hash.update(`${dir}/${file}\0`).update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex');
}

/**
 * Astro re-validates cached content only when content.config.ts itself changes. Our schemas and
 * the word lists they allow live in src/schemas (which imports nothing else of ours), so this
 * integration keeps a digest of that folder beside Astro's cache and drops the cached content
 * store when it changes: every entry is then checked against the current schema. An edit to
 * src/lib keeps the store.
 */
export function contentSchemaCache(dirs: readonly string[]): AstroIntegration {
  return {
    name: 'relos:content-schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        const stamp = join(cacheDir, 'relos-schema-digest');
        const digest = digestOf(dirs);
        const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
        if (previous !== digest) {
          const store = join(cacheDir, 'data-store.json');
          if (existsSync(store)) {
            logger.info('schemas changed: clearing the cached content store');
            rmSync(store);
          }
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(stamp, digest);
        }
      },
    },
  };
}
