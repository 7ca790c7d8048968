import { describe, expect, it } from 'vitest';
import { GET } from '../../src/pages/rss.css';
import { feedPageCss } from '../../src/styles/feed-page';
import { COLORS, type Pair } from '../../src/styles/tokens';

/** What the `/rss.css` route answers with. */
async function served(): Promise<Response> {
  return GET({} as Parameters<typeof GET>[0]) as Promise<Response>;
}

describe('/rss.css, the feed page’s stylesheet', () => {
  it('is served as CSS by its route, made from the tokens', async () => {
    const response = await served();
    expect(response.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toBe(feedPageCss());
  });

  it('carries every token colour, light and dark, under its token’s name', async () => {
    const css = await (await served()).text();
    for (const [name, [light, dark]] of Object.entries(COLORS)) {
      expect(css, name).toContain(`--${name}: light-dark(${light}, ${dark});`);
    }
    // The page follows the reader's system theme, which light-dark() reads.
    expect(css).toMatch(/:root \{\s*color-scheme: light dark;/);
  });

  it('changes when a token changes', () => {
    const colors: Record<string, Pair> = { ...COLORS, accent: ['#123456', '#abcdef'] };
    const css = feedPageCss(colors);
    expect(css).not.toBe(feedPageCss());
    expect(css).toContain('--accent: light-dark(#123456, #abcdef);');
    expect(css).not.toContain(`--accent: light-dark(${COLORS.accent[0]}`);
  });

  it('uses only colours the tokens define', () => {
    const css = feedPageCss();
    const used = [...css.matchAll(/var\(--([\w-]+)\)/g)].map(([, name]) => name!);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(COLORS), name).toContain(name);
    // No colour is written in the rules themselves: each comes from a token.
    const rules = css.slice(css.indexOf('}') + 1);
    expect(rules).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });
});
