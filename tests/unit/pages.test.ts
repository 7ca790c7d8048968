import { describe, expect, it } from 'vitest';
import { fixedPageLayout, PAGES, PAGES_WITH_IMAGES, pageShareText } from '../../src/lib/pages';
import { PAGE_PATHS } from '../../src/schemas/vocabulary';

describe('fixed pages', () => {
  it('take their paths from the list updates may touch', () => {
    for (const [key, page] of Object.entries(PAGES)) {
      expect(page.path).toBe(PAGE_PATHS[key as keyof typeof PAGE_PATHS]);
    }
  });

  it('draw each share image once, and only images that a page names', () => {
    const images = PAGES_WITH_IMAGES.map((page) => page.image);
    expect(new Set(images).size).toBe(images.length);
    expect(images).toEqual(expect.arrayContaining(['home', 'status', 'updates', 'timeline']));
    expect(images).not.toContain('about');
  });

  it('give the layout a title, a path and an image with alt text', () => {
    expect(fixedPageLayout(PAGES.status)).toEqual({
      title: 'Where RELOS stands',
      description: PAGES.status.description,
      path: '/status/',
      image: { name: 'status', alt: 'RELOS Explained: Where RELOS stands' },
    });
    // The front page's image says what the site is, not its name twice.
    expect(fixedPageLayout(PAGES.home).image.alt).toBe(
      'RELOS Explained: The India–Russia military logistics pact, explained from the sources',
    );
    expect(pageShareText(PAGES.timeline)).toEqual({
      title: 'Timeline',
      dek: PAGES.timeline.description,
      kicker: 'Timeline',
    });
  });
});
