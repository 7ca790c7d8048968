import { describe, expect, it } from 'vitest';
import { absolute, buildHead, ICON_HREF, serializeJsonLd, type PageMeta } from '../../src/lib/head';
import { BRAND_COLORS } from '../../src/styles/tokens';
import { SITE } from '../../src/site';

const deployment = { site: 'https://example.org', base: '/relos/' };
const image = { path: '/og/x.png', alt: 'Share image', width: 1200, height: 630 };
const page: PageMeta = {
  title: 'Timeline',
  description: 'Every step.',
  path: '/timeline/',
  lang: 'en',
  editions: ['en'],
  image,
};
const article: PageMeta = {
  title: 'Russia ratifies RELOS',
  description: 'What happened.',
  path: '/articles/russia-ratifies-relos/',
  lang: 'en',
  editions: ['en'],
  image: { ...image, path: '/og/articles/russia-ratifies-relos.png' },
  article: {
    published: new Date('2026-11-25T00:00:00Z'),
    modified: new Date('2026-11-27T00:00:00Z'),
    factsChecked: new Date('2026-11-26T00:00:00Z'),
    section: 'News',
    tags: ['Ratification', 'Treaty law'],
    authors: ['RELOS Explained staff'],
  },
  breadcrumbs: [{ name: 'Russia ratifies RELOS', path: '/articles/russia-ratifies-relos/' }],
};

const metaContent = (head: ReturnType<typeof buildHead>, key: string) =>
  head.meta.filter((m) => m.property === key || m.name === key).map((m) => m.content);

describe('buildHead for a page', () => {
  const head = buildHead(page, deployment);

  it('titles the page and makes canonical and og:url the same absolute URL under the base', () => {
    expect(head.title).toBe(`Timeline | ${SITE.title}`);
    expect(head.canonical).toBe('https://example.org/relos/timeline/');
    expect(metaContent(head, 'og:url')).toEqual([head.canonical]);
  });

  it('carries Open Graph and Twitter tags with an absolute image, its size and alt', () => {
    expect(metaContent(head, 'og:type')).toEqual(['website']);
    expect(metaContent(head, 'og:site_name')).toEqual([SITE.title]);
    expect(metaContent(head, 'og:image')).toEqual(['https://example.org/relos/og/x.png']);
    expect(metaContent(head, 'og:image:width')).toEqual(['1200']);
    expect(metaContent(head, 'og:image:height')).toEqual(['630']);
    expect(metaContent(head, 'og:image:alt')).toEqual(['Share image']);
    expect(metaContent(head, 'og:locale')).toEqual(['en_GB']);
    expect(metaContent(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaContent(head, 'article:published_time')).toEqual([]);
  });

  it('links all four feeds and gives a breadcrumb, but no article data', () => {
    expect(head.alternates.map((a) => [a.type, a.href])).toEqual([
      ['application/rss+xml', 'https://example.org/relos/rss.xml'],
      ['application/feed+json', 'https://example.org/relos/feed.json'],
      ['application/rss+xml', 'https://example.org/relos/updates.xml'],
      ['application/feed+json', 'https://example.org/relos/updates.json'],
    ]);
    expect(new Set(head.alternates.map((a) => a.title)).size).toBe(4);
    // A page says what it is and under which licence its text is (docs/decisions/0006-licence.md).
    expect(head.jsonLd.map((j) => j['@type'])).toEqual(['WebPage', 'BreadcrumbList']);
    expect(head.jsonLd[0]!['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('names the front page by the site alone and describes the WebSite', () => {
    const home = buildHead({ ...page, title: SITE.title, path: '/' }, deployment);
    expect(home.title).toBe(SITE.title);
    expect(home.jsonLd.map((j) => j['@type'])).toEqual(['WebSite']);
    expect(home.jsonLd[0]).toMatchObject({ url: 'https://example.org/relos/', name: SITE.title });
  });
});

describe('buildHead for an article', () => {
  const head = buildHead(article, deployment);

  it('marks it as an article with times, section and tags', () => {
    expect(metaContent(head, 'og:type')).toEqual(['article']);
    expect(metaContent(head, 'article:published_time')).toEqual(['2026-11-25T00:00:00.000Z']);
    expect(metaContent(head, 'article:modified_time')).toEqual(['2026-11-27T00:00:00.000Z']);
    expect(metaContent(head, 'article:section')).toEqual(['News']);
    expect(metaContent(head, 'article:tag')).toEqual(['Ratification', 'Treaty law']);
  });

  it('describes it as a NewsArticle with a publisher logo, and gives its breadcrumb', () => {
    const [news, crumbs] = head.jsonLd;
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Russia ratifies RELOS',
      datePublished: '2026-11-25T00:00:00.000Z',
      dateModified: '2026-11-27T00:00:00.000Z',
      image: ['https://example.org/relos/og/articles/russia-ratifies-relos.png'],
      mainEntityOfPage: {
        '@id': 'https://example.org/relos/articles/russia-ratifies-relos/',
        lastReviewed: '2026-11-26',
      },
      articleSection: 'News',
      keywords: 'Ratification, Treaty law',
      isAccessibleForFree: true,
      publisher: { logo: { url: 'https://example.org/relos/logo.png' } },
    });
    expect(crumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, item: 'https://example.org/relos/' },
        {
          position: 2,
          name: 'Russia ratifies RELOS',
          item: 'https://example.org/relos/articles/russia-ratifies-relos/',
        },
      ],
    });
  });
});

describe('buildHead for an article whose text never changed', () => {
  const head = buildHead(
    { ...article, article: { ...article.article!, modified: undefined } },
    deployment,
  );

  it('gives no modified time: a fresh check of the facts is not a change to the text', () => {
    expect(metaContent(head, 'article:modified_time')).toEqual([]);
    expect(head.jsonLd[0]).not.toHaveProperty('dateModified');
    expect(head.jsonLd[0]).toMatchObject({ mainEntityOfPage: { lastReviewed: '2026-11-26' } });
  });
});

describe('serializeJsonLd', () => {
  it('cannot be ended or turned into markup by hostile text, and round-trips', () => {
    const hostile = {
      headline:
        '</script><script>alert(1)</script> & <img src=x onerror=alert(1)> "q" \u2028 עברית',
    };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('absolute', () => {
  it('resolves a path under the base on the origin', () => {
    expect(absolute('/rss.xml', { site: 'https://example.org', base: '/' })).toBe(
      'https://example.org/rss.xml',
    );
    expect(absolute('/timeline/#x', deployment)).toBe('https://example.org/relos/timeline/#x');
  });
});

describe('document titles', () => {
  it('add the site name only where the whole title stays within 60 characters', () => {
    const long = 'x'.repeat(45);
    expect(buildHead({ ...page, title: long }, deployment).title).toBe(long);
    expect(buildHead({ ...page, title: 'Short' }, deployment).title).toBe(`Short | ${SITE.title}`);
  });
});

describe('the site icon', () => {
  it('is an SVG in the page, in the accent colour, with the site’s initial', () => {
    expect(ICON_HREF.startsWith('data:image/svg+xml,')).toBe(true);
    const svg = decodeURIComponent(ICON_HREF.slice('data:image/svg+xml,'.length));
    expect(svg).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg'[^>]*>.*<\/svg>$/);
    expect(svg).toContain(`fill='${BRAND_COLORS.accent}'`);
    expect(svg).toContain(`>${SITE.title.charAt(0)}</text>`);
    // Nothing in the address that ends an HTML attribute or starts a fragment.
    expect(ICON_HREF).not.toMatch(/["<>#\s]/);
  });
});
