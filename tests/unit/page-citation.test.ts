import { describe, expect, it } from 'vitest';
import {
  citationFilePath,
  citationId,
  citationMeta,
  cslItem,
  laterDay,
  type CitedPage,
} from '../../src/lib/page-citation';

const page: CitedPage = {
  path: '/articles/russia-ratifies-relos/',
  lang: 'hi',
  tag: 'hi-IN',
  title: 'रूस की संसद ने RELOS का अनुसमर्थन किया',
  author: 'RELOS Explained संपादकीय टीम',
  site: 'RELOS Explained',
  url: 'https://relos.example.org/hi/articles/russia-ratifies-relos/',
  issued: new Date('2026-11-25'),
  online: new Date('2026-12-02'),
  factsChecked: new Date('2026-11-26'),
};

describe('cslItem', () => {
  it('makes a web page by the desk, in its language, with the facts-checked day as a note', () => {
    expect(cslItem(page, (day) => `तथ्य जाँचे गए: ${day}`)).toEqual({
      id: 'relos-hi-articles-russia-ratifies-relos',
      type: 'webpage',
      title: page.title,
      author: [{ literal: page.author }],
      'container-title': 'RELOS Explained',
      issued: { 'date-parts': [[2026, 11, 25]] },
      URL: page.url,
      language: 'hi-IN',
      note: 'तथ्य जाँचे गए: 2026-11-26',
    });
  });

  it('reads the day in the site’s time zone, not UTC', () => {
    // 20:00 UTC on 24 November is 01:30 on 25 November in India.
    const late = { ...page, issued: new Date('2026-11-24T20:00:00Z') };
    expect(cslItem(late, String).issued['date-parts'][0]).toEqual([2026, 11, 25]);
  });
});

describe('citationMeta', () => {
  it('gives the Highwire tags with Google Scholar’s date form and the facts-checked day', () => {
    const meta = Object.fromEntries(citationMeta(page).map((tag) => [tag.name, tag.content]));
    expect(meta).toEqual({
      citation_title: page.title,
      citation_author: page.author,
      citation_publication_date: '2026/11/25',
      citation_online_date: '2026/12/02',
      citation_public_url: page.url,
      citation_language: 'hi-IN',
      citation_facts_checked: '2026-11-26',
    });
  });
});

describe('citation ids and files', () => {
  it('names each edition’s page apart', () => {
    expect(citationId({ lang: 'en', path: '/status/' })).toBe('relos-en-status');
    expect(citationId({ lang: 'ru', path: '/status/' })).toBe('relos-ru-status');
  });

  it('puts the downloads beside the page, and refuses a path that is not a page', () => {
    expect(citationFilePath('/hi/status/', 'ris')).toBe('/hi/status/citation.ris');
    expect(() => citationFilePath('/status', 'bib')).toThrow(/ending in "\/"/);
  });

  it('takes the later of two days', () => {
    expect(laterDay('2026-11-25', '2026-12-02')).toEqual(new Date('2026-12-02'));
    expect(laterDay('2026-12-03', '2026-12-02')).toEqual(new Date('2026-12-03'));
  });
});
