import axe from 'axe-core';
import type { Page } from '@playwright/test';

/**
 * The page-wide checks the sweeps share (every-page.spec.ts for the site's pages,
 * embeds.spec.ts for the embeds): axe's WCAG 2.2 AA rules and the order of headings.
 */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Label in name (WCAG 2.5.3, level A): a control's accessible name contains its visible text.
 * axe 4 tags the rule "experimental" and leaves it off unless it is named; the sweep names it.
 */
export const LABEL_IN_NAME = 'label-content-name-mismatch';

/**
 * The axe rules whose result can change with the theme or the layout (colours, the size and
 * spacing of targets, scrolling boxes, and what text is visible, which label in name compares
 * with the name). Every other rule reads the markup, which is the same in both visits, so the
 * second visit runs only these.
 */
export const THEME_AND_LAYOUT_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  LABEL_IN_NAME,
];

/**
 * axe's WCAG 2.2 AA violations on the page, one line each: every rule (label in name too), or
 * only `rules`. axe runs in the page itself (what AxeBuilder's legacy mode does: our pages have
 * no frames to combine), injected once per page load and run once per pass; only violations are
 * reported, which makes each run several times faster.
 */
export async function axeViolations(
  page: Page,
  where: string,
  rules?: string[],
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, options).then((results) =>
        results.violations.map((v) => ({
          id: v.id,
          help: v.help,
          targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        })),
      ),
    {
      runOnly: rules
        ? { type: 'rule' as const, values: rules }
        : { type: 'tag' as const, values: WCAG },
      rules: { [LABEL_IN_NAME]: { enabled: true } },
      resultTypes: ['violations' as const],
    },
  );
  return violations.map(
    (violation) => `${where} ${violation.id}: ${violation.help} (${violation.targets.join(' | ')})`,
  );
}

/** Headings in `main` that skip a level (an h2 followed by an h4). */
export async function skippedHeadings(page: Page): Promise<string[]> {
  const levels = await page
    .locator('main :is(h1,h2,h3,h4,h5,h6)')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  return levels.flatMap((level, index) =>
    index > 0 && level - levels[index - 1]! > 1 ? [`h${levels[index - 1]} → h${level}`] : [],
  );
}
