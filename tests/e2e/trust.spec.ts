import { HtmlValidate } from 'html-validate/node';
import { createHash } from 'node:crypto';
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
    // Every inline style and script runs because the page's own policy lists its hash, and the
    // policy lists nothing else: no hash of another page's code.
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    expect(policy, `${path}: its Content-Security-Policy`).toBeDefined();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    const onPage = new Set<string>();
    for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) onPage.add(hash(css!));
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(attributes!) || body === '') continue;
      expect(attributes, `${path}: inline script <script${attributes}>`).toMatch(
        /^( type="module")?$/,
      );
      onPage.add(hash(body!));
    }
    expect(onPage.has(hash(THEME_INIT_SCRIPT)), `${path}: the theme script`).toBe(true);
    const listed = new Set(policy!.match(/'sha256-[^']+'/g));
    expect([...listed].sort(), `${path}: the hashes in its policy`).toEqual([...onPage].sort());
  }
});

test('the build writes host headers and redirect rules', () => {
  // astro preview does not serve these host files, so they are read from the build output.
  const headers = readFileSync('dist/_headers', 'utf8');
  // Only what a <meta> policy cannot carry: each page's own policy governs scripts and styles.
  expect(headers).toMatch(/Content-Security-Policy: frame-ancestors 'none'/);
  expect(headers).not.toMatch(/unsafe-inline|script-src|style-src/);
  for (const name of [
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy:',
    'Permissions-Policy:',
    "frame-ancestors 'none'",
    'Strict-Transport-Security:',
  ]) {
    expect(headers).toContain(name);
  }
  expect(headers).toMatch(
    /^\/_astro\/\*\n(?: {2}.*\n)*? {2}Cache-Control: public, max-age=31536000, immutable$/m,
  );
  expect(readFileSync('dist/_redirects', 'utf8')).toMatch(/^# Written by the build/);
});
