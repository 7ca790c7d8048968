import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { VISIT_STORAGE_KEY } from '../../src/lib/last-visit.ts';
import { expect, test } from './fixtures';
import { sitemapPaths } from './pages';

/** Stores a previous visit before any script of the page runs, as a returning reader has. */
async function returningReader(page: Page, previous: string): Promise<void> {
  const at = Date.parse(previous);
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [VISIT_STORAGE_KEY, JSON.stringify({ previous: at, last: at })],
  );
}

/** The days of every entry on /updates/, by id. */
async function updateDays(page: Page): Promise<Map<string, string>> {
  const pairs = await page
    .locator('.update-entry')
    .evaluateAll((items) => items.map((li) => [li.id, li.getAttribute('data-updated') ?? '']));
  return new Map(pairs as [string, string][]);
}

const marked = (page: Page) => page.locator('[data-new-mark]', { hasText: 'New' });

test("the status page lists both countries' steps from the data, each checked and linkable", async ({
  page,
}) => {
  await page.goto('/status/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where RELOS stands');
  await expect(page.locator('.status-asof')).toHaveText(
    /^Checked \d{1,2} \w+ 20\d\d\. The latest step we could confirm is dated 15 December 2025\.$/,
  );
  const steps = page.locator('.status-step');
  expect(await steps.count()).toBeGreaterThanOrEqual(11);
  for (const country of ['Russia', 'India', 'Both countries']) {
    await expect(steps.locator('.status-country', { hasText: country }).first()).toBeVisible();
  }
  for (const step of await steps.all()) {
    await expect(step).toHaveAttribute('id', /^[a-z0-9-]+$/);
    await expect(step.locator('.status-checked')).toContainText('Last checked');
    await expect(step.getByRole('link', { name: /^Link to this step/ })).toHaveAttribute(
      'href',
      /^#/,
    );
  }
  const fc = page.locator('[id="federation-council-approves"]');
  await expect(fc).toContainText('8 December');
  await expect(
    fc.getByRole('link', { name: 'Federation Council approves the ratification law' }),
  ).toHaveAttribute('href', '/timeline/#2025-12-10-federation-council-approves');
  const text = page.locator('[id="agreement-text-published"]');
  await expect(text.locator('.status-state')).toHaveText('Reported, not dated');
  await expect(text.locator('.status-date')).toHaveText('Date not known');
  await expect(page.locator('[id="in-force"] .status-state')).toHaveText('Not confirmed');
  await expect(text).toContainText('A possibility, not a confirmed fact:');
  await expect(page.locator('main')).not.toContainText(/no public source/i);
});

test('the front page leads with where it stands, linking each step to /status/', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('region', { name: 'Where RELOS stands' });
  await expect(box).toContainText('Checked');
  const first = box.getByRole('link').nth(1);
  await expect(first).toHaveAttribute('href', /^\/status\/#[a-z0-9-]+$/);
  // The status comes before the account of how Russia ratified, in reading order.
  const order = await page
    .locator('main section')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('aria-labelledby')));
  expect(order.indexOf('status')).toBeLessThan(order.indexOf('lead-title'));
  await expect(page.locator('#lead-title')).toBeVisible();
});

test('every article says when its facts were checked, and shows the log entries that touch it', async ({
  page,
}) => {
  await page.goto('/articles/russia-ratifies-relos/');
  const byline = page.locator('.article-head').getByText(/Facts checked/);
  await expect(byline).toContainText('Facts checked 25 November 2026');
  const updates = page.getByRole('region', { name: 'Updates' });
  await expect(updates.getByRole('listitem').first()).toBeVisible();
  const entry = updates.getByRole('link', {
    name: /^Federation Council date: our use of 10 December/,
  });
  await expect(entry).toHaveAttribute('href', '/updates/#2026-12-01-federation-council-caveat');
  await expect(updates.getByRole('link', { name: /^Volodin's words marked/ })).toBeVisible();
  // The updated date shown is the newest log entry's that touches the article, read from the log.
  const log = load(readFileSync('content/updates.yaml', 'utf8')) as {
    date: string | Date;
    touches: { articles?: string[] };
  }[];
  const newest = log
    .filter((entry) => entry.touches.articles?.includes('russia-ratifies-relos'))
    .map((entry) => new Date(entry.date).toISOString().slice(0, 10))
    .sort()
    .at(-1)!;
  const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(newest),
  );
  await expect(page.locator('.article-head')).toContainText(`Updated ${shown}`);
});

test('the updates feeds carry one item per entry, with stable guids and dates', async ({
  page,
  request,
}) => {
  await page.goto('/updates/');
  const days = await updateDays(page);
  expect(days.size).toBeGreaterThanOrEqual(10);

  const xml = await (await request.get('/updates.xml')).text();
  const rss = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: {
      channel: {
        title: string;
        item: { link: string; guid: { '#text': string }; pubDate: string; title: string }[];
      };
    };
  };
  const items = rss.rss.channel.item;
  expect(rss.rss.channel.title).toBe('RELOS Explained: updates and corrections');
  expect(items.map((item) => new URL(item.guid['#text']).hash.slice(1))).toEqual([...days.keys()]);
  for (const item of items) {
    const id = new URL(item.link).hash.slice(1);
    expect(item.guid['#text']).toBe(item.link);
    expect(new URL(item.link).pathname).toBe('/updates/');
    expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(days.get(id));
    expect(item.title).toMatch(/^(Development|Correction|Clarification|New article): /);
  }
  expect(items.filter((item) => item.title.startsWith('Correction: ')).length).toBeGreaterThan(0);

  const json = (await (await request.get('/updates.json')).json()) as {
    version: string;
    feed_url: string;
    items: { id: string; url: string; date_published: string; content_html: string }[];
  };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(new URL(json.feed_url).pathname).toBe('/updates.json');
  expect(json.items.map((item) => item.id)).toEqual(items.map((item) => item.guid['#text']));
  for (const item of json.items) {
    expect(item.date_published.slice(0, 10)).toBe(days.get(new URL(item.id).hash.slice(1)));
    expect(item.content_html).toMatch(/<a href="https?:\/\/[^"]+">/);
  }
});

test('every page offers all four feeds for autodiscovery', async ({ request }) => {
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    for (const feed of ['rss.xml', 'feed.json', 'updates.xml', 'updates.json']) {
      expect(html, `${path}: ${feed}`).toMatch(
        new RegExp(`<link rel="alternate" type="[^"]+" title="[^"]+" href="[^"]+/${feed}"`),
      );
    }
  }
});

test('the header stays within 120 px on a phone, and every link in it can be reached', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  const header = await page.locator('body > header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(120);
  const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
  await expect(links).toHaveText([
    'Latest',
    'Status',
    'Updates',
    'Timeline',
    'What it allows',
    'Glossary',
    'Search',
    'About',
  ]);
  // Tabbing from the site name reaches each link in turn and scrolls it into view.
  await page.getByRole('link', { name: 'RELOS Explained', exact: true }).focus();
  for (const link of await links.all()) {
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toBeInViewport();
  }
});

test.describe('new since your last visit', () => {
  test('a returning reader sees what is newer than the last visit, marked in words', async ({
    page,
  }) => {
    await returningReader(page, '2026-11-26T12:00:00Z');
    await page.goto('/updates/');
    const days = await updateDays(page);
    const fresh = [...days].filter(([, day]) => day > '2026-11-26').map(([id]) => id);
    expect(fresh.length).toBeGreaterThan(0);
    for (const [id, day] of days) {
      await expect(page.locator(`[id="${id}"] [data-new-mark]`)).toHaveText(
        day > '2026-11-26' ? 'New' : '',
      );
    }
    const since = page.locator('[data-since-visit]');
    await expect(since).toContainText(
      `${fresh.length} update${fresh.length === 1 ? '' : 's'} since your last visit on 26 November`,
    );
    await expect(since.getByRole('link')).toHaveCount(fresh.length);

    // A status step, a timeline event, a provision and an article the log touched are marked too.
    for (const [path, selector] of [
      ['/status/', '[id="in-force"]'],
      ['/timeline/', '[id="2025-12-10-federation-council-approves"]'],
      ['/what-it-allows/', '[id="border-crossing"]'],
      ['/', 'article[data-updated]:has-text("RELOS beside LEMOA")'],
    ] as const) {
      await page.goto(path);
      const item = page.locator(selector);
      await expect(item.locator('[data-new-mark]').first(), path).toHaveText('New');
    }
    // Something the log never touched (no entry of content/updates.yaml names this step) is not
    // marked.
    await page.goto('/status/');
    await expect(page.locator('[id="duma-approves"] [data-new-mark]')).toHaveText('');
  });

  test('a visit after the newest entry marks nothing, and forgetting the visit clears the marks', async ({
    page,
  }) => {
    await page.goto('/updates/');
    const newest = [...(await updateDays(page)).values()].sort().at(-1)!;
    const after = new Date(Date.parse(`${newest}T00:00:00Z`) + 36 * 3600 * 1000).toISOString();
    await returningReader(page, after);
    await page.goto('/updates/');
    await expect(marked(page)).toHaveCount(0);
    await expect(page.locator('[data-since-visit]')).toBeEmpty();

    await returningReader(page, '2026-11-26T12:00:00Z');
    await page.goto('/updates/');
    await expect(marked(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'Forget my last visit' }).click();
    await expect(marked(page)).toHaveCount(0);
    await expect(page.locator('[data-since-visit]')).toContainText('forgotten');
    expect(await page.evaluate((key) => localStorage.getItem(key), VISIT_STORAGE_KEY)).toBeNull();
  });

  test('axe passes on the "New" marks and the since-your-last-visit box, light and dark', async ({
    page,
  }) => {
    await returningReader(page, '2026-11-26T12:00:00Z');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // /updates/ shows both: "New" marks (the same element on every page) and the since box.
      for (const path of ['/updates/']) {
        await page.goto(path);
        await expect(marked(page).first()).toBeVisible();
        // The whole pages are checked by every-page.spec.ts; here, what a returning reader adds.
        const { violations } = await new AxeBuilder({ page })
          .setLegacyMode()
          .include('[data-updated]')
          .include('[data-since-visit]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .options({ resultTypes: ['violations'] })
          .analyze();
        expect(violations.map((v) => `${path} [${scheme}] ${v.id}`)).toEqual([]);
      }
    }
  });

  test('a first visit marks nothing and stores one record', async ({ page }) => {
    await page.goto('/updates/');
    await expect(marked(page)).toHaveCount(0);
    const stored = await page.evaluate((key) => localStorage.getItem(key), VISIT_STORAGE_KEY);
    expect(JSON.parse(stored!)).toEqual({ previous: null, last: expect.any(Number) });
    expect(await page.context().cookies()).toEqual([]);
  });

  test('blocked storage marks nothing and breaks nothing', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto('/updates/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(marked(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Forget my last visit' })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('nothing is marked and the forget control stays hidden', async ({ page }) => {
    await page.goto('/updates/');
    await expect(page.locator('.update-entry').first()).toBeVisible();
    await expect(marked(page)).toHaveCount(0);
    await expect(page.locator('[data-since-visit]')).toBeEmpty();
    await page.goto('/about/');
    await expect(page.getByRole('button', { name: 'Forget my last visit' })).toBeHidden();
    await expect(page.getByText(/localStorage/)).toBeVisible();
  });
});
