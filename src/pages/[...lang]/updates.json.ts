import type { APIRoute } from 'astro';
import { getUpdateFeedItems } from '../../data/feed-items';
import { editionParams } from '../../data/editions';
import { feedDeployment, jsonFeedResponse } from '../../data/feed-routes';
import { langOf } from '../../i18n/locales';
import { feedsFor } from '../../lib/feeds';

export const getStaticPaths = editionParams;

/** The edition's updates log as JSON Feed 1.1. */
export const GET: APIRoute = async ({ site, params }) => {
  const deployment = feedDeployment(site);
  const lang = langOf(params['lang']);
  return jsonFeedResponse(
    await getUpdateFeedItems(deployment, lang),
    feedsFor(lang).updatesJson,
    deployment,
  );
};
