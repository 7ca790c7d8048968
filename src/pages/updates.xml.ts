import type { APIRoute } from 'astro';
import { getUpdateFeedItems } from '../build/feed-items';
import { feedDeployment, rssResponse } from '../build/feed-routes';
import { FEEDS } from '../lib/feeds';

/** RSS 2.0 with one item per entry of the updates log, each with its own guid and date. */
export const GET: APIRoute = async ({ site }) => {
  const deployment = feedDeployment(site);
  return rssResponse(await getUpdateFeedItems(deployment), FEEDS.updatesRss, deployment);
};
