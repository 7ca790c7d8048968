import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findRedirects, pageLastModified, redirectTarget } from '../../src/lib/built-pages';
import {
  CSP_DIRECTIVES,
  headerSecurityPolicy,
  headersFile,
  INLINE_SCRIPT_HASHES,
  narrowPagePolicy,
  redirectsFile,
  SCRIPT_SOURCES,
  cspHash,
} from '../../src/lib/security';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme';

describe('the Content-Security-Policy', () => {
  it('allows the theme script by its SHA-256 hash, and nothing inline by default', () => {
    const digest = createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64');
    expect(cspHash(THEME_INIT_SCRIPT)).toBe(`sha256-${digest}`);
    expect(INLINE_SCRIPT_HASHES).toEqual([`sha256-${digest}`]);
    expect(SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-inline|\*/);
  });

  it('sends as a header only what a <meta> policy cannot carry, so it never blocks the page’s own', () => {
    const header = headerSecurityPolicy();
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/(script|style|default)-src/);
  });

  it('is written into _headers under the base path, with cache rules for hashed assets', () => {
    const file = headersFile('/relos/');
    expect(file).toMatch(/^\/relos\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'/m);
    expect(file).toMatch(
      /^\/relos\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m,
    );
  });
});

describe('a page’s own policy', () => {
  const q = (code: string) => `'${cspHash(code)}'`;
  const [script, other, style, data] = [
    'run()',
    'elsewhere()',
    '.a{color:red}',
    '{"@type":"Thing"}',
  ];
  const sitePolicy = `default-src 'self';img-src 'self'; script-src 'self' ${q(script)} ${q(other)}; style-src 'self' ${q(style)} ${q('.b{}')}`;
  const page = (body: string) =>
    `<head><meta http-equiv="content-security-policy" content="${sitePolicy}"><style>${style}</style>` +
    `<script type="application/ld+json">${data}</script></head><body>${body}</body>`;
  const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;

  it('lists only the hashes of this page’s code, each stylesheet by its hash once restyled', () => {
    let scripts: readonly string[] = [];
    const html = narrowPagePolicy(page(`<script type="module">${script}</script>`), (css, code) => {
      scripts = code;
      return css.replace('red', 'blue');
    });
    expect(scripts).toEqual([script]);
    expect(html).toContain('<style>.a{color:blue}</style>');
    expect(policyOf(html)).toBe(
      `default-src 'self'; img-src 'self'; script-src 'self' ${q(script)}; style-src 'self' ${q('.a{color:blue}')}`,
    );
    // A data block is not code: it needs no hash, and the page keeps it as it was.
    expect(html).toContain(`<script type="application/ld+json">${data}</script>`);
  });

  it('fails on inline code the site’s policy does not list', () => {
    expect(() => narrowPagePolicy(page('<script>steal()</script>'), (css) => css)).toThrow(
      /an inline <script> the build did not write .*steal\(\)/,
    );
    expect(() => narrowPagePolicy('<p>no policy</p>', (css) => css)).toThrow(
      /no Content-Security-Policy/,
    );
  });
});

describe('redirects from built pages', () => {
  const redirect = (to: string) =>
    `<html><head><link rel="canonical" href="${to}"><meta http-equiv="refresh" content="0; url=${to}"></head></html>`;

  it('reads each redirect page and writes a 301 rule under the base path', () => {
    const site = new Map<string, string | null>([
      ['articles/new/index.html', '<html><head><title>New</title></head></html>'],
      ['articles/old/index.html', redirect('https://example.org/relos/articles/new/')],
      ['og/x.png', null],
    ]);
    const rules = findRedirects(site, '/relos/');
    expect([...rules]).toEqual([['/relos/articles/old/', '/relos/articles/new/']]);
    expect(redirectsFile(rules)).toMatch(
      /\n\/relos\/articles\/old\/ \/relos\/articles\/new\/ 301\n$/,
    );
    expect(redirectTarget('<p>no redirect</p>')).toBeUndefined();
  });

  it('reads an article page’s last change from its head', () => {
    const published = '<meta property="article:published_time" content="2026-11-25T00:00:00.000Z">';
    const modified = '<meta property="article:modified_time" content="2026-12-01T00:00:00.000Z">';
    expect(pageLastModified(published + modified)).toBe('2026-12-01T00:00:00.000Z');
    expect(pageLastModified(published)).toBe('2026-11-25T00:00:00.000Z');
    expect(pageLastModified('<p>none</p>')).toBeUndefined();
  });
});
