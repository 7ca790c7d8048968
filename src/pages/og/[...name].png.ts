import type { APIRoute, GetStaticPaths } from 'astro';
import { articleShareText } from '../../lib/articles';
import { getPublishedArticles } from '../../lib/content';
import { PAGES_WITH_IMAGES, pageShareText } from '../../lib/pages';
import {
  cachedShareImage,
  prefetchShareImages,
  SHARE_IMAGE_CACHE_DIR,
  shareImageHost,
  shareImageKey,
  type ShareImageText,
} from '../../lib/share-image';

type Props = ShareImageText;

export const getStaticPaths = (async () => {
  const articles = await getPublishedArticles();
  const paths = [
    ...PAGES_WITH_IMAGES.map((page) => ({
      params: { name: page.image },
      props: pageShareText(page),
    })),
    ...articles.map((article) => ({
      params: { name: `articles/${article.id}` },
      props: articleShareText(article.data),
    })),
  ];
  // Astro asks every route for its paths before rendering any page: the images start drawing on
  // another thread now and are ready by the time the article pages are done.
  const host = shareImageHost(import.meta.env.SITE);
  prefetchShareImages(
    paths.map(({ props }) => ({ ...props, host })),
    SHARE_IMAGE_CACHE_DIR,
  );
  // The image's own cache key (its text, drawing code and fonts) is its incremental-build key:
  // Astro's copy of an unchanged image is quicker than running this endpoint again (3 ms each).
  return paths.map((path) => ({ ...path, cacheKey: shareImageKey({ ...path.props, host }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { png } = await cachedShareImage(
    { ...props, host: shareImageHost(site) },
    SHARE_IMAGE_CACHE_DIR,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
