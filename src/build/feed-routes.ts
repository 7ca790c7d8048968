/**
 * The feed documents, written once for both feeds of the site: the articles (/rss.xml,
 * /feed.json) and the updates log (/updates.xml, /updates.json).
 */
import rss from '@astrojs/rss';
import { SITE } from '../site';
import { escapeHtml, jsonFeed, type FeedItem } from '../lib/feed';
import { absolute, type Deployment } from '../lib/head';
import { href } from '../lib/urls';

/** What a feed says about itself. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The feed's own path: `/rss.xml`. */
  path: string;
}

/** An RSS 2.0 response. Each item's guid is its permalink (an update's is its anchor on /updates/). */
export function rssResponse(
  items: readonly FeedItem[],
  channel: FeedChannel,
  deployment: Deployment,
): Promise<Response> {
  return rss({
    title: channel.title,
    description: channel.description,
    site: absolute('/', deployment),
    stylesheet: href('/rss.xsl'),
    trailingSlash: true,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      content: 'http://purl.org/rss/1.0/modules/content/',
    },
    customData: [
      `<language>${SITE.locale}</language>`,
      `<lastBuildDate>${new Date().toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeHtml(absolute(channel.path, deployment))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      content: item.html,
      categories: item.categories,
      // @astrojs/rss adds the guid (the permalink). RSS's own <author> must be an e-mail
      // address, so the byline goes in <dc:creator>, which feed readers show as the author.
      customData: item.authors
        .map((name) => `<dc:creator>${escapeHtml(name)}</dc:creator>`)
        .join(''),
    })),
  });
}

/** A JSON Feed 1.1 response with the same items. */
export function jsonFeedResponse(
  items: readonly FeedItem[],
  channel: FeedChannel,
  deployment: Deployment,
): Response {
  const feed = jsonFeed(items, {
    title: channel.title,
    description: channel.description,
    homeUrl: absolute('/', deployment),
    feedUrl: absolute(channel.path, deployment),
    language: SITE.locale,
    icon: absolute('/logo.png', deployment),
    author: SITE.author,
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

/** The deployment a feed route is built for; feeds need absolute links. */
export function feedDeployment(site: URL | undefined): Deployment {
  if (!site) throw new Error('astro.config.ts must set `site` (from SITE_URL)');
  return { site: site.origin, base: import.meta.env.BASE_URL };
}
