/**
 * The stylesheet of the page a browser shows for an RSS feed (the XSLT page of
 * src/lib/feed-stylesheet.ts), served as `/rss.css` by src/pages/rss.css.ts. It starts from the
 * design tokens (tokens.ts), light and dark, so the feed page follows the palette and the
 * reader's system theme with the rest of the site. External, not inline: the feed page has no
 * policy hash for an inline stylesheet, and needs none.
 */
import { COLORS, tokensCss, type Pair } from './tokens';

/** `/rss.css`: the palette as custom properties, then the feed page's own rules. */
export function feedPageCss(colors: Readonly<Record<string, Pair>> = COLORS): string {
  return `/* Written by the build from src/styles/feed-page.ts and the colours in src/styles/tokens.ts. */
${tokensCss(colors)}:root {
  color-scheme: light dark;
}
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font:
    1.0625rem/1.6 system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    'Noto Sans',
    'Noto Sans Devanagari',
    'Kohinoor Devanagari',
    'Nirmala UI',
    Mangal,
    sans-serif;
}
main {
  max-width: 42rem;
  margin: 0 auto;
  padding: 2rem 1rem 4rem;
}
h1,
h2 {
  font-family: Charter, 'Bitstream Charter', Cambria, 'DejaVu Serif', serif;
  line-height: 1.2;
}
h1 {
  font-size: 2.25rem;
  margin: 0.25rem 0 1rem;
}
.kicker {
  color: var(--accent);
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  font-size: 0.8rem;
  margin: 0;
}
.box {
  border-left: 4px solid var(--accent);
  padding: 0.75rem 1rem;
  background: color-mix(in srgb, var(--paper) 90%, var(--ink));
}
code {
  font:
    0.95rem ui-monospace,
    Menlo,
    Consolas,
    monospace;
  word-break: break-all;
}
a {
  color: inherit;
  text-decoration-color: var(--accent);
  text-underline-offset: 0.15em;
}
ol {
  padding: 0;
  list-style: none;
}
li {
  border-top: 1px solid var(--rule);
  padding: 1rem 0;
}
li h2 {
  font-size: 1.3rem;
  margin: 0 0 0.25rem;
}
.meta {
  color: var(--ink-muted);
  font-size: 0.9rem;
  margin: 0;
}
`;
}
