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
import CSL, { type CslNode, type XmlJSON } from 'citeproc';

const { Cite, plugins } = citationJs;

/**
 * citeproc-js finds a macro by walking the whole style each time it expands one
 * (`CSL.XmlJSON#getNodesByName`), and it expands a style's macros at every place they are
 * called: building the Chicago engine spent half of its 1.1-1.4 s in that walk, and a build
 * builds three engines per edition (decision 0009). Here a style's macros are found by one walk,
 * the first time one is looked for, and then by name. Every other lookup, and every lookup in a
 * part of the style or in a locale, takes citeproc-js's own path. citeproc-js only ever sets
 * attributes on a macro once the style is read, never adds one, so the index stays true; the
 * entries are the same (tests/unit/citation-format.test.ts, every style in every locale).
 */
export function indexStyleMacros(): void {
  const proto = CSL.XmlJSON.prototype;
  if (MACRO_INDEX in proto) return;
  const walk = proto.getNodesByName;
  const indexes = new WeakMap<CslNode, Map<string, CslNode[]>>();
  proto.getNodesByName = function (this: XmlJSON, json, name, nameattrval, ret) {
    if (name !== 'macro' || !nameattrval || ret || json !== this.dataObj)
      return walk.call(this, json, name, nameattrval, ret);
    let index = indexes.get(json);
    if (!index) {
      index = new Map();
      for (const macro of walk.call(this, json, 'macro')) {
        const key = macro.attrs['name'] ?? '';
        index.set(key, [...(index.get(key) ?? []), macro]);
      }
      indexes.set(json, index);
    }
    return [...(index.get(nameattrval) ?? [])];
  };
  Object.defineProperty(proto, MACRO_INDEX, { value: walk });
}

/** Where the index keeps citeproc-js's own lookup (and marks that it is in place). */
const MACRO_INDEX = Symbol.for('relos.citeproc.macroIndex');

/** A CSL style or locale as Citation.js registers it: its name and its XML. */
export type CslFile = readonly [name: string, xml: string];

/**
 * A style as the Cite box uses it: its `<sort>` keys taken out. The box formats each page as a
 * bibliography of one entry, which no sort can reorder, yet citeproc-js works out every sort key
 * of every entry it registers: at 1,000 articles that was 4.6 of the citation thread's 16 s.
 * The entries are the same (tests/unit/citation-format.test.ts: each style in British English,
 * MLA in Hindi and Russian too).
 */
export function oneEntryStyle(xml: string): string {
  return xml.replace(/<sort\b[^>]*>[\s\S]*?<\/sort>/g, '');
}

/** Registers the site's styles (as {@link oneEntryStyle}) and locales, once per thread. */
export function registerCsl(styles: readonly CslFile[], locales: readonly CslFile[]): void {
  indexStyleMacros();
  const csl = plugins.config.get('@csl') as {
    styles: { add: (name: string, xml: string) => void };
    locales: { add: (name: string, xml: string) => void };
  };
  for (const [name, xml] of styles) csl.styles.add(name, oneEntryStyle(xml));
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
