import type { APIRoute } from 'astro';
import { renderLogo } from '../integrations/share-images';

/** The publisher logo named in every page's structured data. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderLogo()), { headers: { 'Content-Type': 'image/png' } });
