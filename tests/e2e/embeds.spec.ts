import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { test as base, type Page } from '@playwright/test';
import { unfurl } from 'unfurl.js';
import { axeViolations, skippedHeadings, THEME_AND_LAYOUT_RULES } from './axe';
import { expect, test } from './fixtures';
import { hostPage, SITE } from './origins';

/**
 * Embeds, as another site uses them: framed from a second origin (tests/e2e/host-servers.ts
 * serves the built site at its own address with dist/_headers applied by Netlify's engine, and
 * a page of another origin), found through oEmbed by a consumer library from a page's address,
 * and checked as pages (axe at 300 px and in the dark, no request elsewhere, no cookie).
 */

/** Every file under dist/, as site paths: `/embed/status/index.html`. */
function built(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? built(join(dir, entry.name))
      : [`/${relative('dist', join(dir, entry.name)).split('\\').join('/')}`],
  );
}

/** Console errors of a page that is not the site's (the fixture's page allows one origin). */
function consoleOf(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`exception: ${error.message}`));
  return messages;
}

base(
  'a standard oEmbed consumer, given only a page’s address, finds the embed and its snippet, or an article’s link',
  async () => {
    const status = await unfurl(new URL('/status/', SITE).href);
    expect(status.oEmbed?.type).toBe('rich');
    const rich = status.oEmbed as { html: string; width: number; height: number; title: string };
    expect(rich.html).toContain(`<iframe src="${new URL('/embed/status/', SITE).href}"`);
    expect([rich.width, rich.height]).toEqual([600, 960]);
    expect(rich.title).toBe('RELOS Explained: Where RELOS stands');

    const article = await unfurl(new URL('/ru/articles/russia-ratifies-relos/', SITE).href);
    expect(article.oEmbed).toMatchObject({
      type: 'link',
      version: '1.0',
      provider_name: 'RELOS Explained',
      author_name: 'Редакция RELOS Explained',
      thumbnails: [
        {
          url: new URL('/og/ru/articles/russia-ratifies-relos.png', SITE).href,
          width: 1200,
          height: 630,
        },
      ],
    });
    expect(article.oEmbed?.title).toBe(article.title);
  },
);

base(
  'an embed framed by another site renders, takes the height it posts and follows the reader’s theme; a normal page is refused',
  async ({ page }) => {
    const messages = consoleOf(page);
    // The snippet as a consumer gets it from the page's address, pasted into another site.
    const { oEmbed } = await unfurl(new URL('/timeline/', SITE).href);
    const html = (oEmbed as { html: string }).html;
    await page.setViewportSize({ width: 600, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(hostPage(html));
    const frame = page.locator('iframe[data-relos-embed]');
    const inside = page.frameLocator('iframe[data-relos-embed]');
    await expect(inside.locator('h1')).toHaveText('How RELOS came about');
    await expect(inside.locator('.timeline-event')).toHaveCount(21);

    // The snippet's fixed height, then the one the embed posts: its own content's.
    expect(await frame.getAttribute('height')).toBe('1200');
    await expect(frame).toHaveAttribute('style', /height: \d+px/);
    const posted = Number((await frame.evaluate((f) => f.style.height)).replace('px', ''));
    const content = await inside
      .locator('body')
      .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    expect(posted).toBe(content);
    expect(posted).toBeGreaterThan(1200);
    expect((await frame.boundingBox())!.height).toBeCloseTo(posted, 0);
    // Nothing scrolls inside the frame: all of the embed shows.
    expect(
      await inside.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight),
    ).toBeLessThanOrEqual(0);

    // Light and dark follow the reader's system setting, with no script of ours deciding.
    const colours = () =>
      inside.locator('body').evaluate((body) => {
        const style = getComputedStyle(body);
        return [style.backgroundColor, style.color];
      });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(dark[0]).not.toBe(light[0]);
    expect(dark[1]).not.toBe(light[1]);
    // Links open outside the frame.
    expect(await inside.locator('base').getAttribute('target')).toBe('_blank');
    expect(messages).toEqual([]);

    // The same site framing a normal page: the browser refuses it.
    await page.goto(
      hostPage(`<iframe src="${new URL('/status/', SITE).href}" title="Status"></iframe>`),
    );
    await expect
      .poll(() => messages.join('\n'))
      .toMatch(/Framing 'http:\/\/localhost:4321\/' violates .*"frame-ancestors 'none'"/);
    await expect(page.frameLocator('iframe').locator('main')).toHaveCount(0);
  },
);

test('the hosts’ headers let any site frame the embeds and refuse framing everywhere else, set once each', async ({
  request,
}) => {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: ['dist/_headers'],
    minimal: false,
    configHeaders: [],
  });
  expect(errors).toEqual([]);
  const rules = headers as Header[];
  // Pages (framing a feed or an image is harmless, and not refused by name).
  const paths = built()
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.replace(/index\.html$/, ''));
  expect(paths.length).toBeGreaterThan(250);
  for (const path of paths) {
    const framing = rules
      .filter((rule) => rule.forRegExp.test(path))
      .flatMap((rule) => Object.entries(rule.values as Record<string, string>))
      .filter(([name]) => /^(content-security-policy|x-frame-options)$/i.test(name));
    const embed = /^\/(?:(?:hi|ru)\/)?embed\//.test(path);
    expect(framing, path).toEqual(
      embed
        ? [['Content-Security-Policy', expect.stringMatching(/^frame-ancestors \*;/)]]
        : [
            ['Content-Security-Policy', expect.stringMatching(/^frame-ancestors 'none';/)],
            ['X-Frame-Options', 'DENY'],
          ],
    );
  }
  // As a host sends them (tests/e2e/host-servers.ts applies the file with Netlify's engine).
  const page = await request.get(new URL('/ru/status/', SITE).href);
  expect(page.headers()['x-frame-options']).toBe('DENY');
  const embed = await request.get(new URL('/ru/embed/status/', SITE).href);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['content-security-policy']).toMatch(/^frame-ancestors \*;/);
  expect(embed.headers()['set-cookie']).toBeUndefined();
});

/** The fields the oEmbed specification requires, by type (oembed.com, 2.3.4). */
const REQUIRED: Record<string, string[]> = {
  photo: ['url', 'width', 'height'],
  video: ['html', 'width', 'height'],
  rich: ['html', 'width', 'height'],
  link: [],
};

test('every oEmbed response has what the specification requires, and every embed and article names its own', () => {
  const responses = built().filter((path) => path.startsWith('/oembed/'));
  const pages = built().filter((path) =>
    /^\/(?:(?:hi|ru)\/)?(?:embed|articles)\/.*index\.html$/.test(path),
  );
  // 67 embeds in each of three editions, and each article page of each edition.
  expect(responses.length).toBe(pages.length);
  expect(responses.filter((path) => path.includes('/embed/'))).toHaveLength(3 * 67);
  for (const path of responses) {
    const json = JSON.parse(readFileSync(`dist${path}`, 'utf8')) as Record<string, unknown>;
    expect(json['version'], path).toBe('1.0');
    for (const field of ['type', ...(REQUIRED[json['type'] as string] ?? ['?'])])
      expect(json[field], `${path} ${field}`).toBeTruthy();
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
      if (field in json) expect(Number.isInteger(json[field]), `${path} ${field}`).toBe(true);
    for (const field of ['thumbnail_url', 'author_url', 'provider_url'])
      expect(new URL(json[field] as string).origin, `${path} ${field}`).toBe(SITE.origin);
    expect(json['type'], path).toBe(path.includes('/embed/') ? 'rich' : 'link');
  }
  for (const path of pages) {
    const html = readFileSync(`dist${path}`, 'utf8');
    const link = /<link rel="alternate" type="application\/json\+oembed"[^>]* href="([^"]+)"/.exec(
      html,
    );
    const page = path.replace(/index\.html$/, '');
    expect(link?.[1], path).toBe(new URL(`/oembed${page.replace(/\/$/, '')}.json`, SITE).href);
    if (page.includes('/embed/')) {
      const json = JSON.parse(readFileSync(`dist${new URL(link![1]!).pathname}`, 'utf8'));
      expect(json.html, path).toContain(`<iframe src="${new URL(page, SITE).href}"`);
    }
  }
});

/** Each kind of embed in each edition: the lists, and one item of each kind. */
const SWEEP = ['', '/hi', '/ru'].flatMap((edition) =>
  [
    '/embed/status/',
    '/embed/status/india-approval/',
    '/embed/timeline/',
    '/embed/timeline/2025/',
    '/embed/timeline/2025-12-02-duma-ratifies/',
    '/embed/key-figures/',
    '/embed/what-it-allows/port-call-notice/',
  ].map((path) => `${edition}${path}`),
);

test('each kind of embed in each edition: accessible at 300 px and in the dark, one h1, no overflow, no script file, no cookie, no request elsewhere', async ({
  page,
  request,
  context,
}) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  const links = new Set<string>();
  for (const path of SWEEP) {
    await page.setViewportSize({ width: 300, height: 700 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
    failures.push(...(await axeViolations(page, `${path} [light, 300 px]`)));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 0) failures.push(`${path}: ${overflow}px wider than 300 px`);
    for (const [selector, count] of [
      ['h1', 1],
      ['main', 1],
      ['body > header', 0],
      ['script[src]', 0],
      ['.embed-credit time', 1],
    ] as const) {
      const found = await page.locator(selector).count();
      if (found !== count) failures.push(`${path}: ${found} × ${selector}, expected ${count}`);
    }
    for (const skip of await skippedHeadings(page)) failures.push(`${path}: heading ${skip}`);
    await page.setViewportSize({ width: 600, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    failures.push(...(await axeViolations(page, `${path} [dark, 600 px]`, THEME_AND_LAYOUT_RULES)));
    if ((await page.evaluate(() => localStorage.length)) > 0)
      failures.push(`${path}: wrote to localStorage`);
    for (const href of await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      url.hash = '';
      if (url.origin === new URL(page.url()).origin) links.add(url.href);
    }
  }
  for (const url of links) {
    const status = (await request.get(url)).status();
    if (status !== 200) failures.push(`${url}: status ${status}`);
  }
  expect(await context.cookies()).toEqual([]);
  expect(failures).toEqual([]);
});

test('“Embed this” gives the snippet the oEmbed response gives, copies it, and previews the embed at its own height', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/hi/status/');
  // The page's own (each step has one too, above it).
  const box = page.locator('details.embed-this').last();
  await box.locator('summary').click();
  const field = box.getByLabel('अपने पेज में चिपकाने के लिए कोड');
  const json = JSON.parse(readFileSync('dist/oembed/hi/embed/status.json', 'utf8'));
  expect(await field.inputValue()).toBe(json.html);
  await box.getByRole('button', { name: 'कोड कॉपी करें' }).click();
  await expect(box.getByRole('status')).toHaveText('कोड कॉपी हो गया');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(json.html);
  const preview = box.locator('iframe');
  await expect(preview).toHaveAttribute('style', /height: \d+px/);
  await expect(preview.contentFrame().locator('h1')).toHaveText('RELOS की मौजूदा स्थिति');
  // Open, the box passes axe too (the sweep sees it closed).
  expect(await axeViolations(page, '/hi/status/ with "Embed this" open')).toEqual([]);
  // Each step has its own.
  await expect(page.locator('.status-step details.embed-this')).toHaveCount(11);
});

base(
  'without JavaScript the snippet is still there to select, and no copy button pretends',
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/ru/timeline/');
    const box = page.locator('details.embed-this').first();
    await box.locator('summary').click();
    await expect(box.locator('textarea')).toHaveValue(
      /^<iframe src="http:\/\/localhost:4321\/ru\/embed\/timeline\/"/,
    );
    await expect(box.getByRole('button')).toHaveCount(0);
    await context.close();
  },
);
