import { expect, test } from './fixtures';

const ARTICLE = {
  path: '/articles/russia-ratifies-relos/',
  title: "Russia's parliament ratifies RELOS, and what happened next",
};

test('the front page leads with the article and links to it', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('RELOS Explained');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  const lead = page.getByRole('link', { name: ARTICLE.title, exact: true });
  await expect(lead).toBeVisible();
  await lead.click();
  await expect(page).toHaveURL(ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.title);
});

test('an article shows its label, byline, key points, citations and sources', async ({ page }) => {
  await page.goto(ARTICLE.path);
  // Too long for the site name to fit within 60 characters, so it stands alone.
  await expect(page).toHaveTitle(ARTICLE.title);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
    'href',
    new RegExp(`${ARTICLE.path}$`),
  );

  const article = page.getByRole('article');
  await expect(article.getByText('News', { exact: true })).toBeVisible();
  await expect(article.getByText('By RELOS Explained staff')).toBeVisible();
  await expect(article.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

  const keyPoints = page.getByRole('region', { name: 'Key points' });
  await expect(keyPoints.getByRole('listitem')).toHaveCount(4);

  const sources = page.getByRole('region', { name: 'Sources' });
  const count = await sources.getByRole('listitem').count();
  expect(count).toBeGreaterThanOrEqual(3);

  // The first citation marker leads to the first entry of the sources list.
  const firstCite = page.getByRole('link', { name: 'Source 1', exact: true }).first();
  await firstCite.click();
  await expect(page).toHaveURL(/#source-/);
  const target = sources.getByRole('listitem').first();
  await expect(target).toHaveId(new URL(page.url()).hash.slice(1));
  // The sources list is laid out only as it nears the screen (end-matter): the jump still lands.
  await expect(target).toBeInViewport();
  await expect(target.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(ARTICLE.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the about page says who we are and how to report an error', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About RELOS Explained');
  await expect(page.getByRole('heading', { name: 'Corrections and updates' })).toBeVisible();
  await expect(page.getByText(/not affiliated with the government of India/)).toBeVisible();
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: ARTICLE.title, exact: true })).toBeVisible();
});
