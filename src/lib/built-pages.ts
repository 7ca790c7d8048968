/**
 * Facts read back from built pages, for the files written after them (the sitemap's dates, the
 * host's redirect rules): the page is the one source, so they always agree with it. Pure: it
 * works on page text, and on a built site as src/lib/link-check.ts reads it.
 */
import type { BuiltSite } from './link-check.ts';

/** The value of a `<meta>` named by `property`, as the page head writes it. */
function metaProperty(html: string, property: string): string | undefined {
  return new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
}

/** An article page's last change: `article:modified_time`, else `article:published_time`. */
export function pageLastModified(html: string): string | undefined {
  return (
    metaProperty(html, 'article:modified_time') ?? metaProperty(html, 'article:published_time')
  );
}

/** Where a redirect page (a `<meta http-equiv="refresh">` page) sends readers: its target URL. */
export function redirectTarget(html: string): string | undefined {
  const content = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
  return content?.replace(/&amp;/g, '&');
}

/**
 * The redirect pages of a built site, as host redirect rules: each page's path (under `base`)
 * and the path it sends readers to, sorted by path.
 */
export function findRedirects(site: BuiltSite, base: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [file, html] of site) {
    const target = html === null ? undefined : redirectTarget(html);
    if (target) targets.set(file, target);
  }
  return redirectRules(targets, base);
}

/**
 * {@link findRedirects}, given each redirect page's output path and its {@link redirectTarget}
 * (read as each page is read, so the pages need not be kept).
 */
export function redirectRules(
  targets: ReadonlyMap<string, string>,
  base: string,
): Map<string, string> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rules = new Map<string, string>();
  for (const [file, target] of [...targets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!file.endsWith('index.html')) continue;
    rules.set(`${root}${file.slice(0, -'index.html'.length)}`, new URL(target).pathname);
  }
  return rules;
}
