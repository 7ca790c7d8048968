import type { APIRoute } from 'astro';
import { mdxComponents } from '../../components/mdx/components';
import { getFeedItems } from '../../data/feed-items';
import { editionParams } from '../../data/editions';
import { feedDeployment, jsonFeedResponse } from '../../data/feed-routes';
import { langOf } from '../../i18n/locales';
import { feedsFor } from '../../lib/feeds';

export const getStaticPaths = editionParams;

/** JSON Feed 1.1 with the same items as the edition's RSS feed. */
export const GET: APIRoute = async ({ site, params }) => {
  const deployment = feedDeployment(site);
  const lang = langOf(params['lang']);
  return jsonFeedResponse(
    await getFeedItems(deployment, lang, mdxComponents),
    feedsFor(lang).articlesJson,
    deployment,
  );
};
