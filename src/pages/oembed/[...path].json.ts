import type { APIRoute } from 'astro';
import { oembedFiles, type OEmbedFile } from '../../data/embeds';
import { oembedPath } from '../../lib/embeds';

/**
 * The static oEmbed responses (https://oembed.com/): `/oembed/<page path>.json` for every embed
 * (`rich`, with the snippet) and every article (`link`) of every edition. Each page names its
 * own in a `<link rel="alternate" type="application/json+oembed">`.
 */
export async function getStaticPaths() {
  return (await oembedFiles(new URL(import.meta.env.SITE))).map((file) => ({
    params: { path: oembedPath(file.page).slice('/oembed/'.length, -'.json'.length) },
    props: { file },
  }));
}

export const GET: APIRoute<{ file: OEmbedFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file.response, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
