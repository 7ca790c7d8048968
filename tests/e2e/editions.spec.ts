import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './fixtures';
import { sitemapPaths } from './pages';

/** The pages every edition has, by their English path. */
const TRANSLATED = [
  '/',
  '/status/',
  '/updates/',
  '/timeline/',
  '/what-it-allows/',
  '/glossary/',
  '/about/',
  '/subscribe/',
  '/search/',
  '/tags/',
  '/tags/ratification/',
  '/articles/russia-ratifies-relos/',
  '/articles/what-relos-allows/',
];
const EDITIONS = [
  { lang: 'hi', tag: 'hi-IN', og: 'hi_IN', script: /\p{Script=Devanagari}/u },
  { lang: 'ru', tag: 'ru-RU', og: 'ru_RU', script: /\p{Script=Cyrillic}/u },
] as const;

/** A page's `hreflang` alternates, as `tag → path`. */
function alternates(html: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<link rel="alternate"[^>]*hreflang="[^"]+"[^>]*>/g)) {
    const lang = /hreflang="([^"]+)"/.exec(tag)![1]!;
    links[lang] = new URL(/href="([^"]+)"/.exec(tag)![1]!).pathname;
  }
  return links;
}

test('each edition serves every translated page in its language, with hreflang pairs both ways', async ({
  request,
}) => {
  for (const path of TRANSLATED) {
    const english = await (await request.get(path)).text();
    expect(english, path).toContain('<html lang="en-GB"');
    const pairs = { 'en-GB': path, 'x-default': path } as Record<string, string>;
    for (const { lang, tag } of EDITIONS) pairs[tag] = `/${lang}${path}`;
    expect(alternates(english), path).toEqual(pairs);
    for (const { lang, tag, og, script } of EDITIONS) {
      const response = await request.get(`/${lang}${path}`);
      expect(response.status(), `/${lang}${path}`).toBe(200);
      const html = await response.text();
      expect(html, `/${lang}${path}`).toContain(`<html lang="${tag}"`);
      // The same set of pairs from every page of the set: each names the others.
      expect(alternates(html), `/${lang}${path}`).toEqual(pairs);
      expect(html, `/${lang}${path}`).toContain(`<meta property="og:locale" content="${og}">`);
      expect(html).toContain('<meta property="og:locale:alternate" content="en_GB">');
      const title = /<title>([^<]+)<\/title>/.exec(html)![1]!;
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
      expect(`${title} ${h1}`, `/${lang}${path}`).toMatch(script);
    }
  }
});

test('the note for a page an edition lacks shows when the switcher leads there, and only then', async ({
  page,
}) => {
  // The switcher on a page only in English leads to `/ru/#untranslated` (the fourth-language
  // build test checks that with an English-only fixture article); the note is CSS's :target.
  await page.goto('/ru/#untranslated');
  const note = page.locator('#untranslated');
  await expect(note).toBeVisible();
  await expect(note).toContainText('не переведена на русский');
  await page.goto('/ru/');
  await expect(page.locator('#untranslated')).toBeHidden();
});

test('the switcher keeps the reader on the same page, by keyboard too', async ({ page }) => {
  await page.goto('/status/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  const hindi = switcher.getByRole('link', { name: 'हिन्दी' });
  await expect(hindi).toHaveAttribute('href', '/hi/status/');
  await expect(hindi).toHaveAttribute('lang', 'hi-IN');
  // Each link's name starts with what it shows, so a reader can say what they see (WCAG 2.5.3),
  // and goes on with the edition's full name.
  for (const [shows, name] of [
    ['EN', 'EN English'],
    ['हिं', 'हिं हिन्दी'],
    ['РУ', 'РУ Русский'],
  ] as const) {
    const link = switcher.getByRole('link', { name, exact: true });
    await expect(link).toHaveText(shows);
  }
  await expect(switcher.getByRole('link')).toHaveCount(3);
  // Tab from the theme switch reaches the three editions, in order.
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('Tab');
  await expect(switcher.getByRole('link', { name: 'English' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(hindi).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hi\/status\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi-IN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('RELOS');
  await page
    .getByRole('navigation', { name: 'भाषा' })
    .getByRole('link', { name: 'Русский' })
    .click();
  await expect(page).toHaveURL(/\/ru\/status\/$/);
  await expect(page.getByRole('navigation', { name: 'Язык' })).toBeVisible();
});

test('the switcher keeps its place while its links arrive, so nothing in the header moves', async ({
  page,
}) => {
  // A first paint can come while the parser is inside the switcher: its box must be the same
  // with one link as with all of them, whichever fonts those links bring.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/status/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  const whole = await switcher.boundingBox();
  await switcher
    .locator('li')
    .nth(0)
    .evaluate((first) => {
      while (first.nextElementSibling) first.nextElementSibling.remove();
    });
  await expect(switcher.getByRole('link')).toHaveCount(1);
  expect(await switcher.boundingBox()).toEqual(whole);
});

test('every article a translated edition lists is its own page, or English and said to be', async ({
  request,
}) => {
  // Whichever articles are translated today: the fourth-language build test shows the mark on
  // an article that is only in English.
  for (const { lang, inEnglish } of [
    { lang: 'ru', inEnglish: 'на английском' },
    { lang: 'hi', inEnglish: 'अंग्रेज़ी में' },
  ]) {
    for (const path of ['/', '/tags/ratification/', '/search/']) {
      const html = await (await request.get(`/${lang}${path}`)).text();
      const teasers = html.split('<article').slice(1);
      expect(teasers.length, `/${lang}${path}`).toBeGreaterThan(0);
      for (const teaser of teasers) {
        const href = /<a href="([^"]+)"/.exec(teaser)![1]!;
        if (href.startsWith(`/${lang}/articles/`)) {
          expect(teaser, href).not.toContain('hreflang="en-GB"');
        } else {
          expect(href).toMatch(/^\/articles\//);
          expect(teaser, href).toContain('hreflang="en-GB"');
          expect(teaser, href).toContain(inEnglish);
        }
      }
    }
  }
});

test('a translated article keeps the English facts and numbers its sources in its own order', async ({
  page,
}) => {
  await page.goto('/ru/articles/russia-ratifies-relos/');
  await expect(page.locator('.article-head')).toContainText('Перевод английской версии от');
  await expect(page.locator('.article-head a[hreflang="en-GB"]')).toHaveAttribute(
    'href',
    '/articles/russia-ratifies-relos/',
  );
  const cites = page.locator('.cite a');
  expect(await cites.count()).toBeGreaterThan(20);
  await expect(cites.first()).toHaveAccessibleName('Источник 1');
  const first = await cites.first().getAttribute('href');
  await expect(page.locator(`${first} a`).first()).toBeVisible();
  // A Russian date ends in «г.»: the entry closes on it, with no second full stop.
  const sourcesList = page.locator('section[aria-labelledby="sources"] ol');
  await expect(sourcesList).toContainText('2025 г.');
  expect(await sourcesList.innerText()).not.toContain('г..');
  // The glossary a translated term links to is the edition's.
  await page.goto('/ru/articles/what-relos-allows/');
  const term = page.locator('a.term').first();
  await expect(term).toHaveAttribute('href', /^\/ru\/glossary\/#/);
});

test('Pagefind indexes each language apart: "Дума" and "ड्यूमा" find their edition’s article', async ({
  page,
}) => {
  for (const { path, query, expected } of [
    { path: '/ru/search/', query: 'Дума', expected: '/ru/articles/russia-ratifies-relos/' },
    { path: '/hi/search/', query: 'ड्यूमा', expected: '/hi/articles/russia-ratifies-relos/' },
  ]) {
    await page.goto(`${path}?q=${encodeURIComponent(query)}`);
    const results = page.locator('.search-results a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs, path).toContain(expected);
    // Only that edition's pages: English pages are in another index.
    expect(
      hrefs.every((href) => href.startsWith(path.slice(0, 4))),
      path,
    ).toBe(true);
    await expect(page.locator('.search-status')).toContainText(query);
  }
});

test('each edition has its own feeds, in its language, found from its pages', async ({
  request,
}) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  for (const { lang, tag } of EDITIONS) {
    const home = await (await request.get(`/${lang}/`)).text();
    for (const feed of ['rss.xml', 'feed.json', 'updates.xml', 'updates.json']) {
      expect(home, `/${lang}/ autodiscovery`).toMatch(
        new RegExp(`<link rel="alternate"[^>]*href="[^"]*/${lang}/${feed.replace('.', '\\.')}"`),
      );
    }
    const rss = parser.parse(await (await request.get(`/${lang}/rss.xml`)).text());
    expect(rss.rss.channel.language).toBe(tag);
    const items = rss.rss.channel.item as { link: string; 'dc:language'?: string }[];
    const own = items.filter((item) => new URL(item.link).pathname.startsWith(`/${lang}/`));
    // Every article the edition has translated (its article pages in the sitemap), and no other.
    const translated = (await sitemapPaths(request)).filter((path) =>
      path.startsWith(`/${lang}/articles/`),
    );
    expect(translated.length).toBeGreaterThanOrEqual(2);
    expect(own.map((item) => new URL(item.link).pathname).sort()).toEqual(translated.sort());
    // The articles not translated are there in English, and say so.
    for (const item of items.filter((item) => !own.includes(item))) {
      expect(item['dc:language'], item.link).toBe('en-GB');
    }
    const updates = (await (await request.get(`/${lang}/updates.json`)).json()) as {
      language: string;
      items: { url: string; title: string }[];
    };
    expect(updates.language).toBe(tag);
    expect(updates.items.length).toBeGreaterThan(10);
    const first = new URL(updates.items[0]!.url);
    expect(`${first.pathname}${first.hash}`).toMatch(new RegExp(`^/${lang}/updates/#`));
  }
});

test('share images are drawn in the page’s language', async ({ request }) => {
  for (const { lang } of EDITIONS) {
    for (const path of ['/status/', '/articles/russia-ratifies-relos/']) {
      const html = await (await request.get(`/${lang}${path}`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
      expect(new URL(image).pathname, `/${lang}${path}`).toMatch(new RegExp(`^/og/${lang}/`));
      const png = await request.get(new URL(image).pathname);
      expect(png.headers()['content-type']).toBe('image/png');
      // Not the English image: a different drawing.
      const english = /<meta property="og:image" content="([^"]+)"/.exec(
        await (await request.get(path)).text(),
      )![1]!;
      const englishPng = await (await request.get(new URL(english).pathname)).body();
      expect((await png.body()).equals(englishPng)).toBe(false);
    }
  }
});

test('the sitemap lists every edition’s pages with their alternates', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const { lang } of EDITIONS) {
    for (const path of TRANSLATED) expect(paths).toContain(`/${lang}${path}`);
  }
  const index = await (await request.get('/sitemap-index.xml')).text();
  const first = new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname;
  const sitemap = await (await request.get(first)).text();
  expect(sitemap).toMatch(
    /<xhtml:link rel="alternate" hreflang="ru-RU" href="[^"]*\/ru\/status\/"\/>/,
  );
});

test('the updates log says which editions each update reached', async ({ page }) => {
  await page.goto('/updates/');
  const first = page.locator('.update-entry').first();
  await expect(first.locator('.update-editions')).toContainText('English');
  await expect(first.locator('.update-editions [lang="ru-RU"]')).toHaveText('Русский');
});

test('a feed opened in a browser explains itself in its edition’s language', async ({ page }) => {
  for (const { path, kicker, lang } of [
    { path: '/rss.xml', kicker: 'RSS feed', lang: 'en-GB' },
    { path: '/ru/rss.xml', kicker: 'RSS-лента', lang: 'ru-RU' },
    { path: '/hi/updates.xml', kicker: 'RSS फ़ीड', lang: 'hi-IN' },
  ]) {
    // The fixture fails the test on any console error: a stylesheet or icon that does not load.
    await page.goto(path);
    await expect(page.locator('.kicker'), path).toHaveText(kicker);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page.locator('li h2 a').first(), path).toBeVisible();
    // The feed's own stylesheet applies (rss.css sets the page's measure).
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth),
      path,
    ).not.toBe('none');
  }
});
