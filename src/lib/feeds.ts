import { SITE } from '../site';
import { PAGES } from './pages';

/**
 * The site's four feeds: the one place their paths, titles (`title` in the feed, `linkTitle` in
 * each page's autodiscovery links) and descriptions are written.
 */
export const FEEDS = {
  articlesRss: {
    path: '/rss.xml',
    type: 'application/rss+xml',
    title: SITE.title,
    linkTitle: `${SITE.title}: articles (RSS)`,
    description: PAGES.home.description,
  },
  articlesJson: {
    path: '/feed.json',
    type: 'application/feed+json',
    title: SITE.title,
    linkTitle: `${SITE.title}: articles (JSON Feed)`,
    description: PAGES.home.description,
  },
  updatesRss: {
    path: '/updates.xml',
    type: 'application/rss+xml',
    title: `${SITE.title}: updates and corrections`,
    linkTitle: `${SITE.title}: updates and corrections (RSS)`,
    description: PAGES.updates.description,
  },
  updatesJson: {
    path: '/updates.json',
    type: 'application/feed+json',
    title: `${SITE.title}: updates and corrections`,
    linkTitle: `${SITE.title}: updates and corrections (JSON Feed)`,
    description: PAGES.updates.description,
  },
} as const;
