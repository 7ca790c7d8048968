/**
 * Share images start drawing as soon as the articles are loaded. In a build, Astro then spends
 * several seconds bundling on one core (about 9 s with 1,000 articles) before it asks the
 * share-image route for its paths; drawing in that time puts the idle core to work. The route
 * still starts any image not started yet, checks every text against the fonts, and waits for the
 * images in flight (shared.ts).
 */
import type { Loader } from 'astro/loaders';
import { isPublished } from '../../lib/publishing';
import { shareImageHost } from '../../lib/share-card';
import { buildDate } from '../../data/build-info';
import {
  type ArticleForImage,
  findUndrawableText,
  shareImageInputs,
  shareImageSourcesOf,
} from './sources';
import { SHARE_IMAGE_CACHE_DIR, shareImageCache } from './shared';

/** An article as the content store holds it once loaded: what its image and publishing need. */
type StoredArticle = ArticleForImage & {
  data: ArticleForImage['data'] & { draft: boolean; pubDate: Date };
};

/**
 * The articles' loader, which also starts drawing their share images (and the fixed pages') once
 * it has loaded them, whenever Astro syncs content for production: in a build, and in `astro
 * check` and `astro sync`, whose images the next build then finds in the cache. The dev server
 * draws an image when it is asked for.
 */
export function drawingShareImages(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (context.watcher || !import.meta.env.PROD) return; // the dev server
      const now = buildDate();
      const published = [...context.store.values()].filter((entry) =>
        isPublished(entry as StoredArticle, now),
      ) as StoredArticle[];
      const sources = shareImageSourcesOf(published);
      const cache = shareImageCache();
      const { covered } = cache.fontFacts();
      // Text the fonts cannot draw fails the build when the route checks it: draw nothing now.
      if (findUndrawableText(sources, (code) => covered.has(code)).length > 0) return;
      cache.prefetchShareImages(
        shareImageInputs(sources, shareImageHost(context.config.site)),
        SHARE_IMAGE_CACHE_DIR,
      );
    },
  };
}
