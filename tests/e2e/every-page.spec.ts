import { expect, test } from './fixtures';
import { allPages } from './pages';
import { axeViolations, LABEL_IN_NAME, skippedHeadings, THEME_AND_LAYOUT_RULES } from './axe';

/**
 * Every page a reader can reach, in every edition, loaded once and checked twice: on a phone in
 * the light theme, then (resized, the theme switched, not loaded again) on a desktop in the dark
 * theme. Each pass runs every check that holds for every page. The fixture fails a visit on a console error (a
 * Content-Security-Policy violation is one) or a request to another host.
 */
/**
 * The sweep is split into this many tests, each over every fourth page, so the two workers share
 * it instead of one worker running the whole sweep while the other waits.
 */
const SHARDS = 4;

/** The pages of one shard: every `SHARDS`th page, starting at `shard`. */
async function pagesOf(request: Parameters<typeof allPages>[0], shard: number): Promise<string[]> {
  const pages = (await allPages(request)).filter((_, index) => index % SHARDS === shard);
  expect(pages.length, `pages in shard ${shard + 1} of ${SHARDS}`).toBeGreaterThan(0);
  return pages;
}

for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page, on a phone in the light theme and on a desktop in the dark: accessible, no overflow, one h1, landmarks, headings in order, every internal link answers (${shard + 1} of ${SHARDS})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    const links = new Map<string, string>();
    for (const path of await pagesOf(request, shard)) {
      // A phone, light theme: every rule, and the checks of the page's structure.
      await page.setViewportSize({ width: 375, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
      failures.push(...(await axeViolations(page, `${path} [light, 375 px]`)));
      // Parts laid out only as they near the screen (content-visibility: auto, the end matter)
      // are laid out first: otherwise their width would go unmeasured. Set through the CSSOM,
      // which the page's CSP allows (an injected style element would be refused).
      const overflow = await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('*'))
          if (getComputedStyle(element).contentVisibility === 'auto')
            element.style.contentVisibility = 'visible';
        return document.documentElement.scrollWidth - window.innerWidth;
      });
      if (overflow > 0) failures.push(`${path}: ${overflow}px wider than the screen`);
      for (const [selector, name] of [
        ['h1', 'h1'],
        ['main', 'main landmark'],
        ['body > header', 'banner (body > header)'],
        ['body > footer', 'contentinfo (body > footer)'],
      ] as const) {
        const count = await page.locator(selector).count();
        if (count !== 1) failures.push(`${path}: ${count} × ${name}, expected 1`);
      }
      for (const skip of await skippedHeadings(page))
        failures.push(`${path}: heading level jumps ${skip}`);

      // The same page on a desktop in the dark theme, without loading it again: the markup is
      // the same, so only the rules that depend on the theme or the layout run.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      failures.push(
        ...(await axeViolations(page, `${path} [dark, 1280 px]`, THEME_AND_LAYOUT_RULES)),
      );
      const origin = new URL(page.url()).origin;
      for (const href of await page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))) {
        const url = new URL(href);
        url.hash = '';
        if (url.origin === origin && !links.has(url.href)) links.set(url.href, path);
      }
    }
    for (const [url, from] of links) {
      const status = (await request.get(url)).status();
      if (status !== 200) failures.push(`${url} (linked from ${from}): status ${status}`);
    }
    expect(links.size).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
}

test('the sweep’s axe finds a name that leaves out the visible text, as the language switcher’s did', async ({
  page,
}) => {
  // A switcher link named without its visible text, as the switcher's were ("हिं" named
  // "हिन्दी"). The visible text here is Latin ("HI"): axe treats shaped Devanagari as a
  // possible icon ligature once a Devanagari font is installed, and then skips it, so a
  // Devanagari probe passes or fails with the machine's fonts. The editions test checks each
  // switcher link's exact name.
  const link = (name: string) =>
    `<!doctype html><html lang="en"><title>Label in name</title><main><h1>Editions</h1>` +
    `<a href="/hi/" hreflang="hi-IN" aria-label="${name}">HI</a></main></html>`;
  await page.setContent(link('हिन्दी'));
  for (const [where, rules] of [
    ['first pass (every rule)', undefined],
    ['second pass (theme and layout rules)', THEME_AND_LAYOUT_RULES],
  ] as const) {
    expect((await axeViolations(page, where, rules)).join('\n')).toContain(
      `${where} ${LABEL_IN_NAME}: `,
    );
  }
  // Named as it is now, the same link passes.
  await page.setContent(link('HI हिन्दी'));
  expect(await axeViolations(page, 'now')).toEqual([]);
  expect(await axeViolations(page, 'now', THEME_AND_LAYOUT_RULES)).toEqual([]);
});
