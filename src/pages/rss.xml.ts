import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedItems } from '../lib/feed-items';
import { absolute } from '../lib/head';
import { PAGES } from '../lib/pages';
import { escapeHtml } from '../lib/feed';
import { href } from '../lib/urls';
import { SITE } from '../site';

/** RSS 2.0 with every article in full; see README "Feeds" for the pubDate policy. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.ts must set `site` (from SITE_URL)');
  const deployment = { site: site.origin, base: import.meta.env.BASE_URL };
  const items = await getFeedItems(deployment);
  const lastBuild = new Date();
  return rss({
    title: SITE.title,
    description: PAGES.home.description,
    site: absolute('/', deployment),
    stylesheet: href('/rss.xsl'),
    trailingSlash: true,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      content: 'http://purl.org/rss/1.0/modules/content/',
    },
    customData: [
      `<language>${SITE.locale}</language>`,
      `<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeHtml(absolute('/rss.xml', deployment))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      content: item.html,
      categories: item.categories,
      // @astrojs/rss adds the guid (the permalink). RSS's own <author> must be an e-mail
      // address, so the byline goes in <dc:creator>, which feed readers show as the author.
      customData: item.authors
        .map((name) => `<dc:creator>${escapeHtml(name)}</dc:creator>`)
        .join(''),
    })),
  });
};
