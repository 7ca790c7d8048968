import type { APIRoute, GetStaticPaths } from 'astro';
import { kindLabel } from '../../lib/articles';
import { getPublishedArticles } from '../../lib/content';
import { PAGES_WITH_IMAGES } from '../../lib/pages';
import { cachedShareImage, type ShareImageInput } from '../../lib/share-image';

/** Drawn images are kept here between builds (Astro's cache folder), keyed by their inputs. */
const CACHE_DIR = 'node_modules/.astro/share-images';

type Props = Omit<ShareImageInput, 'host'>;

export const getStaticPaths = (async () => {
  const articles = await getPublishedArticles();
  return [
    ...PAGES_WITH_IMAGES.map((page) => ({
      params: { name: page.image },
      props: { title: page.title, dek: page.description, kicker: page.kicker } satisfies Props,
    })),
    ...articles.map((article) => ({
      params: { name: `articles/${article.id}` },
      props: {
        title: article.data.title,
        dek: article.data.description,
        kicker: kindLabel(article.data.kind),
      } satisfies Props,
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const host = site ? site.host : 'localhost';
  const { png } = await cachedShareImage({ ...props, host }, CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
