import { DEFAULT_LANG, LOCALES, editionPath, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { SITE } from '../site';
import { BRAND_COLORS, THEME_COLOR } from '../styles/tokens';
import { oembedPath } from './embeds';
import { feedsFor } from './feeds';
import { citationMeta, type CitedPage } from './page-citation';
import { withBase } from './urls';

/** Where the site is deployed: its origin and base path. */
export interface Deployment {
  /** Origin, e.g. `https://example.org`. */
  site: string;
  /** Base path with slashes, e.g. `/` or `/relos/`. */
  base: string;
}

/** Article facts that go into `article:*` tags and the NewsArticle JSON-LD. */
export interface ArticleMeta {
  published: Date;
  /** The last change to the text (from the updates log); none when it never changed. */
  modified?: Date | undefined;
  /** The day its facts were last checked against the sources. */
  factsChecked?: Date | undefined;
  /** The section: the article's kind label ("News", "Analysis"). */
  section: string;
  /** Topic labels. */
  tags: readonly string[];
  authors: readonly string[];
}

/** What a page says about itself; everything in the head is derived from this. */
export interface PageMeta {
  /** The page's own title; the site name is appended except on the front page. */
  title: string;
  /** One or two sentences for search results and share previews. */
  description: string;
  /** The page's path in the English edition, as if the site lived at `/`, e.g. `/articles/x/`. */
  path: string;
  /** The page's edition. */
  lang: Lang;
  /** Every edition that has this page (its own among them): the `hreflang` alternates. */
  editions: readonly Lang[];
  /** The share image's path (as `path`) and what it shows. */
  image: { path: string; alt: string; width: number; height: number };
  /** Article details; present only on articles. */
  article?: ArticleMeta | undefined;
  /** Breadcrumbs after "Home", each a name and a path; the page itself last. */
  breadcrumbs?: readonly { name: string; path: string }[] | undefined;
  /**
   * The oEmbed response the page advertises: that of the page at `path` (an English path, as
   * `path` above: the page itself, or its embed) and the response's title.
   */
  oembed?: { path: string; title: string } | undefined;
  /** How the page is cited, on pages with a Cite box: its `citation_*` tags. */
  citation?: CitedPage | undefined;
}

/** One `<meta>` element's attributes. */
export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
  media?: string;
}

/** Everything `BaseHead` renders. */
export interface HeadData {
  title: string;
  description: string;
  canonical: string;
  meta: MetaTag[];
  /** Alternate links: the feeds of the page's edition, and its oEmbed response. */
  alternates: { type: string; title: string; href: string }[];
  /** The page in each edition that has it, and `x-default` (the English page). */
  languages: { hreflang: string; href: string }[];
  /** The page's language (BCP 47). */
  lang: string;
  /** JSON-LD objects, each rendered in its own script element with {@link serializeJsonLd}. */
  jsonLd: Record<string, unknown>[];
}

/** The site's icon: its initial on the accent, as the share images' logo draws it (also /favicon.svg). */
export const ICON_SVG =
  `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>` +
  `<rect width='64' height='64' rx='10' fill='${BRAND_COLORS.accent}'/>` +
  `<text x='32' y='45' font-family='Georgia, DejaVu Serif, serif' font-size='40' font-weight='700' text-anchor='middle' fill='#fff'>${SITE.title.charAt(0)}</text></svg>`;

/**
 * The icon as a `data:` address, written into each page: 300 bytes that cost no request. As a
 * file, Chromium asked for it just before the first paint (at 218 ms, the paint at 223 ms on the
 * heaviest article), and Lighthouse counts every request made before the largest contentful
 * paint into its estimate of it. Only what a URL or an HTML attribute cannot hold is escaped.
 */
export const ICON_HREF = `data:image/svg+xml,${ICON_SVG.replace(/[%#<>"\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;

/** The absolute URL of a site path on a deployment. */
export function absolute(path: string, deployment: Deployment): string {
  return new URL(withBase(path, deployment.base), deployment.site).href;
}

/** Builds the title, canonical URL, Open Graph, Twitter, feed links and JSON-LD for a page. */
export function buildHead(page: PageMeta, deployment: Deployment): HeadData {
  const isHome = page.path === '/';
  const site = ui(page.lang).site;
  const locale = LOCALES[page.lang];
  // Search results cut titles at about 60 characters: the site name is added only where it fits.
  const suffixed = `${page.title} | ${site.title}`;
  const title = isHome ? site.title : suffixed.length <= 60 ? suffixed : page.title;
  const inEdition = (path: string) => editionPath(path, page.lang);
  const canonical = absolute(inEdition(page.path), deployment);
  const image = absolute(page.image.path, deployment);
  const home = absolute(inEdition('/'), deployment);
  const article = page.article;

  const meta: MetaTag[] = [
    { name: 'description', content: page.description },
    { name: 'theme-color', content: THEME_COLOR.light, media: '(prefers-color-scheme: light)' },
    { name: 'theme-color', content: THEME_COLOR.dark, media: '(prefers-color-scheme: dark)' },
    { name: 'color-scheme', content: 'light dark' },
    { property: 'og:site_name', content: site.title },
    { property: 'og:type', content: article ? 'article' : 'website' },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: canonical },
    { property: 'og:image', content: image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(page.image.width) },
    { property: 'og:image:height', content: String(page.image.height) },
    { property: 'og:image:alt', content: page.image.alt },
    { property: 'og:locale', content: locale.ogLocale },
    ...page.editions
      .filter((lang) => lang !== page.lang)
      .map((lang) => ({ property: 'og:locale:alternate', content: LOCALES[lang].ogLocale })),
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: page.image.alt },
  ];
  if (article) {
    meta.push({ property: 'article:published_time', content: article.published.toISOString() });
    if (article.modified) {
      meta.push({ property: 'article:modified_time', content: article.modified.toISOString() });
    }
    meta.push({ property: 'article:section', content: article.section });
    for (const tag of article.tags) meta.push({ property: 'article:tag', content: tag });
  }
  if (page.citation) meta.push(...citationMeta(page.citation));

  const publisher = {
    '@type': 'Organization',
    name: site.title,
    url: home,
    logo: {
      '@type': 'ImageObject',
      url: absolute('/logo.png', deployment),
      width: 512,
      height: 512,
    },
  };
  const jsonLd: Record<string, unknown>[] = [];
  if (isHome) {
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.title,
      url: home,
      description: page.description,
      inLanguage: locale.tag,
      publisher,
      license: SITE.licence.url,
    });
  }
  if (article) {
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: page.title,
      description: page.description,
      datePublished: article.published.toISOString(),
      // Only when the text changed: a fresh check of the facts is `lastReviewed`, below.
      ...(article.modified ? { dateModified: article.modified.toISOString() } : {}),
      author: article.authors.map((name) => ({ '@type': 'Organization', name, url: home })),
      publisher,
      image: [image],
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': canonical,
        ...(article.factsChecked
          ? { lastReviewed: article.factsChecked.toISOString().slice(0, 10) }
          : {}),
      },
      articleSection: article.section,
      keywords: article.tags.join(', '),
      isAccessibleForFree: true,
      inLanguage: locale.tag,
      license: SITE.licence.url,
    });
  }
  if (!isHome && !article) {
    // Every other page: what it is, and the licence of its text (docs/decisions/0006-licence.md).
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: page.title,
      description: page.description,
      url: canonical,
      inLanguage: locale.tag,
      isPartOf: { '@type': 'WebSite', name: site.title, url: home },
      ...(page.citation
        ? { lastReviewed: page.citation.factsChecked.toISOString().slice(0, 10) }
        : {}),
      license: SITE.licence.url,
    });
  }
  if (!isHome) {
    const crumbs = [
      { name: site.title, path: '/' },
      ...(page.breadcrumbs ?? [{ name: page.title, path: page.path }]),
    ];
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: crumbs.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: absolute(inEdition(crumb.path), deployment),
      })),
    });
  }

  return {
    title,
    description: page.description,
    canonical,
    meta,
    alternates: [
      ...Object.values(feedsFor(page.lang)).map((feed) => ({
        type: feed.type,
        title: feed.linkTitle,
        href: absolute(feed.path, deployment),
      })),
      ...(page.oembed
        ? [
            {
              type: 'application/json+oembed',
              title: page.oembed.title,
              href: absolute(oembedPath(inEdition(page.oembed.path)), deployment),
            },
          ]
        : []),
    ],
    // Only between pages that exist in each language; x-default is the reference edition.
    languages:
      page.editions.length > 1
        ? [
            ...page.editions.map((lang) => ({
              hreflang: LOCALES[lang].tag,
              href: absolute(editionPath(page.path, lang), deployment),
            })),
            {
              hreflang: 'x-default',
              href: absolute(editionPath(page.path, DEFAULT_LANG), deployment),
            },
          ]
        : [],
    lang: locale.tag,
    jsonLd,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>`, `&` and the line
 * separators are escaped as JSON unicode escapes, so no text (not even `</script>`) can end the
 * element or be read as markup; the JSON value is unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
