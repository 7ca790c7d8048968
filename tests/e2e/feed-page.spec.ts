import { COLORS } from '../../src/styles/tokens';
import { expect, test } from './fixtures';

/** `#rrggbb` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test('/rss.css is built from the design tokens, every colour light and dark', async ({
  request,
}) => {
  const response = await request.get('/rss.css');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/css/);
  const css = await response.text();
  for (const [name, [light, dark]] of Object.entries(COLORS)) {
    expect(css, name).toContain(`--${name}: light-dark(${light}, ${dark});`);
  }
});

test('the feed page takes its colours from the tokens in the reader’s theme', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/rss.xml');
    const side = scheme === 'light' ? 0 : 1;
    const colours = await page.evaluate(() => ({
      paper: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.body).color,
      kicker: getComputedStyle(document.querySelector('.kicker')!).color,
    }));
    expect(colours, scheme).toEqual({
      paper: rgb(COLORS.paper[side]),
      ink: rgb(COLORS.ink[side]),
      kicker: rgb(COLORS.accent[side]),
    });
  }
});
