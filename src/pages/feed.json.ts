import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/feed';
import { getFeedItems } from '../lib/feed-items';
import { absolute } from '../lib/head';
import { PAGES } from '../lib/pages';
import { SITE } from '../site';

/** JSON Feed 1.1, with the same items as /rss.xml. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.ts must set `site` (from SITE_URL)');
  const deployment = { site: site.origin, base: import.meta.env.BASE_URL };
  const feed = jsonFeed(await getFeedItems(deployment), {
    title: SITE.title,
    description: PAGES.home.description,
    homeUrl: absolute('/', deployment),
    feedUrl: absolute('/feed.json', deployment),
    language: SITE.locale,
    icon: absolute('/logo.png', deployment),
    author: SITE.author,
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
