import type { ShareImageText } from './share-card';
import { PAGE_PATHS, type PageKey } from '../schemas/vocabulary';
import { SITE } from '../site';

/** A fixed page's title, description, share-image label, and the name of its share image. */
export interface FixedPage {
  path: string;
  title: string;
  description: string;
  /** The small label on its share image and above its headline. */
  kicker: string;
  /** Its share image under /og/; pages without their own use the front page's. */
  image: string;
}

/** The site's fixed pages: the one place their titles and descriptions are written. */
export const PAGES = {
  home: {
    path: PAGE_PATHS.home,
    title: SITE.title,
    description: SITE.description,
    kicker: 'India–Russia logistics pact',
    image: 'home',
  },
  status: {
    path: PAGE_PATHS.status,
    title: 'Where RELOS stands',
    description:
      'Every step from signature to entry into force, for Russia and for India: what is done, what is not confirmed, and the day we last checked each.',
    kicker: 'Status',
    image: 'status',
  },
  updates: {
    path: PAGE_PATHS.updates,
    title: 'Updates and corrections',
    description:
      'Every development, correction and clarification on RELOS Explained, newest first, each dated and linked to what it changed. Also as a feed.',
    kicker: 'Updates',
    image: 'updates',
  },
  timeline: {
    path: PAGE_PATHS.timeline,
    title: 'Timeline',
    description:
      "Every dated step in the story of RELOS, from the 2000 strategic partnership to Russia's 2025 ratification law, each with its sources.",
    kicker: 'Timeline',
    image: 'timeline',
  },
  whatItAllows: {
    path: PAGE_PATHS.whatItAllows,
    title: 'What RELOS allows',
    description:
      'Item by item, what the India–Russia logistics agreement allows or limits, what it leaves to separate financial arrangements, and what no official text supports.',
    kicker: 'Explainer',
    image: 'what-it-allows',
  },
  glossary: {
    path: PAGE_PATHS.glossary,
    title: 'Glossary',
    description:
      'The terms used on RELOS Explained, in plain words: RELOS, LEMOA, the State Duma, the Federation Council, instruments of ratification and more.',
    kicker: 'Reference',
    image: 'glossary',
  },
  about: {
    path: PAGE_PATHS.about,
    title: 'About',
    description:
      'Who makes RELOS Explained, how every fact is checked against a named source, and how to report an error.',
    kicker: 'About',
    image: 'home',
  },
  subscribe: {
    path: PAGE_PATHS.subscribe,
    title: 'Subscribe',
    description:
      'Follow RELOS Explained in any feed reader: every new article and every update arrives in full, with no account and no tracking.',
    kicker: 'Subscribe',
    image: 'home',
  },
  tags: {
    path: PAGE_PATHS.tags,
    title: 'Topics',
    description:
      "Every topic RELOS Explained covers, from ratification and treaty law to navies, summits and India's other partnerships, with its articles.",
    kicker: 'Topics',
    image: 'home',
  },
  search: {
    path: PAGE_PATHS.search,
    title: 'Search',
    description:
      'Search every article, timeline event and glossary term on RELOS Explained, the explainer of the India–Russia logistics agreement.',
    kicker: 'Search',
    image: 'home',
  },
  notFound: {
    path: PAGE_PATHS.notFound,
    title: 'Page not found',
    description:
      'There is no page at this address. Here are the latest articles on the India–Russia RELOS agreement.',
    kicker: 'Error 404',
    image: 'home',
  },
} as const satisfies Record<PageKey, FixedPage>;

/** The fixed pages that have a share image of their own. */
export const PAGES_WITH_IMAGES: readonly FixedPage[] = Object.values(PAGES).filter(
  (page, index, all) => all.findIndex((other) => other.image === page.image) === index,
);

/** The layout props of a fixed page: its title, description, path and share image. */
export function fixedPageLayout(page: FixedPage) {
  return {
    title: page.title,
    description: page.description,
    path: page.path,
    image: {
      name: page.image,
      alt: `${SITE.title}: ${page.title === SITE.title ? SITE.tagline : page.title}`,
    },
  };
}

/** What a fixed page's share image shows: its title, its description and its kicker. */
export function pageShareText(page: FixedPage): ShareImageText {
  return { title: page.title, dek: page.description, kicker: page.kicker };
}
