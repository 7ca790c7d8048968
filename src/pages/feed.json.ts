import type { APIRoute } from 'astro';
import { getFeedItems } from '../build/feed-items';
import { feedDeployment, jsonFeedResponse } from '../build/feed-routes';
import { FEEDS } from '../lib/feeds';

/** JSON Feed 1.1, with the same items as /rss.xml. */
export const GET: APIRoute = async ({ site }) => {
  const deployment = feedDeployment(site);
  return jsonFeedResponse(await getFeedItems(deployment), FEEDS.articlesJson, deployment);
};
