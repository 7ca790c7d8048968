import { HtmlValidate } from 'html-validate/node';
import { readFileSync } from 'node:fs';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme';
import { expect, test } from './fixtures';
import { allPages } from './pages';

test('every page is valid HTML (html-validate, zero errors)', async ({ request }) => {
  const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
  const failures: string[] = [];
  for (const path of await allPages(request)) {
    const report = await validator.validateString(await (await request.get(path)).text(), path);
    for (const result of report.results) {
      for (const message of result.messages)
        failures.push(
          `${path}:${message.line}:${message.column} ${message.message} (${message.ruleId})`,
        );
    }
  }
  expect(failures).toEqual([]);
});

test('no page has inline handlers or javascript: URLs; new tabs carry rel="noopener"', async ({
  request,
}) => {
  for (const path of await allPages(request)) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html, path).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
    for (const [tag] of html.matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)) {
      expect(tag, path).toMatch(/rel="[^"]*noopener/);
    }
    expect(html, path).toContain('<meta http-equiv="Content-Security-Policy"');
    // Every script the page runs is a file from the site; the one inline script is the theme
    // script, whose hash the policy lists.
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(attributes!)) continue;
      if (body!.trim() === THEME_INIT_SCRIPT) continue;
      expect(body!.trim(), `${path}: inline script <script${attributes}>`).toBe('');
    }
  }
});

test('the build writes host headers and redirect rules', () => {
  // astro preview does not serve these host files, so they are read from the build output.
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toMatch(
    /Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
  );
  expect(headers).not.toMatch(/script-src[^;\n]*unsafe-inline/);
  for (const name of [
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy:',
    'Permissions-Policy:',
    "frame-ancestors 'none'",
    'Strict-Transport-Security:',
  ]) {
    expect(headers).toContain(name);
  }
  expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  expect(readFileSync('dist/_redirects', 'utf8')).toMatch(/^# Written by the build/);
});
