import type { APIRoute } from 'astro';
import { feedPageCss } from '../styles/feed-page';

/** `/rss.css`: the feed page's stylesheet, made from the design tokens at build time. */
export const GET: APIRoute = () =>
  new Response(feedPageCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
