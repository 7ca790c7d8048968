/**
 * Site-internal paths and URLs, for any base path: pure, the base is always an argument.
 * src/data/urls.ts gives `href` and `absoluteUrl` for the current build's base.
 */

/**
 * Joins a site-internal path onto a deploy base. `path` is written as if the site lived at `/`
 * (`/articles/x/`, `/rss.xml#top`); the result works under any base (`/relos/articles/x/`).
 */
export function withBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`withBase: expected a site-internal path, received the external URL "${path}"`);
  }
  if (!path.startsWith('/')) {
    throw new Error(`withBase: expected a path starting with "/", received "${path}"`);
  }
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.slice(1)}`;
}

/**
 * The absolute URL of a site-internal path on a site under a base path, for canonical links,
 * feeds and share metadata. Pages take it from src/data/urls.ts, which knows the build's base.
 */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string): string {
  if (site === undefined) {
    throw new Error('absoluteUrl: `site` is not set; astro.config.ts sets it from SITE_URL');
  }
  return new URL(withBase(path, base), site).href;
}

/** The path of an article page, from its collection id. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}
