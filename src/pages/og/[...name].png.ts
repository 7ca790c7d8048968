import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImagePaths } from '../../build/share-images';
import { SHARE_IMAGE_CACHE_DIR, shareImageCache } from '../../build/share-images/shared';
import { shareImageHost, type ShareImageText } from '../../lib/share-card';

export const getStaticPaths = (() =>
  shareImagePaths(shareImageHost(import.meta.env.SITE))) satisfies GetStaticPaths;

export const GET: APIRoute<ShareImageText> = async ({ props, site }) => {
  const { png } = await shareImageCache().cachedShareImage(
    { ...props, host: shareImageHost(site) },
    SHARE_IMAGE_CACHE_DIR,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
