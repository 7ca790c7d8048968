import type { APIRoute } from 'astro';
import { mdxComponents } from '../../components/mdx/components';
import { getFeedItems } from '../../data/feed-items';
import { editionParams } from '../../data/editions';
import { feedDeployment, rssResponse } from '../../data/feed-routes';
import { langOf } from '../../i18n/locales';
import { feedsFor } from '../../lib/feeds';

export const getStaticPaths = editionParams;

/** RSS 2.0 with every article in full (an edition's own translation where it has one); see README "Feeds" for the pubDate policy. */
export const GET: APIRoute = async ({ site, params }) => {
  const deployment = feedDeployment(site);
  const lang = langOf(params['lang']);
  return rssResponse(
    await getFeedItems(deployment, lang, mdxComponents),
    feedsFor(lang).articlesRss,
    deployment,
  );
};
