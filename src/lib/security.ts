/**
 * The Content-Security-Policy and the other security headers: one definition, used by the
 * `<meta>` policy in every page (for hosts that cannot set headers, such as GitHub Pages) and by
 * the `_headers` file written for Netlify and Cloudflare Pages. Each page's own hashes are the
 * build's (src/integrations/page-policy.ts).
 */

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
 */
export function headerSecurityPolicy(): string {
  // Directives that restrict no fetch (so they never block what the page's own policy allows),
  // taken from the one list of directives.
  const unblocking = CSP_DIRECTIVES.filter((d) => /^(object-src|base-uri) /.test(d));
  return ["frame-ancestors 'none'", ...unblocking, 'upgrade-insecure-requests'].join('; ');
}

/** Headers for every response on hosts that read a `_headers` file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The `_headers` file for Netlify and Cloudflare Pages: security headers everywhere, long-lived
 * caching for hashed build assets, short caching for HTML and feeds so updates reach readers.
 * `base` is the site's base path (`/` or `/relos/`).
 */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (src/lib/security.ts): edit that file, not this one.',
    block(`${root}*`, {
      'Content-Security-Policy': headerSecurityPolicy(),
      ...SECURITY_HEADERS,
      // HTML, feeds and the sitemap: short, so corrections reach readers within minutes.
      'Cache-Control': 'public, max-age=300, must-revalidate',
    }),
    block(`${root}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    block(`${root}og/*`, { 'Cache-Control': 'public, max-age=86400' }),
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
