import { readFileSync } from 'node:fs';
import { TRANSLATED_LANGS } from '../../src/i18n/locales';
import { expect, test } from './fixtures';
import { englishInPage } from './interface-language';
import { allPages } from './pages';

/**
 * Every page of the Hindi and Russian editions in their own language: no English interface word
 * in any text, title, description, alt text, accessible name or script message, save names and
 * what is marked as another language (tests/e2e/interface-language.ts says what counts).
 */
test('no page of a translated edition carries English that is not a name or marked as such', async ({
  request,
}) => {
  const pages = await allPages(request);
  for (const lang of TRANSLATED_LANGS) {
    const edition = pages.filter((path) => path.startsWith(`/${lang}/`));
    expect(edition.length, lang).toBeGreaterThan(20);
    for (const path of edition) {
      const html = await (await request.get(path)).text();
      expect(englishInPage(html, lang), path).toEqual([]);
    }
  }
});

test('the feed pages speak the edition’s language, dates included', async ({ page }) => {
  for (const lang of TRANSLATED_LANGS) {
    for (const feed of ['rss.xml', 'updates.xml']) {
      const path = `/${lang}/${feed}`;
      await page.goto(path);
      await expect(page.locator('li h2 a').first(), path).toBeVisible();
      const html = await page.content();
      expect(englishInPage(html, lang), path).toEqual([]);
      // RSS dates are English ("25 Nov 2026"): the page writes them as the edition does.
      const dates = await page.locator('.meta').allInnerTexts();
      expect(dates.length, path).toBeGreaterThan(0);
      for (const line of dates) {
        expect(line, path).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
        expect(line, path).toMatch(/\d{1,2} \S+ 20\d\d/u);
      }
    }
  }
});

test('each edition answers a missing address with its own 404 page', async ({ request }) => {
  for (const { lang, tag, heading } of [
    { lang: 'hi', tag: 'hi-IN', heading: 'पेज नहीं मिला' },
    { lang: 'ru', tag: 'ru-RU', heading: 'Страница не найдена' },
  ]) {
    const response = await request.get(`/${lang}/404.html`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<html lang="${tag}"`);
    expect(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]).toBe(heading);
    // A line in each other language, leading to its front page.
    expect(html).toMatch(/<p class="mt-3" lang="en-GB">[\s\S]*?href="\/" hreflang="en-GB"/);
  }
  // The host files send each edition's missing addresses there (Netlify's rule); a host reads
  // them from the build, and no preview server serves them.
  const redirects = readFileSync('dist/_redirects', 'utf8');
  for (const lang of TRANSLATED_LANGS) {
    expect(redirects).toContain(`/${lang}/* /${lang}/404.html 404`);
  }
  // The root one, all GitHub Pages serves, speaks to a reader of every edition.
  const root = await (await request.get('/404.html')).text();
  expect(root).toContain('<p class="mt-3" lang="hi-IN">');
  expect(root).toContain('<p class="mt-3" lang="ru-RU">');
});

test('search speaks the edition’s language: whole sentences, plurals by count', async ({
  page,
}) => {
  await page.goto(`/ru/search/?q=${encodeURIComponent('Дума')}`);
  await expect(page.locator('.search-status')).toHaveText(
    /^По запросу «Дума» найден(о)? \d+ результат(а|ов)?\.$/,
  );
  await page.goto(`/ru/search/?q=${encodeURIComponent('щщщщщ')}`);
  await expect(page.locator('.search-status')).toHaveText('По запросу «щщщщщ» ничего не найдено.');
  await page.goto(`/hi/search/?q=${encodeURIComponent('ड्यूमा')}`);
  await expect(page.locator('.search-status')).toHaveText(/^“ड्यूमा” के लिए \d+ परिणाम मिल(ा|े)।$/);
});
