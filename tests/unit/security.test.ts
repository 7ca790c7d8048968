import { describe, expect, it } from 'vitest';
import { findRedirects, pageLastModified, redirectTarget } from '../../src/lib/built-pages';
import {
  CSP_DIRECTIVES,
  headerSecurityPolicy,
  headersFile,
  redirectsFile,
  SCRIPT_SOURCES,
} from '../../src/lib/security';

describe('the Content-Security-Policy', () => {
  it('allows nothing inline by default', () => {
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
    const file = headersFile('/relos/', ['index.html', '_astro/a.js', 'status/index.html']);
    expect(file).toMatch(
      /^\/relos\/status\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'/m,
    );
    expect(file).toMatch(
      /^\/relos\/_astro\/\*\n(?: {2}.*\n)*? {2}Cache-Control: public, max-age=31536000, immutable$/m,
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
    // Each edition's 404 page, by wildcard, after the redirects.
    expect(redirectsFile(rules, '/relos/', ['hi', 'ru'])).toMatch(
      /\/relos\/articles\/new\/ 301\n#[^\n]*\n\/relos\/hi\/\* \/relos\/hi\/404\.html 404\n\/relos\/ru\/\* \/relos\/ru\/404\.html 404\n$/,
    );
  });

  it('reads an article page’s last change from its head', () => {
    const published = '<meta property="article:published_time" content="2026-11-25T00:00:00.000Z">';
    const modified = '<meta property="article:modified_time" content="2026-12-01T00:00:00.000Z">';
    expect(pageLastModified(published + modified)).toBe('2026-12-01T00:00:00.000Z');
    expect(pageLastModified(published)).toBe('2026-11-25T00:00:00.000Z');
    expect(pageLastModified('<p>none</p>')).toBeUndefined();
  });
});
