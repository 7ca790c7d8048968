import { SITE } from '../site';

/** What a page says about itself; everything else in the head is derived. */
export interface PageMeta {
  /** The page's own title; the site name is appended unless this is the front page. */
  title: string;
  /** One or two sentences for search results and share previews. */
  description: string;
  /** The canonical absolute URL of the page. */
  canonical: string;
}

/** The `<head>` content every page shares, computed once from the page's metadata. */
export interface HeadData {
  title: string;
  description: string;
  canonical: string;
  meta: { name?: string; property?: string; content: string; media?: string }[];
}

/** Builds the document title, canonical URL and meta tags for a page. Pure and unit-tested. */
export function buildHead(page: PageMeta): HeadData {
  const title = page.title === SITE.title ? SITE.title : `${page.title} | ${SITE.title}`;
  return {
    title,
    description: page.description,
    canonical: page.canonical,
    meta: [
      { name: 'description', content: page.description },
      {
        name: 'theme-color',
        content: SITE.themeColor.light,
        media: '(prefers-color-scheme: light)',
      },
      { name: 'theme-color', content: SITE.themeColor.dark, media: '(prefers-color-scheme: dark)' },
      { name: 'color-scheme', content: 'light dark' },
    ],
  };
}
