/**
 * The Cite box's citations formatted by Citation.js: one page's CSL-JSON item as a one-entry
 * bibliography in a style, its entry's HTML taken out. Used by src/data/page-citations.ts in
 * the dev server and on one core, and by the citation thread (citation-worker.ts) in a build:
 * both register the same styles and locales, so both give the same HTML.
 *
 * Loaded by that thread with Node's own TypeScript support: its imports name their files and it
 * uses only erasable syntax, as the share-image and page-step threads' modules do.
 */
import citationJs from '@citation-js/core';
import '@citation-js/plugin-csl';

const { Cite, plugins } = citationJs;

/** A CSL style or locale as Citation.js registers it: its name and its XML. */
export type CslFile = readonly [name: string, xml: string];

/** Registers the styles and locales the site's citations use (once per thread). */
export function registerCsl(styles: readonly CslFile[], locales: readonly CslFile[]): void {
  const csl = plugins.config.get('@csl') as {
    styles: { add: (name: string, xml: string) => void };
    locales: { add: (name: string, xml: string) => void };
  };
  for (const [name, xml] of styles) csl.styles.add(name, xml);
  for (const [tag, xml] of locales) csl.locales.add(tag, xml);
}

/** What a citation is formatted from: the page's CSL-JSON item, its language tag and address. */
export interface CitationJob {
  item: object & { id: string };
  tag: string;
  url: string;
}

/** A style of the Cite box: its key, its name in Citation.js and its label. */
export interface CitationStyleName {
  key: string;
  template: string;
  label: string;
}

/** The page's citation in one style, as HTML (citeproc-js escapes the text). Fails naming the page. */
export function bibliographyEntry(job: CitationJob, style: CitationStyleName): string {
  const html = new Cite(job.item).format('bibliography', {
    format: 'html',
    template: style.template,
    lang: job.tag,
  }) as string;
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(html)?.[1];
  if (!entry?.trim()) {
    throw new Error(
      `Citation of ${job.url}: ${style.label} (${style.template}) gave no entry for "${job.item.id}"`,
    );
  }
  return entry.trim();
}
