import type { APIRoute } from 'astro';
import { absolute } from '../lib/head';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.ts must set `site` (from SITE_URL)');
  const sitemap = absolute('/sitemap-index.xml', {
    site: site.origin,
    base: import.meta.env.BASE_URL,
  });
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
