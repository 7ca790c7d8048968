import type { APIRoute } from 'astro';
import { getUpdateFeedItems } from '../../data/feed-items';
import { editionParams } from '../../data/editions';
import { feedDeployment, rssResponse } from '../../data/feed-routes';
import { langOf } from '../../i18n/locales';
import { feedsFor } from '../../lib/feeds';

export const getStaticPaths = editionParams;

/** The edition's updates log as RSS 2.0: one item per development, correction, clarification or new article. */
export const GET: APIRoute = async ({ site, params }) => {
  const deployment = feedDeployment(site);
  const lang = langOf(params['lang']);
  return rssResponse(
    await getUpdateFeedItems(deployment, lang),
    feedsFor(lang).updatesRss,
    deployment,
  );
};
