/**
 * Feed items for the RSS feed and the JSON Feed: the newest published articles rendered in full,
 * once per build, through Astro's Container API.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { mdxComponents } from '../components/mdx/components';
import { SITE } from '../site';
import { kindLabel } from './articles';
import { citationOrder, sourceAnchor } from './citations';
import { getEntriesById, getPublishedArticles } from './content';
import { articleFeedHtml, feedArticles, feedSafeHtml, type FeedItem } from './feed';
import { absolute, type Deployment } from './head';
import { shareImagePath } from './share-image';
import { tagLabel } from './tags';
import { articlePath } from './urls';

let items: Promise<FeedItem[]> | undefined;

/** The newest published articles as feed items, newest first. Rendered once per build. */
export function getFeedItems(deployment: Deployment): Promise<FeedItem[]> {
  items ??= (async () => {
    const container = await AstroContainer.create({
      renderers: await loadRenderers([getContainerRenderer()]),
      // Components build absolute links (share links) from the deployment, as on the page.
      astroConfig: { site: deployment.site, base: deployment.base },
    });
    const articles = feedArticles(await getPublishedArticles());
    return Promise.all(
      articles.map(async (article) => {
        const url = absolute(articlePath(article.id), deployment);
        const order = citationOrder(
          article.body ?? '',
          article.data.sources.map((ref) => ref.id),
        );
        const sources = await getEntriesById(
          'sources',
          order.map((id) => ({ id })),
        );
        const { Content } = await render(article);
        const body = await container.renderToString(Content, {
          props: { components: mdxComponents },
          locals: { citations: { file: article.filePath ?? article.id, order } },
        });
        const html = articleFeedHtml(
          body,
          {
            keyPoints: article.data.keyPoints,
            sources: sources.map((source) => ({ ...source.data, id: source.id })),
            updates: article.data.updates,
          },
          sourceAnchor,
        );
        return {
          url,
          title: article.data.title,
          summary: article.data.description,
          html: feedSafeHtml(html, url),
          published: article.data.pubDate,
          modified: article.data.updatedDate ?? article.data.pubDate,
          categories: [kindLabel(article.data.kind), ...article.data.tags.map(tagLabel)],
          authors: article.data.authors.length > 0 ? article.data.authors : [SITE.author],
          image: absolute(shareImagePath(`articles/${article.id}`), deployment),
        } satisfies FeedItem;
      }),
    );
  })();
  return items;
}
