import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/link-check';

/** Every file under a folder, as paths relative to it with forward slashes. */
function walk(dir: string, root: string = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/**
 * At the end of every build, checks each internal link and `#fragment` in the output and fails
 * the build, listing every broken link with its page, when any is broken.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'relos:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = new Map(
          walk(out).map((file) => [
            file,
            file.endsWith('.html') ? readFileSync(join(out, file), 'utf8') : null,
          ]),
        );
        const broken = findBrokenLinks(files, base);
        if (broken.length > 0) {
          throw new Error(
            `Link check: ${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n` +
              broken.map((b) => `  - ${b.page}: "${b.link}" ${b.reason}`).join('\n'),
          );
        }
        const pages = [...files.keys()].filter((file) => file.endsWith('.html')).length;
        logger.info(`every internal link and fragment on ${pages} pages resolves`);
      },
    },
  };
}
