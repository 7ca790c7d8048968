/**
 * The feed documents, written once for both feeds of the site: the articles (/rss.xml,
 * /feed.json) and the updates log (/updates.xml, /updates.json).
 */
import rss from '@astrojs/rss';
import { escapeHtml, jsonFeed, type FeedItem } from '../lib/feed';
import type { Feed } from '../lib/feeds';
import { ui } from '../i18n/ui';
import { langOf } from '../i18n/locales';
import { absolute, type Deployment } from '../lib/head';
import { href } from './urls';
import { SITE } from '../site';

/** The licence line of every feed (docs/decisions/0006-licence.md). */
const COPYRIGHT = `${SITE.title}: ${SITE.licence.title} (${SITE.licence.short}), ${SITE.licence.url}`;

/** What a feed says about itself (src/lib/feeds.ts). */
export type FeedChannel = Pick<Feed, 'title' | 'description' | 'path' | 'language' | 'home'>;

/** An RSS 2.0 response. Each item's guid is its permalink (an update's is its anchor on /updates/). */
export function rssResponse(
  items: readonly FeedItem[],
  channel: FeedChannel,
  deployment: Deployment,
): Promise<Response> {
  return rss({
    title: channel.title,
    description: channel.description,
    site: absolute(channel.home, deployment),
    // The edition's own feed page: /ru/rss.xsl for the Russian feeds.
    stylesheet: href(`${channel.home}rss.xsl`),
    trailingSlash: true,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      content: 'http://purl.org/rss/1.0/modules/content/',
      creativeCommons: 'http://backend.userland.com/creativeCommonsRssModule',
    },
    customData: [
      `<language>${channel.language}</language>`,
      `<copyright>${escapeHtml(COPYRIGHT)}</copyright>`,
      `<creativeCommons:license>${escapeHtml(SITE.licence.url)}</creativeCommons:license>`,
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
      customData:
        item.authors.map((name) => `<dc:creator>${escapeHtml(name)}</dc:creator>`).join('') +
        (item.language ? `<dc:language>${escapeHtml(item.language)}</dc:language>` : ''),
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
    homeUrl: absolute(channel.home, deployment),
    feedUrl: absolute(channel.path, deployment),
    language: channel.language,
    icon: absolute('/logo.png', deployment),
    author: ui(langOf(channel.home.split('/')[1])).site.author,
    licence: { url: SITE.licence.url, about: absolute(`${channel.home}republish/`, deployment) },
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
