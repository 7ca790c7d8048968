import { expect, test } from './fixtures';

const FC_EVENT = '2025-12-10-federation-council-approves';

test('a deep link to a timeline event lands on it and highlights it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(`/timeline/#${FC_EVENT}`);
  const event = page.locator(`[id="${FC_EVENT}"]`);
  await expect(event).toBeInViewport();
  expect(await event.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(event.getByText('Sources disagree:')).toBeVisible();
  await expect(event.locator('.timeline-when time')).toHaveAttribute('datetime', '2025-12-10');
});

test('the timeline is an ordered list in date order, grouped by year with an index', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const datetimes = await page
    .locator('ol.timeline .timeline-when time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(datetimes.length).toBeGreaterThanOrEqual(18);
  // A month-only date sorts after the days of that month: compare on the padded end of period.
  const key = (iso: string) =>
    iso.length === 4 ? `${iso}-12-32` : iso.length === 7 ? `${iso}-32` : iso;
  expect(datetimes.map(key)).toEqual([...datetimes.map(key)].sort());
  await expect(page.locator('time[datetime="2018-07"]')).toHaveText('July 2018');

  const years = page.getByRole('navigation', { name: 'Years' }).getByRole('link');
  await years.filter({ hasText: '2021' }).click();
  await expect(page.locator('[id="y2021"]')).toBeInViewport();
});

test('events link to the articles that cover them', async ({ page }) => {
  await page.goto('/timeline/');
  const covered = page.locator('[id="2025-12-02-duma-ratifies"]').getByRole('link', {
    name: "Russia's parliament ratifies RELOS, and what happened next",
  });
  await covered.click();
  await expect(page).toHaveURL('/articles/russia-ratifies-relos/');
});

test('the explainer shows the caps, verdicts in words and its own "does not establish" section', async ({
  page,
}) => {
  await page.goto('/what-it-allows/#personnel-at-one-time');
  const figures = page.getByRole('region', { name: /Key figures/ });
  await expect(figures).toContainText('5');
  await expect(figures).toContainText('3,000');
  await expect(page.locator('[id="personnel-at-one-time"]')).toBeInViewport();
  await expect(
    page.getByRole('heading', { name: 'What it does not establish, or what is not known' }),
  ).toBeVisible();
  const badges = await page.locator('.provision .verdict').allInnerTexts();
  expect(badges.length).toBeGreaterThanOrEqual(12);
  for (const badge of badges) {
    expect([
      'Allowed',
      'Limited',
      'Procedure set',
      'Separate financial arrangements',
      'Not covered',
      'Unclear',
    ]).toContain(badge.trim());
  }
  // Unverified claims are never "Allowed"; a procedure the source names is not a limit.
  await expect(page.locator('[id="use-in-wartime"] .verdict')).toHaveText('Unclear');
  await expect(page.locator('[id="border-crossing"] .verdict')).toHaveText('Procedure set');
  // Sourced facts about process are not filed with the unsupported claims.
  const notEstablished = page.locator('section[aria-labelledby="not-established"]');
  await expect(notEstablished.locator('[id="use-in-wartime"]')).toHaveCount(1);
  await expect(notEstablished.locator('[id="entry-into-force"]')).toHaveCount(0);
  // The ratified duration clause was not seen and reports conflict: it stays unestablished.
  await expect(notEstablished.locator('[id="duration"] .verdict')).toHaveText('Unclear');
  await expect(
    page.locator('section[aria-labelledby="domain-purposes"] [id="humanitarian-disaster-relief"]'),
  ).toHaveCount(1);
});

test('the comparison table is a real table with a caption and column headers', async ({ page }) => {
  await page.goto('/articles/relos-and-indias-other-logistics-pacts/');
  const table = page.getByRole('table', { name: /logistics agreements/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Partner',
    'Agreement',
    'Signed',
    'Scope',
  ]);
  await expect(table.getByRole('rowheader')).toHaveCount(10);
  // In order of signing: the UK's year-only 2022 after Vietnam's June 2022, and labelled so.
  const partners = await table.getByRole('rowheader').allInnerTexts();
  expect(partners.indexOf('United Kingdom')).toBe(partners.indexOf('Vietnam') + 1);
  await expect(table.locator('[id="agreement-united-kingdom-logistics"]')).toContainText(
    '2022 (month not known)',
  );
});

for (const width of [375, 1280]) {
  test(`at ${width} px the browser still exposes the comparison as a table, with no ARIA roles in it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/articles/relos-and-indias-other-logistics-pacts/');
    // HTML forbids roles on a table's rows and cells (the W3C checker reports each one).
    expect(
      await page
        .locator('.comparison table, .comparison table *')
        .evaluateAll((all) => all.filter((el) => el.hasAttribute('role')).map((el) => el.tagName)),
    ).toEqual([]);
    // What a screen reader gets: Chromium's own accessibility tree, not a role computed from the
    // markup, so the phone layout's `display: block` would show here if it dropped the table.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string } }[];
    };
    const count = (role: string) => nodes.filter((node) => node.role?.value === role).length;
    expect(count('table')).toBe(1);
    expect(count('columnheader')).toBe(4);
    expect(count('rowheader')).toBe(10);
    expect(count('row')).toBe(11);
    expect(count('cell')).toBe(30);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline and the explainer show every item', async ({ page }) => {
    await page.goto('/timeline/');
    expect(await page.locator('ol.timeline > li').count()).toBeGreaterThanOrEqual(18);
    await page.goto('/what-it-allows/');
    expect(await page.locator('.provision').count()).toBeGreaterThanOrEqual(12);
    await expect(page.locator('.provision').first()).toBeVisible();
  });
});

test('the keyboard reaches every permalink on the explainer', async ({ page }) => {
  await page.goto('/what-it-allows/');
  const total = await page.locator('a.permalink').count();
  const reached = new Set<string>();
  for (let i = 0; i < 400 && reached.size < total; i += 1) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLAnchorElement && el.classList.contains('permalink')
        ? el.getAttribute('href')
        : null;
    });
    if (href) reached.add(href);
  }
  expect(reached.size).toBe(total);
});

test('with JavaScript, a permalink copies its URL and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/timeline/');
  const event = page.locator(`[id="${FC_EVENT}"]`);
  await event.getByRole('link', { name: /Link to this event/ }).click();
  await expect(event.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/timeline/#${FC_EVENT}`,
  );
});
