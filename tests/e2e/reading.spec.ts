import { expect, test } from './fixtures';

test('search finds "Duma" and lands on the right page', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Search' })
    .click();
  await expect(page).toHaveURL('/search/');
  await page.getByRole('searchbox', { name: /Search articles/ }).fill('Duma');
  await expect(page.getByRole('status').filter({ hasText: /results? for “Duma”/ })).toBeVisible();
  const first = page.locator('.search-results a').first();
  await expect(first).toBeVisible();
  // Results are copies of the page's own template, so the page's trimmed CSS keeps their styles.
  await expect(first).toHaveCSS('font-size', '18px');
  await expect(page.locator('.search-excerpt mark').first()).not.toHaveCSS(
    'background-color',
    'rgb(255, 255, 0)',
  );
  await page
    .locator('.search-results a', { hasText: "Russia's parliament ratifies RELOS" })
    .click();
  await expect(page).toHaveURL('/articles/russia-ratifies-relos/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ratifies RELOS');
});

test('a search link with ?q= runs the search', async ({ page }) => {
  await page.goto('/search/?q=Federation%20Council');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await expect(page.locator('.search-fallback')).toBeHidden();
});

test('words typed before the search script runs are searched, not lost', async ({ page }) => {
  // Hold the search script back until the reader has typed, as on a slow phone.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/SiteSearch*.js', async (route) => {
    await held;
    await route.continue();
  });
  // A module script holds DOMContentLoaded back, so wait only for the box itself.
  await page.goto('/search/', { waitUntil: 'commit' });
  await page.getByRole('searchbox', { name: /Search articles/ }).fill('Duma');
  release();
  await expect(page.getByRole('status').filter({ hasText: /results? for “Duma”/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page lists every article instead', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('.search-fallback article')).toHaveCount(7);
  });

  test('the theme follows the system setting and the toggle stays hidden', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const dark = await context.newPage();
    await dark.goto('/');
    const paper = await dark.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(paper).toBe('rgb(21, 23, 26)');
    await expect(dark.locator('.theme-toggle')).toBeHidden();
    await context.close();
  });
});

test('the theme toggle switches theme and the choice persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/timeline/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe('rgb(21, 23, 26)');
});

test('tags: every article links its topics, and each topic page lists its articles', async ({
  page,
}) => {
  await page.goto('/articles/russia-ratifies-relos/');
  await page
    .getByRole('region', { name: 'Topics' })
    .getByRole('link', { name: 'Ratification' })
    .click();
  await expect(page).toHaveURL('/tags/ratification/');
  await expect(
    page.getByRole('link', { name: "Russia's parliament ratifies RELOS, and what happened next" }),
  ).toBeVisible();
  await page.goto('/tags/');
  await expect(page.getByRole('link', { name: /Ratification\s+\d+ articles?/ })).toBeVisible();
});

test('a long article has a table of contents that marks the section being read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/articles/what-relos-allows/');
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc).toBeVisible();
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const last = links.last();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'true');
});

test('articles end with related articles and previous/next links', async ({ page }) => {
  await page.goto('/articles/russia-ratifies-relos/');
  await expect(
    page.getByRole('region', { name: 'Related' }).getByRole('link').first(),
  ).toBeVisible();
  const more = page.getByRole('navigation', { name: 'More articles' });
  await expect(more.getByRole('link').first()).toBeVisible();
});

test('the keyboard reaches the header links, the contents and the share bar in order', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/articles/what-relos-allows/');
  const reached: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${(el?.closest('nav, [role=group], header, toc-nav')?.getAttribute('aria-label') ?? el?.closest('header')) ? 'header' : ''}|${el?.textContent?.trim() ?? ''}`;
      }),
    );
  }
  const text = reached.join('\n');
  for (const name of [
    'Skip to content',
    'Timeline',
    'What it allows',
    'Search',
    'Dark theme',
    'Copy link',
    'WhatsApp',
    'Contents',
  ]) {
    expect(text).toContain(name);
  }
  expect(reached.findIndex((r) => r.endsWith('|Timeline'))).toBeLessThan(
    reached.findIndex((r) => r.endsWith('|Copy link')),
  );
});

test('printed, an article is its text and sources, each source with its address', async ({
  page,
}) => {
  await page.goto('/articles/russia-ratifies-relos/');
  await page.emulateMedia({ media: 'print' });
  // The print rules travel inside the page's own CSS, trimmed to the page like the rest of it.
  await expect(page.locator('body > header')).toBeHidden();
  for (const bar of await page.locator('.share-bar').all()) await expect(bar).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const source = page.locator("section[aria-labelledby='sources'] a[href^='http']").first();
  const address = await source.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(address).toContain(await source.getAttribute('href'));
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
});
