import { XMLParser } from 'fast-xml-parser';
import ogs from 'open-graph-scraper';
import { expect, test } from './fixtures';
import { sitemapPaths } from './pages';

function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every page has share metadata, valid JSON-LD and a 1200×630 share image', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThanOrEqual(12);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const { result } = await ogs({ html });
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical, path).toMatch(new RegExp(`${path}$`));
    expect(result.ogUrl, path).toBe(canonical);
    expect(result.ogTitle, path).toBeTruthy();
    expect(result.ogDescription, path).toBeTruthy();
    expect(result.ogSiteName, path).toBe('RELOS Explained');
    expect(result.twitterCard, path).toBe('summary_large_image');
    expect(html, path).toContain('type="application/rss+xml"');
    const image = result.ogImage?.[0];
    expect(image?.url, path).toMatch(/^https?:\/\/.+\.png$/);
    expect([image?.width, image?.height].map(Number), path).toEqual([1200, 630]);
    const png = await request.get(new URL(image!.url).pathname);
    expect(png.headers()['content-type'], path).toBe('image/png');
    expect(pngSize(await png.body()), path).toEqual([1200, 630]);
    for (const [, json] of html.matchAll(
      /<script type="application\/ld\+json">([^<]*)<\/script>/g,
    )) {
      expect(() => JSON.parse(json!), path).not.toThrow();
    }
    if (path.startsWith('/articles/')) {
      expect(result.ogType, path).toBe('article');
      expect(html, path).toContain('"@type":"NewsArticle"');
      expect(html, path).toMatch(
        /<meta property="article:published_time" content="\d{4}-\d{2}-\d{2}T/,
      );
    }
  }
});

test('the RSS feed carries every article in full, and the JSON Feed agrees', async ({
  request,
}) => {
  const articles = (await sitemapPaths(request)).filter((path) => path.startsWith('/articles/'));
  const xml = await (await request.get('/rss.xml')).text();
  const rss = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: {
      channel: {
        item: {
          link: string;
          guid: { '#text': string };
          pubDate: string;
          'content:encoded': string;
          category: string[];
        }[];
        lastBuildDate: string;
      };
    };
  };
  const items = rss.rss.channel.item;
  expect(items.map((item) => new URL(item.link).pathname).sort()).toEqual([...articles].sort());
  expect(Number.isNaN(Date.parse(rss.rss.channel.lastBuildDate))).toBe(false);
  for (const item of items) {
    expect(item.guid['#text']).toBe(item.link);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    const content = item['content:encoded'];
    expect(content.length, item.link).toBeGreaterThan(3000);
    expect(content).toContain('<h2>Sources</h2>');
    expect(content).not.toMatch(/<script|(href|src)="(\/|#)/);
    expect(item.category.length).toBeGreaterThanOrEqual(2);
  }

  const json = (await (await request.get('/feed.json')).json()) as {
    version: string;
    items: { url: string; content_html: string }[];
  };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.map((item) => item.url)).toEqual(items.map((item) => item.link));
  expect(json.items.map((item) => item.content_html)).toEqual(
    items.map((item) => item['content:encoded']),
  );
});

test('the feed opened in a browser is a readable page about subscribing', async ({ page }) => {
  await page.goto('/rss.xml');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('RELOS Explained');
  await expect(page.getByText('This is a web feed.')).toBeVisible();
  await expect(
    page.getByRole('link', { name: "Russia's parliament ratifies RELOS, and what happened next" }),
  ).toBeVisible();
});

test('robots.txt names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('the share bar copies the link and announces it; plain share links need no script', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/articles/russia-ratifies-relos/');
  const bar = page.getByRole('group', { name: 'Share this article' }).first();
  await bar.getByRole('button', { name: 'Copy link' }).click();
  await expect(bar.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/articles\/russia-ratifies-relos\/$/,
  );
  for (const name of ['Email', 'WhatsApp', 'Telegram', 'X', 'LinkedIn']) {
    await expect(bar.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute(
      'href',
      /^(mailto:|https:\/\/)/,
    );
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the share bar keeps its plain links and hides the buttons that need a script', async ({
    page,
  }) => {
    await page.goto('/articles/russia-ratifies-relos/');
    const bar = page.getByRole('group', { name: 'Share this article' }).first();
    await expect(bar.getByRole('button')).toHaveCount(0);
    await expect(bar.getByRole('link', { name: /^Email/ })).toBeVisible();
  });
});
