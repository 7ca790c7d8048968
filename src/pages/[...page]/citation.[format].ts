/**
 * Each cited page's citation downloads, beside the page: `/articles/x/citation.bib`,
 * `/hi/status/citation.ris`, `/ru/timeline/citation.json` (BibTeX, RIS, CSL-JSON), made from the
 * same CSL-JSON item as its Cite box (src/data/page-citations.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, citedPages } from '../../data/page-citations';
import { CITATION_FORMATS, type CitationFormat, type CitedPage } from '../../lib/page-citation';
import { editionPath, type Lang } from '../../i18n/locales';

export const getStaticPaths = (async () => {
  // getStaticPaths has no `site`; Astro gives the configured one (from SITE_URL) as SITE.
  const pages = await citedPages(new URL(import.meta.env.SITE));
  return pages.flatMap((page) =>
    (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
      params: { page: editionPath(page.path, page.lang as Lang).slice(1, -1), format },
      props: { page, format },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  page: CitedPage;
  format: CitationFormat;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(citationFile(props.page, props.format), {
    headers: { 'Content-Type': `${CITATION_FORMATS[props.format].type}; charset=utf-8` },
  });
