import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImagePaths, shareImagePng } from '../../integrations/share-images';
import { shareImageHost, type ShareImageText } from '../../lib/share-card';

export const getStaticPaths = (() =>
  shareImagePaths(shareImageHost(import.meta.env.SITE))) satisfies GetStaticPaths;

export const GET: APIRoute<ShareImageText> = async ({ props, site }) =>
  new Response(new Uint8Array(await shareImagePng(props, site)), {
    headers: { 'Content-Type': 'image/png' },
  });
