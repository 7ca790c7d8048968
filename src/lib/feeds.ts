import { DEFAULT_LANG, LOCALES, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** One feed of an edition. */
export interface Feed {
  /** Its path on the site: `/rss.xml`, `/ru/rss.xml`. */
  path: string;
  type: 'application/rss+xml' | 'application/feed+json';
  /** The feed's own title. */
  title: string;
  /** Its title in each page's autodiscovery links. */
  linkTitle: string;
  description: string;
  /** The edition's language (BCP 47), for the feed's language field. */
  language: string;
  /** The edition's front page, the feed's home. */
  home: string;
}

/**
 * An edition's four feeds: the one place their paths, titles (`title` in the feed, `linkTitle`
 * in each page's autodiscovery links) and descriptions are written. English at `/rss.xml`,
 * the others under their language: `/hi/rss.xml`.
 */
export function feedsFor(lang: Lang) {
  const t = ui(lang);
  const prefix = lang === DEFAULT_LANG ? '' : `/${lang}`;
  const common = { language: LOCALES[lang].tag, home: `${prefix}/` };
  const updates = `${t.site.title}: ${t.feeds.updates}`;
  return {
    articlesRss: {
      ...common,
      path: `${prefix}/rss.xml`,
      type: 'application/rss+xml',
      title: t.site.title,
      linkTitle: `${t.site.title}: ${t.feeds.articles} (${t.feeds.rss})`,
      description: t.pages.home.description,
    },
    articlesJson: {
      ...common,
      path: `${prefix}/feed.json`,
      type: 'application/feed+json',
      title: t.site.title,
      linkTitle: `${t.site.title}: ${t.feeds.articles} (${t.feeds.jsonFeed})`,
      description: t.pages.home.description,
    },
    updatesRss: {
      ...common,
      path: `${prefix}/updates.xml`,
      type: 'application/rss+xml',
      title: updates,
      linkTitle: `${updates} (${t.feeds.rss})`,
      description: t.pages.updates.description,
    },
    updatesJson: {
      ...common,
      path: `${prefix}/updates.json`,
      type: 'application/feed+json',
      title: updates,
      linkTitle: `${updates} (${t.feeds.jsonFeed})`,
      description: t.pages.updates.description,
    },
  } as const satisfies Record<string, Feed>;
}

/** The English edition's feeds. */
export const FEEDS = feedsFor(DEFAULT_LANG);
