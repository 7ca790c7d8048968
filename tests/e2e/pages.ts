import type { APIRequestContext } from '@playwright/test';
import { TRANSLATED_LANGS } from '../../src/i18n/locales';

/** Every page the built site's sitemap lists, as paths. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(loc!).pathname)).text();
    for (const [, page] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g))
      paths.push(new URL(page!).pathname);
  }
  return paths;
}

/** Every page a reader can reach: the sitemap's, plus each edition's 404 page. */
export async function allPages(request: APIRequestContext): Promise<string[]> {
  return [
    '/404.html',
    ...TRANSLATED_LANGS.map((lang) => `/${lang}/404.html`),
    ...(await sitemapPaths(request)),
  ];
}
