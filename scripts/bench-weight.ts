/**
 * Page weight: what a browser must download before a page can be read, and how big it is. Shared by
 * the benchmark (`npm run bench`, reading dist/) and the byte-budget browser test
 * (tests/e2e/budgets.spec.ts, fetching from the preview server), so both count the same things.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** 1 KB = 1,000 bytes throughout: the stricter reading of the figures. */
export const KB = 1000;

/** An English article's budget, gzip: see `articleGzip` below. */
const ARTICLE_GZIP = 27 * KB;

/** The reader budgets from issue 8, in bytes and requests. */
export const READER_BUDGETS = {
  /**
   * Everything for first render, gzip: an article page (its CSS is inlined since issue 13).
   * Raised to 26.5 KB by the "follow the story" issue, back to 25 KB once each page carried only
   * its own CSS, 27 KB with reuse (issue 28): the Cite box (three formatted citations and their
   * copy script), the `citation_*` tags, the oEmbed link and the licence line add about 1.5 KB, and
   * the longest article, the timeline one with 14 events inline, is 26.6 KB.
   */
  articleGzip: ARTICLE_GZIP,
  /**
   * The same for an article of the Hindi or Russian edition, whose text is Devanagari (3 bytes a
   * letter in UTF-8) or Cyrillic (2): the second audit's corrections (issue 25) took the translated
   * explainer to 26.5 KB, the same article in English being 22.5 KB. With every article
   * translated (issue 27) the same text weighs 1.16–1.20 times its English page (the timeline
   * article: 24.8 KB in English, 29.0 KB in Russian, 29.2 KB in Hindi), so an edition's article
   * gets the English budget times 1.2. The paint budgets (Lighthouse) are the same for every
   * edition.
   */
  editionArticleGzip: Math.round(ARTICLE_GZIP * 1.2),
  /** Everything for first render, gzip: any page. */
  pageGzip: 35 * KB,
  /** HTML + render-blocking CSS + fonts + blocking JS. */
  requestsBeforeReadable: 4,
  /** All JavaScript on a page (inline and external), gzip. */
  jsGzip: 4 * KB,
  /** Render-blocking scripts allowed. */
  blockingScripts: 0,
} as const;

/** The page types the budgets cover. Articles are found in the sitemap; search may not exist yet. */
export const FIXED_PAGES = [
  { type: 'front page', path: '/' },
  { type: 'status', path: '/status/' },
  { type: 'updates', path: '/updates/' },
  { type: 'timeline', path: '/timeline/' },
  { type: 'explainer', path: '/what-it-allows/' },
  { type: 'glossary', path: '/glossary/' },
  { type: 'search', path: '/search/', optional: true },
] as const;

/**
 * The same page types in the Hindi and Russian editions: the same budgets hold, though
 * Devanagari (3 bytes a letter in UTF-8) and Cyrillic (2) text weighs more than English.
 */
export const EDITION_PAGES = (['hi', 'ru'] as const).flatMap((lang) =>
  FIXED_PAGES.map((page) => ({ type: `${page.type} (${lang})`, path: `/${lang}${page.path}` })),
);

/** Fetches a URL of the site; `undefined` when it does not exist (404 or no file). */
export type Fetcher = (url: URL) => Promise<Uint8Array | undefined>;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export type ResourceKind = 'html' | 'css' | 'font' | 'js';

export interface Resource extends Sizes {
  url: string;
  kind: ResourceKind;
  /** Needed before the page is readable: the HTML, blocking CSS, fonts, blocking scripts. */
  blocking: boolean;
}

export interface PageWeight {
  path: string;
  /** The HTML and every CSS, font and JS file it references, each counted once. */
  resources: Resource[];
  /** Inline executable scripts, measured together (they travel inside the HTML). */
  inlineJs: Sizes;
  /** HTML + CSS + fonts + external JS. Inline JS is already inside the HTML's bytes. */
  total: Sizes;
  /** Requests before the page is readable. */
  requestsBeforeReadable: number;
  /** Inline plus external JavaScript. */
  js: Sizes;
  /** External classic scripts without async/defer: they stop rendering until fetched and run. */
  blockingScripts: string[];
  /** References that did not resolve (a broken stylesheet or script link). */
  missing: string[];
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes. */
export function sizesOf(bytes: Uint8Array | string): Sizes {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** WOFF and WOFF2 are compressed formats that servers send as they are. */
function fontSizes(bytes: Uint8Array): Sizes {
  return { raw: bytes.length, gzip: bytes.length, brotli: bytes.length };
}

/** The attributes of one start tag, lower-cased names; valueless attributes map to ''. */
export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Script types a browser executes; JSON-LD, import maps and the like are data, not code. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined || type === '') return true;
  return /^(module|(text|application)\/(java|ecma)script)$/i.test(type.trim());
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (value: string) =>
  value.replace(/&(amp|quot|apos|lt|gt);/g, (_, e) => HTML_ENTITIES[e]!);

/** What an HTML document references: stylesheets, preloads, scripts, inline script text. */
export function parseHtml(html: string) {
  const stylesheets: { href: string; blocking: boolean }[] = [];
  const preloads: { href: string; as: string }[] = [];
  const scripts: { src: string; blocking: boolean }[] = [];
  const inlineScripts: string[] = [];
  // Comments can hold markup that is never loaded.
  const doc = html.replace(/<!--[\s\S]*?-->/g, '');

  for (const [tag] of doc.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(tag);
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = a.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet') && !rel.includes('alternate') && !a.has('disabled')) {
      // A stylesheet for a media that does not match (print) does not block rendering.
      const media = (a.get('media') ?? 'all').trim().toLowerCase();
      stylesheets.push({ href: decode(href), blocking: media === 'all' || media === 'screen' });
    } else if (rel.includes('preload')) {
      preloads.push({ href: decode(href), as: (a.get('as') ?? '').toLowerCase() });
    } else if (rel.includes('modulepreload')) {
      preloads.push({ href: decode(href), as: 'script' });
    }
  }

  for (const m of doc.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const a = attributes(m[1]!);
    const type = a.get('type');
    if (!isExecutable(type)) continue;
    const src = a.get('src');
    if (src) {
      const deferred = a.has('async') || a.has('defer') || type?.trim().toLowerCase() === 'module';
      scripts.push({ src: decode(src), blocking: !deferred });
    } else if (m[2]!.trim()) {
      inlineScripts.push(m[2]!);
    }
  }
  return { stylesheets, preloads, scripts, inlineScripts };
}

/** `@import`s and the first `url()` of each `@font-face` (the one a browser fetches) in a stylesheet. */
export function parseCss(css: string): { imports: string[]; fonts: string[] } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const url = (s: string) => /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/i.exec(s);
  const imports: string[] = [];
  for (const m of text.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi)) imports.push(m[1]!);
  const fonts: string[] = [];
  for (const m of text.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const src = /(?:^|;)\s*src\s*:([^;]*)/i.exec(m[1]!)?.[1];
    const first = src ? url(src) : null;
    const href = first?.[1] ?? first?.[2] ?? first?.[3];
    if (href && !href.startsWith('data:')) fonts.push(href);
  }
  return { imports, fonts };
}

/** The relative static imports of a built module (`import{a}from"./chunk.js"`, `import"./x.js"`). */
export function moduleImports(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1]!,
  );
}

/**
 * Measures one page: fetches its HTML, then every stylesheet (and their `@import`s and fonts),
 * preload and script it references, once each.
 */
export async function measurePage(pageUrl: URL, fetch: Fetcher): Promise<PageWeight> {
  const htmlBytes = await fetch(pageUrl);
  if (!htmlBytes) throw new Error(`${pageUrl.pathname}: not found`);
  const html = Buffer.from(htmlBytes).toString('utf8');
  const parsed = parseHtml(html);
  const resources: Resource[] = [
    { url: pageUrl.pathname, kind: 'html', blocking: true, ...sizesOf(htmlBytes) },
  ];
  const missing: string[] = [];
  const seen = new Set<string>([pageUrl.href]);

  const add = async (
    href: string,
    base: URL,
    kind: Exclude<ResourceKind, 'html'>,
    blocking: boolean,
  ) => {
    const url = new URL(href, base);
    const known = resources.find((r) => r.url === url.pathname + url.search);
    if (known) {
      known.blocking ||= blocking;
      return undefined;
    }
    if (seen.has(url.href)) return undefined;
    seen.add(url.href);
    const bytes = await fetch(url);
    if (!bytes) {
      missing.push(url.pathname);
      return undefined;
    }
    const sizes = kind === 'font' ? fontSizes(bytes) : sizesOf(bytes);
    resources.push({ url: url.pathname + url.search, kind, blocking, ...sizes });
    return bytes;
  };

  // A stylesheet's fonts are fetched as soon as text needs them: count them as blocking.
  const addCss = async (href: string, base: URL, blocking: boolean): Promise<void> => {
    const bytes = await add(href, base, 'css', blocking);
    if (!bytes) return;
    const cssUrl = new URL(href, base);
    const { imports, fonts } = parseCss(Buffer.from(bytes).toString('utf8'));
    for (const imported of imports) await addCss(imported, cssUrl, blocking);
    for (const font of fonts) await add(font, cssUrl, 'font', blocking);
  };

  for (const sheet of parsed.stylesheets) await addCss(sheet.href, pageUrl, sheet.blocking);
  for (const preload of parsed.preloads) {
    if (preload.as === 'style') await addCss(preload.href, pageUrl, false);
    // A preloaded font is fetched before first render by design.
    else if (preload.as === 'font') await add(preload.href, pageUrl, 'font', true);
    else if (preload.as === 'script') await add(preload.href, pageUrl, 'js', false);
  }
  // A module's static imports (shared chunks) are fetched with it: count them too.
  const addJs = async (src: string, base: URL, blocking: boolean): Promise<void> => {
    const bytes = await add(src, base, 'js', blocking);
    if (!bytes) return;
    const jsUrl = new URL(src, base);
    for (const imported of moduleImports(Buffer.from(bytes).toString('utf8'))) {
      await addJs(imported, jsUrl, blocking);
    }
  };
  for (const script of parsed.scripts) await addJs(script.src, pageUrl, script.blocking);

  const sum = (list: Sizes[]): Sizes => ({
    raw: list.reduce((n, s) => n + s.raw, 0),
    gzip: list.reduce((n, s) => n + s.gzip, 0),
    brotli: list.reduce((n, s) => n + s.brotli, 0),
  });
  const inlineJs = parsed.inlineScripts.length
    ? sizesOf(parsed.inlineScripts.join('\n'))
    : { raw: 0, gzip: 0, brotli: 0 };
  const externalJs = resources.filter((r) => r.kind === 'js');
  return {
    path: pageUrl.pathname,
    resources,
    inlineJs,
    total: sum(resources),
    requestsBeforeReadable: resources.filter((r) => r.blocking).length,
    js: sum([inlineJs, ...externalJs]),
    blockingScripts: externalJs.filter((r) => r.blocking).map((r) => r.url),
    missing,
  };
}

/** The budget a page's first-render gzip total must meet. */
export function pageBudget(path: string): number {
  if (!isArticlePath(path)) return READER_BUDGETS.pageGzip;
  return isEditionArticlePath(path)
    ? READER_BUDGETS.editionArticleGzip
    : READER_BUDGETS.articleGzip;
}

/** True for an article of the Hindi or Russian edition (`/hi/articles/…`, under any base path). */
export function isEditionArticlePath(path: string): boolean {
  return /(^|\/)(hi|ru)\/articles\/[^/]+\/$/.test(path);
}

export function isArticlePath(path: string): boolean {
  return /\/articles\/[^/]+\/$/.test(path);
}

/** The path of every article page, from the sitemap (its URLs carry SITE_URL's origin: keep paths). */
export async function articlePaths(origin: URL, fetch: Fetcher): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!);
  const index = await fetch(new URL('sitemap-index.xml', origin));
  if (!index) throw new Error('no sitemap-index.xml: cannot list the articles');
  const paths: string[] = [];
  for (const sitemap of locs(Buffer.from(index).toString('utf8'))) {
    const bytes = await fetch(new URL(new URL(sitemap).pathname, origin));
    if (!bytes) throw new Error(`sitemap ${sitemap} is listed but missing`);
    for (const loc of locs(Buffer.from(bytes).toString('utf8'))) {
      const path = new URL(loc).pathname;
      if (isArticlePath(path)) paths.push(path);
    }
  }
  return paths.sort();
}
