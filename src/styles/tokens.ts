/**
 * The design tokens: every colour of the site, light and dark side by side, written once. The
 * stylesheet gets them as CSS custom properties (`tokensCss`, served by src/integrations/vite-tokens.ts
 * as `virtual:relos/tokens.css`), the page head takes the theme colour from them, and the share
 * images and logo are painted with the light palette.
 *
 * Loaded by the share-image drawing thread with Node's own TypeScript support: plain data, no
 * imports.
 */

/** A colour in the light theme and in the dark theme. */
export type Pair = readonly [light: string, dark: string];

/** The palette: paper (backgrounds), ink (text), rules, the accent, and the verdict colours. */
export const COLORS = {
  paper: ['#fbfaf7', '#15171a'],
  'paper-raised': ['#ffffff', '#1d2024'],
  'paper-sunk': ['#f1eee7', '#0f1113'],
  ink: ['#1b1b1a', '#ebe8e1'],
  'ink-muted': ['#55524c', '#a9a59c'],
  rule: ['#d9d4c9', '#3a3d42'],
  accent: ['#9b1c1f', '#f08a80'],
  'accent-ink': ['#ffffff', '#15171a'],
  highlight: ['#fff3c4', '#4a3f12'],
  'verdict-allowed': ['#1d6b3a', '#7fd19b'],
  'verdict-limited': ['#8a5a00', '#f0c060'],
  'verdict-paid': ['#22577a', '#8cc4ea'],
  'verdict-procedure': ['#4a3f8f', '#b9b0f0'],
  'verdict-not': ['#9b1c1f', '#f08a80'],
  'verdict-unclear': ['#5b5b66', '#c4c4cc'],
} as const satisfies Record<string, Pair>;

/** The share images' and the logo's colours: the light theme's. */
export const BRAND_COLORS = {
  paper: COLORS.paper[0],
  ink: COLORS.ink[0],
  muted: COLORS['ink-muted'][0],
  accent: COLORS.accent[0],
} as const;

/** The browser's UI colour in each theme (`<meta name="theme-color">`): the paper. */
export const THEME_COLOR = { light: COLORS.paper[0], dark: COLORS.paper[1] } as const;

/**
 * The palette as CSS: one custom property per colour, `light-dark()` choosing by the page's
 * `color-scheme` (the system's, or the one the theme switch sets on <html>). The site's
 * stylesheet and the feed page's (feed-page.ts) both start from it.
 */
export function tokensCss(colors: Readonly<Record<string, Pair>> = COLORS): string {
  const properties = Object.entries(colors).map(
    ([name, [light, dark]]) => `  --${name}: light-dark(${light}, ${dark});`,
  );
  return `:root {\n${properties.join('\n')}\n}\n`;
}
