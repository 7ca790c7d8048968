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
import {
  getArticleHistory,
  getEntriesById,
  getPublishedArticles,
  getTouchedLinks,
  getUpdatesLog,
} from './content';
import { articleFeedHtml, feedArticles, feedSafeHtml, updateFeedHtml, type FeedItem } from './feed';
import { PAGES } from './pages';
import { absolute, type Deployment } from './head';
import { shareImagePath } from './share-card';
import { tagLabel } from './tags';
import { UPDATE_KIND_LABELS } from './updates';
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
        const history = await getArticleHistory(article.id);
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
            updates: history.updates.map(({ data }) => ({
              date: data.date,
              note: `${UPDATE_KIND_LABELS[data.kind]}: ${data.headline}. ${data.note}`,
            })),
            factsChecked: article.data.factsCheckedOn,
          },
          sourceAnchor,
        );
        return {
          url,
          title: article.data.title,
          summary: article.data.description,
          html: feedSafeHtml(html, url),
          published: article.data.pubDate,
          modified: history.updatedDate ?? article.data.pubDate,
          factsChecked: article.data.factsCheckedOn,
          categories: [kindLabel(article.data.kind), ...article.data.tags.map(tagLabel)],
          authors: article.data.authors.length > 0 ? article.data.authors : [SITE.author],
          image: absolute(shareImagePath(`articles/${article.id}`), deployment),
        } satisfies FeedItem;
      }),
    );
  })();
  return items;
}

/** Every entry of the updates log as a feed item, newest first: its anchor on /updates/ is its guid. */
export function getUpdateFeedItems(deployment: Deployment): Promise<FeedItem[]> {
  updateItems ??= buildUpdateFeedItems(deployment);
  return updateItems;
}

let updateItems: Promise<FeedItem[]> | undefined;

/** Built once per build: /updates.xml and /updates.json carry the same items. */
async function buildUpdateFeedItems(deployment: Deployment): Promise<FeedItem[]> {
  const updates = await getUpdatesLog();
  return Promise.all(
    updates.map(async (update) => {
      const url = absolute(`/updates/#${update.id}`, deployment);
      const links = (await getTouchedLinks(update)).map((link) => ({
        label: link.label,
        url: absolute(link.path, deployment),
      }));
      const kind = UPDATE_KIND_LABELS[update.data.kind];
      return {
        url,
        title: `${kind}: ${update.data.headline}`,
        summary: update.data.note,
        html: feedSafeHtml(updateFeedHtml(update.data.note, links), url),
        published: update.data.date,
        modified: update.data.date,
        categories: [kind],
        authors: [SITE.author],
        image: absolute(shareImagePath(PAGES.updates.image), deployment),
      } satisfies FeedItem;
    }),
  );
}
