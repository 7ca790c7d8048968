import type { APIRoute } from 'astro';
import { editionParams } from '../../data/editions';
import { langOf, LOCALES } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import { feedStylesheet } from '../../lib/feed-stylesheet';
import { href } from '../../data/urls';

export const getStaticPaths = editionParams;

/** The page a browser shows for the edition's RSS feeds (src/lib/feed-stylesheet.ts). */
export const GET: APIRoute = ({ params }) => {
  const lang = langOf(params['lang']);
  const xsl = feedStylesheet({
    lang: LOCALES[lang].tag,
    ...ui(lang).feeds.page,
    inEnglish: ui(lang).editions.inEnglish,
    icon: href('/favicon.svg'),
    css: href('/rss.css'),
  });
  return new Response(xsl, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
