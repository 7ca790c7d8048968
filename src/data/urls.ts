/**
 * Links under the current build's base path (`BASE_PATH`, which Astro gives as
 * `import.meta.env.BASE_URL`). The joining itself is pure and tested in src/lib/urls.ts; this
 * file only reads the build's base, which src/lib may not.
 */
import { absoluteUrl as absoluteUrlUnder, withBase } from '../lib/urls';

/** A site-internal link under the current build's base path. Every internal `href` goes through it. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The absolute URL of a site-internal path, for canonical links, feeds and share metadata. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return absoluteUrlUnder(path, site, import.meta.env.BASE_URL);
}
