import type { APIRoute } from 'astro';
import { getUpdateFeedItems } from '../build/feed-items';
import { feedDeployment, jsonFeedResponse } from '../build/feed-routes';
import { FEEDS } from '../lib/feeds';

/** JSON Feed 1.1, with the same items as /updates.xml. */
export const GET: APIRoute = async ({ site }) => {
  const deployment = feedDeployment(site);
  return jsonFeedResponse(await getUpdateFeedItems(deployment), FEEDS.updatesJson, deployment);
};
