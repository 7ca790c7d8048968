import type { APIRoute } from 'astro';
import { getFeedItems } from '../../build/feed-items';
import { editionParams } from '../../build/editions';
import { feedDeployment, rssResponse } from '../../build/feed-routes';
import { langOf } from '../../i18n/locales';
import { feedsFor } from '../../lib/feeds';

export const getStaticPaths = editionParams;

/** RSS 2.0 with every article in full (an edition's own translation where it has one); see README "Feeds" for the pubDate policy. */
export const GET: APIRoute = async ({ site, params }) => {
  const deployment = feedDeployment(site);
  const lang = langOf(params['lang']);
  return rssResponse(await getFeedItems(deployment, lang), feedsFor(lang).articlesRss, deployment);
};
