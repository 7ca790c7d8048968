/**
 * The build's one share-image cache and drawing thread. Images start drawing in two places that
 * Vite loads as separate copies of our code: the articles' content loader (early.ts, as soon as
 * the articles are read, while the second core is otherwise idle) and the share-image route
 * (when Astro asks for its paths). A module-level queue would exist once per copy, and each
 * copy would draw the images the other had not finished. So both take cache.ts from here, loaded
 * by Node itself (as the drawing thread loads it): one instance per process, one list of images
 * in flight, each image drawn once.
 *
 * That is why cache.ts, and everything it imports, obeys the drawing thread's rules (worker.ts):
 * `.ts` import paths and erasable syntax only.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as CacheModule from './cache.ts';

/** Where drawn images are kept between builds (Astro's cache folder), keyed by their inputs. */
export const SHARE_IMAGE_CACHE_DIR = 'node_modules/.astro/share-images';

let cache: typeof CacheModule | undefined;

/** cache.ts as Node loads it: the same instance wherever it is asked for in this process. */
export function shareImageCache(root: string = process.cwd()): typeof CacheModule {
  cache ??= createRequire(join(root, 'package.json'))(
    join(root, 'src/integrations/share-images/cache.ts'),
  ) as typeof CacheModule;
  return cache;
}
