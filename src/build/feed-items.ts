/**
 * Feed items for the RSS feeds and JSON Feeds, once per build: the newest published articles
 * rendered in full through Astro's Container API, and every entry of the updates log. The items
 * themselves are made by src/lib/feed-items.ts.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { mdxComponents } from '../components/mdx/components';
import { feedArticles, type FeedItem } from '../lib/feed';
import { articleFeedItem, updateFeedItem } from '../lib/feed-items';
import type { Deployment } from '../lib/head';
import { prepareArticles } from './articles';
import { getTouchedLinks, getUpdatesLog, once } from './content';

/** The newest published articles as feed items, newest first, each rendered in full. */
export function getFeedItems(deployment: Deployment): Promise<FeedItem[]> {
  return once('feed-items', async () => {
    const container = await AstroContainer.create({
      renderers: await loadRenderers([getContainerRenderer()]),
      // Components build absolute links (share links) from the deployment, as on the page.
      astroConfig: { site: deployment.site, base: deployment.base },
    });
    return Promise.all(
      feedArticles(await prepareArticles()).map(
        async ({ article, citations, sources, history }) => {
          const { Content } = await render(article);
          // The page's own way of rendering the article: the same components and citations.
          const body = await container.renderToString(Content, {
            props: { components: mdxComponents },
            locals: { citations },
          });
          return articleFeedItem({ ...article, sources, history }, body, deployment);
        },
      ),
    );
  });
}

/** Every entry of the updates log as a feed item, newest first. /updates.xml and /updates.json share them. */
export function getUpdateFeedItems(deployment: Deployment): Promise<FeedItem[]> {
  return once('update-feed-items', async () =>
    Promise.all(
      (await getUpdatesLog()).map(async (update) =>
        updateFeedItem(update, await getTouchedLinks(update), deployment),
      ),
    ),
  );
}
