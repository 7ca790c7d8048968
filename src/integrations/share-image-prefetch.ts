import type { AstroIntegration } from 'astro';
import { ARTICLE_KINDS, kindLabel, type ArticleKind } from '../lib/articles';
import { PAGES_WITH_IMAGES } from '../lib/pages';
import {
  prefetchShareImages,
  SHARE_IMAGE_CACHE_DIR,
  shareImageHost,
  type ShareImageInput,
} from '../lib/share-image';
import { readArticleFrontmatter } from './article-frontmatter';

/**
 * Starts drawing share images as soon as a build is configured, from the articles' front matter,
 * on the drawing thread: they are drawn while the content is read and the bundle is built, not
 * only while the pages render. The share-image route asks again for exactly what it serves, by
 * the same cache keys; anything drawn here that it does not serve (a draft, say) is only unused.
 */
export function shareImagePrefetch(articlesDir: string): AstroIntegration {
  let building = false;
  return {
    name: 'relos:share-image-prefetch',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        const host = shareImageHost(config.site);
        const pages: ShareImageInput[] = PAGES_WITH_IMAGES.map((page) => ({
          title: page.title,
          dek: page.description,
          kicker: page.kicker,
          host,
        }));
        const articles = readArticleFrontmatter(articlesDir).flatMap((article) =>
          !article.draft &&
          article.title &&
          article.description &&
          ARTICLE_KINDS.includes(article.kind as ArticleKind)
            ? [
                {
                  title: article.title,
                  dek: article.description,
                  kicker: kindLabel(article.kind as ArticleKind),
                  host,
                },
              ]
            : [],
        );
        prefetchShareImages([...pages, ...articles], SHARE_IMAGE_CACHE_DIR);
      },
    },
  };
}
