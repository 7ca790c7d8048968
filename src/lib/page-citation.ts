/**
 * How a page of the site is cited: the CSL-JSON item that the Cite box's styles and the BibTeX,
 * RIS and CSL-JSON downloads are made from (src/data/page-citations.ts formats it with
 * Citation.js), and the `citation_*` tags reference managers and scholarly indexes read. Pure.
 */
import { isoDay } from './dates';
import type { MetaTag } from './head';

/** What is known of a cited page, in its edition. */
export interface CitedPage {
  /** Its English path (`/articles/x/`, `/status/`). */
  path: string;
  /** Its edition's language code (`en`, `hi`, `ru`). */
  lang: string;
  /** The edition's BCP 47 tag (`hi-IN`): the citation's language. */
  tag: string;
  /** Its title as the edition shows it. */
  title: string;
  /** The author as the edition names the desk ("RELOS Explained staff"). */
  author: string;
  /** The site's name: the container of every page. */
  site: string;
  /** Its absolute URL in its edition. */
  url: string;
  /** The day of the version cited: an article's publication, a fixed page's last change. */
  issued: Date;
  /** The day it was first published on the site, in this edition. */
  online: Date;
  /** The day its facts were last checked against the sources. */
  factsChecked: Date;
}

/** A CSL-JSON item (the fields this site writes). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  'container-title': string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  note: string;
}

/** A day as CSL date parts, read in the site's time zone (as every date of the site is shown). */
function dateParts(date: Date): [number, number, number] {
  const [year, month, day] = isoDay(date).split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** The citation's id: the edition and the path, `relos-hi-articles-russia-ratifies-relos`. */
export function citationId(page: Pick<CitedPage, 'lang' | 'path'>): string {
  const path = page.path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-');
  return `relos-${page.lang}-${path}`;
}

/**
 * The page as a CSL-JSON item: a web page (what APA, MLA and Chicago call a page of a news or
 * reference website) by the desk, in the site, with its URL and language. The day its facts were
 * checked goes in `note`, written by `checkedNote` in the edition's words: the downloads carry it
 * (BibTeX `note`, RIS `N1`), the styles do not print it. No `accessed`: that is the reader's day.
 */
export function cslItem(page: CitedPage, checkedNote: (day: string) => string): CslItem {
  return {
    id: citationId(page),
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.author }],
    'container-title': page.site,
    issued: { 'date-parts': [dateParts(page.issued)] },
    URL: page.url,
    language: page.tag,
    note: checkedNote(isoDay(page.factsChecked)),
  };
}

/** A day as the citation tags write it: `2026/11/25`, Google Scholar's form. */
function scholarDate(date: Date): string {
  return isoDay(date).replace(/-/g, '/');
}

/**
 * The Highwire Press tags (Google Scholar, Zotero, Mendeley): title, the desk as author, the day
 * of the version cited, the day first online, the URL and the language. No standard tag holds
 * the day facts were checked: `DC.date.modified`-style tags mean a change to the text, and
 * `citation_date` is the publication date, so it goes in `citation_facts_checked` (ours, read by
 * no tool but named plainly) beside the JSON-LD's `lastReviewed`.
 */
export function citationMeta(page: CitedPage): MetaTag[] {
  return [
    { name: 'citation_title', content: page.title },
    { name: 'citation_author', content: page.author },
    { name: 'citation_publication_date', content: scholarDate(page.issued) },
    { name: 'citation_online_date', content: scholarDate(page.online) },
    { name: 'citation_public_url', content: page.url },
    { name: 'citation_language', content: page.tag },
    { name: 'citation_facts_checked', content: isoDay(page.factsChecked) },
  ];
}

/** The citation downloads: each page's file at its own address, `<page>citation.<ext>`. */
export const CITATION_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
} as const;

/** A citation download's extension. */
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** The path of a page's citation download: `/hi/status/` gives `/hi/status/citation.bib`. */
export function citationFilePath(editionPagePath: string, format: CitationFormat): string {
  if (!editionPagePath.endsWith('/')) {
    throw new Error(
      `citationFilePath: expected a page path ending in "/", received "${editionPagePath}"`,
    );
  }
  return `${editionPagePath}citation.${format}`;
}

/** The fixed pages that carry a Cite box, by their key in the vocabulary. */
export const CITED_PAGE_KEYS = ['status', 'timeline', 'whatItAllows'] as const;
export type CitedPageKey = (typeof CITED_PAGE_KEYS)[number];

/**
 * When each cited fixed page first appeared in the English edition (the site's history: the
 * timeline and the explainer opened with the site, the status page on 1 December 2026), and when
 * each edition opened: a page is first online in an edition on the later of the two days.
 */
export const FIRST_ONLINE: Record<CitedPageKey, string> = {
  status: '2026-12-01',
  timeline: '2026-11-25',
  whatItAllows: '2026-11-25',
};

/** The later of two `YYYY-MM-DD` days, as a date at midnight UTC (as content dates are). */
export function laterDay(a: string, b: string): Date {
  return new Date(a > b ? a : b);
}
