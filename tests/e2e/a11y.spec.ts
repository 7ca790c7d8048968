import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { allPages } from './pages';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any page (${scheme})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const failures: string[] = [];
    for (const path of await allPages(request)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        // Only violations are reported, which makes each run several times faster.
        .options({ resultTypes: ['violations'] })
        .analyze();
      for (const violation of violations) {
        failures.push(
          `${path} [${scheme}] ${violation.id}: ${violation.help} (${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(' | ')})`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
}

test('no page overflows horizontally at 375 px', async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const overflowing: string[] = [];
  for (const path of await allPages(request)) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 0) overflowing.push(`${path}: ${overflow}px`);
  }
  expect(overflowing).toEqual([]);
});

test('each page has one h1, landmarks, and headings that do not skip levels', async ({
  page,
  request,
}) => {
  for (const path of await allPages(request)) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('main'), path).toHaveCount(1);
    await expect(page.locator('body > header'), path).toHaveCount(1);
    await expect(page.locator('body > footer'), path).toHaveCount(1);
    const levels = await page
      .locator('main :is(h1,h2,h3,h4,h5,h6)')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, index) => {
      if (index > 0)
        expect(level - levels[index - 1]!, `${path}: heading level jumps`).toBeLessThanOrEqual(1);
    });
  }
});
