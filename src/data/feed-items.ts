/**
 * Feed items for the RSS feeds and JSON Feeds of each edition, once per build: the newest
 * published articles rendered in full through Astro's Container API (in an edition, its own
 * translation where it has one, else the English), and every entry of the updates log. The
 * items themselves are made by src/lib/feed-items.ts. The article routes hand over the MDX
 * components (src/components/mdx/components.ts): data does not import components, which import it.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/locales';
import { feedArticles, type FeedItem } from '../lib/feed';
import { articleFeedItem, updateFeedItem } from '../lib/feed-items';
import type { Deployment } from '../lib/head';
import { prepareArticles, translatedArticlePaths } from './articles';
import { getTouchedLinks, getUpdatesLog, once } from './content';
import { pathIn } from './editions';

/**
 * The newest published articles as an edition's feed items, newest first, each rendered in full
 * with `components` (the MDX components an article uses without importing them).
 */
export function getFeedItems(
  deployment: Deployment,
  lang: Lang,
  components: Readonly<Record<string, unknown>>,
): Promise<FeedItem[]> {
  return once(`feed-items:${lang}`, async () => {
    const container = await AstroContainer.create({
      renderers: await loadRenderers([getContainerRenderer()]),
      // Components build absolute links (share links) from the deployment, as on the page.
      astroConfig: { site: deployment.site, base: deployment.base },
    });
    const translations = new Map(
      lang === DEFAULT_LANG
        ? []
        : (await translatedArticlePaths())
            .filter(({ params }) => params.lang === lang)
            .map(({ props }) => [props.prepared.article.id, props.prepared] as const),
    );
    return Promise.all(
      feedArticles(await prepareArticles()).map(async (english) => {
        const translated = translations.get(english.article.id);
        const { article, citations, sources, history } = translated ?? english;
        const bodyLang = translated ? lang : DEFAULT_LANG;
        // The page's own way of rendering the article: the same components and citations, in
        // the edition's words (an untranslated article's furniture is English, as its text).
        // An English body is rendered once, for every edition's feed that carries it.
        const body = await once(`feed-body:${bodyLang}:${english.article.id}`, async () => {
          const { Content } = await render(translated ? translated.entry : english.article);
          return container.renderToString(Content, {
            props: { components },
            locals: { citations, lang: bodyLang },
          });
        });
        return articleFeedItem({ ...article, sources, history }, body, deployment, {
          lang: translated ? lang : DEFAULT_LANG,
          translated: lang === DEFAULT_LANG || translated !== undefined,
        });
      }),
    );
  });
}

/** Every entry of the updates log as an edition's feed items, newest first (both its updates feeds). */
export function getUpdateFeedItems(
  deployment: Deployment,
  lang: Lang = DEFAULT_LANG,
): Promise<FeedItem[]> {
  return once(`update-feed-items:${lang}`, async () => {
    const path = await pathIn(lang);
    return Promise.all(
      (await getUpdatesLog(lang)).map(async (update) => {
        const links = (await getTouchedLinks(update, lang)).map((link) => ({
          ...link,
          path: path(link.path),
        }));
        return updateFeedItem(update, links, deployment, lang);
      }),
    );
  });
}
