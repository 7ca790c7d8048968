import type { APIRoute } from 'astro';
import { ICON_SVG } from '../lib/head';

/**
 * The site icon as a file, for pages that are not Astro's: the page a browser shows for a feed
 * (src/lib/feed-stylesheet.ts). Astro's pages carry it in their head (ICON_HREF) and request
 * nothing.
 */
export const GET: APIRoute = () =>
  new Response(ICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
