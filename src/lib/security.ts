/**
 * The Content-Security-Policy and the other security headers: one definition, used by the
 * `<meta>` policy in every page (for hosts that cannot set headers, such as GitHub Pages) and by
 * the `_headers` file written for Netlify and Cloudflare Pages. Each page's own hashes are the
 * build's (src/integrations/page-policy.ts).
 */
import { TRANSLATED_LANGS, type TranslatedLang } from '../i18n/locales';

/**
 * The policy's directives besides `script-src` and `style-src`: everything comes from the site
 * itself, nothing loads from another host. Astro writes the policy into every page as a
 * `<meta>` (astro.config.ts, `security.csp`), adding `script-src` and `style-src` with the hash
 * of every inline stylesheet and script it emits, so no inline code runs unless it is listed.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** `script-src` sources: the site's files, and WebAssembly for the search index (no JavaScript eval). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy a host sends as a header, on top of each page's `<meta>` policy: what a `<meta>`
 * cannot carry. A browser enforces both; the page's own policy restricts scripts and styles.
 * `framing` says who may frame the page: no one, or (embeds only) any site.
 */
export function headerSecurityPolicy(framing: 'none' | 'any' = 'none'): string {
  // Directives that restrict no fetch (so they never block what the page's own policy allows),
  // taken from the one list of directives.
  const unblocking = CSP_DIRECTIVES.filter((d) => /^(object-src|base-uri) /.test(d));
  const ancestors = framing === 'none' ? "frame-ancestors 'none'" : 'frame-ancestors *';
  return [ancestors, ...unblocking, 'upgrade-insecure-requests'].join('; ');
}

/** Headers for every response on hosts that read a `_headers` file, whatever its path. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The headers that refuse framing: every path but the embeds'. */
export const REFUSE_FRAMING: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerSecurityPolicy('none'),
  'X-Frame-Options': 'DENY',
};

/** The embeds' framing headers: any site may frame them (and no `X-Frame-Options`). */
export const ALLOW_FRAMING: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerSecurityPolicy('any'),
};

/** How long a response may be kept: by the folder it is in. */
const CACHE = {
  // HTML, feeds and the sitemap: short, so corrections reach readers within minutes.
  short: { 'Cache-Control': 'public, max-age=300, must-revalidate' },
  hashed: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  day: { 'Cache-Control': 'public, max-age=86400' },
} as const;

/** The folders whose responses are kept longer than the HTML's five minutes. */
const FOLDER_CACHE: Readonly<Record<string, Record<string, string>>> = {
  _astro: CACHE.hashed,
  og: CACHE.day,
};

/** Extra headers of a folder: oEmbed responses may be read by a script on any site. */
const FOLDER_EXTRA: Readonly<Record<string, Record<string, string>>> = {
  oembed: { 'Access-Control-Allow-Origin': '*' },
};

/** The folder the embeds live in, in each edition. */
const EMBED_FOLDER = 'embed';

/** The most rules Cloudflare Pages reads from a `_headers` file. */
export const MAX_HEADER_RULES = 100;

/**
 * The `_headers` file for Netlify and Cloudflare Pages. `base` is the site's base path (`/` or
 * `/relos/`); `files` the built files, relative to the output folder (`status/index.html`).
 *
 * Only the embeds (`embed/` and `<lang>/embed/`) may be framed by other sites. The two hosts
 * combine the rules that match one path differently: Cloudflare joins the values of a header set
 * by two rules with a comma (for two policies, both apply: `'none'` would win), Netlify's engine
 * keeps the later rule's. So the framing headers are never in two rules that can match one path:
 * `/*` has what every response gets; the root, each edition's root, each HTML file at either and
 * each folder (an edition's `embed/` apart) has a rule that refuses framing or, for `embed/`,
 * allows it. Caching is by folder, and where two rules can match one path (an address of one
 * segment, `/status/`) they give the same value. Throws past Cloudflare's limit of rules.
 */
export function headersFile(base: string, files: readonly string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, ...groups: Readonly<Record<string, string>>[]) =>
    [
      path,
      ...groups.flatMap((headers) =>
        Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
      ),
    ].join('\n');
  /** The folders and the HTML files directly in a folder (`''` is the root), sorted. */
  const inFolder = (parent: string) => {
    const entries = files
      .filter((file) => file.startsWith(parent))
      .map((file) => file.slice(parent.length).split('/'));
    const unique = (names: string[]) => [...new Set(names)].sort();
    return {
      folders: unique(entries.filter((parts) => parts.length > 1).map((parts) => parts[0]!)),
      pages: unique(
        entries
          .filter((parts) => parts.length === 1 && parts[0]!.endsWith('.html'))
          .map((parts) => parts[0]!),
      ),
    };
  };
  const editions = TRANSLATED_LANGS.filter((lang) => inFolder('').folders.includes(lang));
  /** The rules of an edition's folder (`''` for the root, `hi/`): its pages, then its folders. */
  const rulesFor = (prefix: string): string[] => {
    const { folders, pages } = inFolder(prefix);
    return [
      block(`${root}${prefix}`, REFUSE_FRAMING, CACHE.short),
      // Files at this level: feeds, the sitemap, icons (and, on Netlify, `/status/` too).
      block(`${root}${prefix}:file`, CACHE.short),
      ...pages.map((page) => block(`${root}${prefix}${page}`, REFUSE_FRAMING)),
      ...folders
        .filter((folder) => prefix !== '' || !editions.includes(folder as TranslatedLang))
        .map((folder) =>
          folder === EMBED_FOLDER
            ? block(`${root}${prefix}${folder}/*`, ALLOW_FRAMING, CACHE.short)
            : block(
                `${root}${prefix}${folder}/*`,
                REFUSE_FRAMING,
                FOLDER_CACHE[folder] ?? CACHE.short,
                FOLDER_EXTRA[folder] ?? {},
              ),
        ),
    ];
  };
  const rules = [
    block(`${root}*`, SECURITY_HEADERS),
    ...rulesFor(''),
    ...editions.flatMap((edition) => rulesFor(`${edition}/`)),
  ];
  if (rules.length > MAX_HEADER_RULES) {
    throw new Error(
      `_headers: ${rules.length} rules, more than the ${MAX_HEADER_RULES} Cloudflare Pages reads: ` +
        'the site has too many top-level folders (src/lib/security.ts writes a rule per folder)',
    );
  }
  return [
    '# Written by the build (src/lib/security.ts): edit that file, not this one.',
    '# Only embed/ may be framed; no framing header is in two rules that match one path.',
    ...rules,
    '',
  ].join('\n\n');
}

/**
 * The `_redirects` file: each retired address answers 301 with its new address (paths under the
 * base); then, for Netlify, each translated edition's addresses that match no file answer 404
 * with that edition's own page (`/ru/404.html`). Netlify applies such a rule only where no file
 * is; Cloudflare Pages, which reads the same file, skips a 404 line (it takes only redirects) and
 * serves the nearest `404.html` by itself. The 404 lines come last: they match by wildcard.
 */
export function redirectsFile(
  redirects: ReadonlyMap<string, string>,
  base = '/',
  editions: readonly string[] = [],
): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    "# Written by the build from its redirect pages (articles' `aliases`): edit the articles, not this file.",
    ...[...redirects].map(([from, to]) => `${from} ${to} 301`),
    ...(editions.length > 0
      ? [
          "# Each edition's own 404 page, on Netlify (Cloudflare Pages finds it by itself and skips these lines).",
          ...editions.map((lang) => `${root}${lang}/* ${root}${lang}/404.html 404`),
        ]
      : []),
    '',
  ].join('\n');
}
