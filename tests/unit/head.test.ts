import { describe, expect, it } from 'vitest';
import { buildHead } from '../../src/lib/head';
import { SITE } from '../../src/site';

describe('buildHead', () => {
  it('appends the site name to page titles but not to the front page', () => {
    const page = buildHead({ title: 'About', description: 'd', canonical: 'https://x.org/about/' });
    expect(page.title).toBe(`About | ${SITE.title}`);
    expect(
      buildHead({ title: SITE.title, description: 'd', canonical: 'https://x.org/' }).title,
    ).toBe(SITE.title);
  });

  it('carries the description, canonical URL and both theme colours', () => {
    const head = buildHead({ title: 'T', description: 'A page.', canonical: 'https://x.org/t/' });
    expect(head.canonical).toBe('https://x.org/t/');
    expect(head.meta).toContainEqual({ name: 'description', content: 'A page.' });
    expect(head.meta.filter((m) => m.name === 'theme-color').map((m) => m.content)).toEqual([
      SITE.themeColor.light,
      SITE.themeColor.dark,
    ]);
  });
});
