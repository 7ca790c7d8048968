import type { ShareImageText } from './share-card';
import { PAGE_PATHS, type PageKey } from '../schemas/vocabulary';
import { DEFAULT_LANG, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** A fixed page's title, description, share-image label, and the name of its share image. */
export interface FixedPage {
  path: string;
  title: string;
  description: string;
  /** The small label on its share image and above its headline. */
  kicker: string;
  /** Its share image under /og/; pages without their own use the front page's. */
  image: string;
  /** The edition it belongs to. */
  lang: Lang;
}

/** The share image each fixed page shows (pages without their own use the front page's). */
const IMAGES = {
  home: 'home',
  status: 'status',
  updates: 'updates',
  timeline: 'timeline',
  whatItAllows: 'what-it-allows',
  glossary: 'glossary',
  about: 'home',
  subscribe: 'home',
  tags: 'home',
  search: 'home',
  data: 'data',
  republish: 'home',
  notFound: 'home',
} as const satisfies Record<PageKey, string>;

/**
 * The site's fixed pages in an edition: paths from the vocabulary, words from the edition's
 * dictionary (src/i18n/ui), the one place their titles and descriptions are written. Paths are
 * the English ones; `src/data/editions.ts` prefixes them. A translated edition's share images
 * are under its language: `og/ru/status.png`.
 */
export function pagesFor(lang: Lang): Record<PageKey, FixedPage> {
  const words = ui(lang).pages;
  const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
  return Object.fromEntries(
    (Object.keys(PAGE_PATHS) as PageKey[]).map((key) => [
      key,
      { path: PAGE_PATHS[key], ...words[key], image: `${prefix}${IMAGES[key]}`, lang },
    ]),
  ) as Record<PageKey, FixedPage>;
}

/** The English edition's fixed pages. */
export const PAGES = pagesFor(DEFAULT_LANG);

/** The fixed pages of an edition that have a share image of their own. */
export function pagesWithImages(lang: Lang): FixedPage[] {
  return Object.values(pagesFor(lang)).filter(
    (page, index, all) => all.findIndex((other) => other.image === page.image) === index,
  );
}

/** The English fixed pages that have a share image of their own. */
export const PAGES_WITH_IMAGES: readonly FixedPage[] = pagesWithImages(DEFAULT_LANG);

/** The site's name and tagline in a page's edition. */
const site = (page: FixedPage) => ui(page.lang).site;

/** The layout props of a fixed page: its title, description, path and share image. */
export function fixedPageLayout(page: FixedPage) {
  return {
    title: page.title,
    description: page.description,
    path: page.path,
    image: {
      name: page.image,
      alt: `${site(page).title}: ${page.title === site(page).title ? site(page).tagline : page.title}`,
    },
  };
}

/** What a fixed page's share image shows: its title, its description and its kicker. */
export function pageShareText(page: FixedPage): ShareImageText {
  return { title: page.title, dek: page.description, kicker: page.kicker };
}
