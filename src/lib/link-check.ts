/**
 * Checks the links of a built site: every internal `href` and `src` must point at a file that
 * exists, and every `#fragment` at an id on its target page. Pure: it works on a map of built
 * files, so it is unit-tested without a build.
 */

/** A built site: each output path (e.g. `articles/x/index.html`, `og/x.png`) and, for HTML, its text. */
export type BuiltSite = ReadonlyMap<string, string | null>;

/** What the check needs of one page: its internal links (each once) and the ids it defines. */
export interface PageLinks {
  links: readonly string[];
  ids: ReadonlySet<string>;
}

/**
 * A built site as the check reads it: each output path and, for HTML, its {@link PageLinks}.
 * Far smaller than the pages' text, so a build can read its pages one at a time (post-build).
 */
export type SiteLinks = ReadonlyMap<string, PageLinks | null>;

/** One broken link. */
export interface BrokenLink {
  /** The page the link is on, as an output path. */
  page: string;
  /** The link as written. */
  link: string;
  /** Why it is broken. */
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SKIPPED = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i; // mailto:, https:, data:, protocol-relative

/** The ids defined on a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
}

/** The `href` and `src` values on a page, outside `<script>`, `<style>` and comments. */
export function linksIn(html: string): string[] {
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '');
  return [...visible.matchAll(ATTRIBUTE)].map((m) => decodeEntities(m[1] ?? m[2] ?? ''));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/**
 * Resolves a URL path to the output file a static host would serve: `/a/` is `a/index.html`,
 * `/a` is `a`, then `a.html`, then `a/index.html`. Returns undefined when none exists.
 */
export function resolveTarget(
  path: string,
  files: ReadonlyMap<string, unknown>,
): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  const candidates =
    clean === '' || clean.endsWith('/')
      ? [`${clean}index.html`]
      : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** A page's {@link PageLinks}: its `href` and `src` values, less external ones, and its ids. */
export function pageLinks(html: string): PageLinks {
  const links = [...new Set(linksIn(html))].filter((link) => link !== '' && !SKIPPED.test(link));
  // Copied: a string a pattern matched is, in V8, a slice that keeps the whole page's text
  // alive; 1,000 articles' pages are about 190 MB kept that way.
  const [copied, ids] = JSON.parse(JSON.stringify([links, [...idsIn(html)]])) as [
    string[],
    string[],
  ];
  return { links: copied, ids: new Set(ids) };
}

/**
 * Every broken internal link in a built site served under `base` (e.g. `/` or `/relos/`).
 * A link outside the base, to a missing file or to a missing fragment is broken.
 */
export function findBrokenLinks(files: BuiltSite, base: string): BrokenLink[] {
  return checkLinks(
    new Map(
      [...files].map(([file, html]) => [
        file,
        html !== null && file.endsWith('.html') ? pageLinks(html) : null,
      ]),
    ),
    base,
  );
}

/** {@link findBrokenLinks}, on each page's links and ids rather than its text. */
export function checkLinks(files: SiteLinks, base: string): BrokenLink[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  for (const [page, facts] of files) {
    if (facts === null || !page.endsWith('.html')) continue;
    const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site.invalid');
    pageUrl.pathname = `${root}${page.replace(/index\.html$/, '')}`;
    for (const link of facts.links) {
      const url = new URL(link, pageUrl);
      if (!url.pathname.startsWith(root)) {
        broken.push({ page, link, reason: `is outside the site's base path ${root}` });
        continue;
      }
      const target = resolveTarget(url.pathname.slice(root.length), files);
      if (!target) {
        broken.push({ page, link, reason: 'points at a page or file that does not exist' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !files.get(target)?.ids.has(fragment)) {
        broken.push({
          page,
          link,
          reason: `points at #${fragment}, which ${target} does not have`,
        });
      }
    }
  }
  return broken;
}
