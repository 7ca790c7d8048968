import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  INLINE_SCRIPT_HASHES,
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
});
