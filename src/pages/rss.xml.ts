import type { APIRoute } from 'astro';
import { getFeedItems } from '../build/feed-items';
import { feedDeployment, rssResponse } from '../build/feed-routes';
import { FEEDS } from '../lib/feeds';

/** RSS 2.0 with every article in full; see README "Feeds" for the pubDate policy. */
export const GET: APIRoute = async ({ site }) => {
  const deployment = feedDeployment(site);
  return rssResponse(await getFeedItems(deployment), FEEDS.articlesRss, deployment);
};
