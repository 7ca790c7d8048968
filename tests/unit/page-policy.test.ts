import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  INLINE_SCRIPT_HASHES,
  inlineScripts,
  narrowPagePolicy,
} from '../../src/integrations/page-policy';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme';

describe('the site’s own inline scripts', () => {
  it('are allowed by their SHA-256 hash: only the theme script', () => {
    const digest = createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64');
    expect(cspHash(THEME_INIT_SCRIPT)).toBe(`sha256-${digest}`);
    expect(INLINE_SCRIPT_HASHES).toEqual([`sha256-${digest}`]);
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

  it('reads the page as a browser does: tag-like text in an attribute or a comment is no script', () => {
    const hostile = '</script><script>alert(1)</script>';
    const body =
      `<h1 data-title="${hostile}">Title</h1><meta property="og:title" content="${hostile}">` +
      `<!-- <script>steal()</script> --><p title='<style>p{}</style>'>text</p>`;
    expect(inlineScripts(page(body))).toEqual([]);
    const html = narrowPagePolicy(page(body), (css) => css);
    expect(html).toContain(body);
    expect(policyOf(html)).toBe(
      `default-src 'self'; img-src 'self'; script-src 'self'; style-src 'self' ${q(style)}`,
    );
  });

  it('still finds a real script beside such text, and fails when the policy does not list it', () => {
    const body = `<p title="<script>ok()</script>">x</p><script>alert(1)</script>`;
    expect(inlineScripts(page(body))).toEqual(['alert(1)']);
    expect(() => narrowPagePolicy(page(body), (css) => css)).toThrow(
      /an inline <script> the build did not write .*alert\(1\)/,
    );
  });

  it('ends a script where the browser ends it, and hashes the text the browser runs', () => {
    // In a script, "<!--<script>" makes the next "</script>" part of the text (the standard's
    // "double escaped" state): a regular expression stopped at the first one.
    const code = `x = "<!--<script>"; </script> y()`;
    expect(inlineScripts(`<script>${code}</script><p>after</p>`)).toEqual([code]);
    expect(inlineScripts('<SCRIPT TYPE=" Module ">m()</SCRIPT >')).toEqual(['m()']);
  });

  it('counts a script in a <template> (a clone of it runs), not one with src or a data type', () => {
    expect(
      inlineScripts(
        '<template><script>cloned()</script></template><script src="/x.js"></script>' +
          '<script type="application/ld+json">{"a":"</p>"}</script><script type="text/plain">no()</script>',
      ),
    ).toEqual(['cloned()']);
    expect(() =>
      narrowPagePolicy(page('<template><script>cloned()</script></template>'), (css) => css),
    ).toThrow(/did not write .*cloned\(\)/);
  });

  it('keeps a JSON-LD block that holds tag-like text as data, untouched', () => {
    const ld = '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"}';
    const html = narrowPagePolicy(
      page(`<script type="application/ld+json">${ld}</script>`),
      (css) => css,
    );
    expect(html).toContain(`<script type="application/ld+json">${ld}</script>`);
    expect(policyOf(html)).toMatch(/script-src 'self';/);
  });

  it('refuses a <noscript> holding inline code, which it does not read as markup', () => {
    expect(() =>
      narrowPagePolicy(page('<noscript><style>.x{}</style></noscript>'), (css) => css),
    ).toThrow(/<noscript> holds a <script> or <style>/);
    expect(
      narrowPagePolicy(page('<noscript><p>No scripts</p></noscript>'), (css) => css),
    ).toContain('<noscript><p>No scripts</p></noscript>');
  });

  it('restyles a stylesheet in place, keeping its tag and attributes', () => {
    const html = narrowPagePolicy(page(`<style media="print" data-x=">">${style}</style>`), (css) =>
      css.replace('red', 'blue'),
    );
    expect(html).toContain('<style media="print" data-x=">">.a{color:blue}</style>');
    expect(policyOf(html)).toContain(q('.a{color:blue}'));
  });
});
