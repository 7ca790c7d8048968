import type { AstroIntegration } from 'astro';
import { ARTICLE_KINDS, articleShareText, type ArticleKind } from '../lib/articles';
import { PAGES_WITH_IMAGES, pageShareText } from '../lib/pages';
import { prefetchShareImages, SHARE_IMAGE_CACHE_DIR, shareImageHost } from '../lib/share-image';
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
        const articles = readArticleFrontmatter(articlesDir).flatMap(
          ({ draft, title, description, kind }) =>
            !draft && title && description && ARTICLE_KINDS.includes(kind as ArticleKind)
              ? [articleShareText({ title, description, kind: kind as ArticleKind })]
              : [],
        );
        const texts = [...PAGES_WITH_IMAGES.map(pageShareText), ...articles];
        prefetchShareImages(
          texts.map((text) => ({ ...text, host })),
          SHARE_IMAGE_CACHE_DIR,
        );
      },
    },
  };
}
