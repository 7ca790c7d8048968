/**
 * Citing a page: what is known of each cited page in its edition (articles, and the status,
 * timeline and explainer pages), and its citation formatted at build time by Citation.js from
 * CSL-JSON (src/lib/page-citation.ts): APA, MLA and Chicago for the Cite box, BibTeX (BibLaTeX's
 * `@online`), RIS and CSL-JSON for the downloads. The MLA and Chicago styles and the locales are
 * copied in src/data/csl/ (its README says from where); APA is Citation.js's own, registered
 * again under our name, as the others are, without sort keys (citation-format.ts).
 */
import type { CollectionEntry } from 'astro:content';
import citationJs from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import mlaStyle from './csl/modern-language-association.csl?raw';
import chicagoStyle from './csl/chicago-notes-bibliography.csl?raw';
import enGB from './csl/locales-en-GB.xml?raw';
import hiIN from './csl/locales-hi-IN.xml?raw';
import ruRU from './csl/locales-ru-RU.xml?raw';
import { LOCALES, editionPath, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { statusAsOf } from '../lib/status';
import { pagesFor, type FixedPage } from '../lib/pages';
import { PAGE_PATHS } from '../schemas/vocabulary';
import { SITE } from '../site';
import {
  CITED_PAGE_KEYS,
  FIRST_ONLINE,
  citationId,
  cslItem,
  laterDay,
  type CitationFormat,
  type CitedPage,
  type CitedPageKey,
  type CslItem,
} from '../lib/page-citation';
import { isoDay } from '../lib/dates';
import { itemKey } from '../lib/updates';
import { collection, getLastTouched, getStatusSteps, once } from './content';
import { prepareArticles } from './articles';
import { translatedArticles } from './editions';
import { absoluteUrl } from './urls';
import { bibliographyEntry, registerCsl, type CitationJob, type CslFile } from './citation-format';
import formatSource from './citation-format.ts?raw';
import { CitationCache } from './citation-cache';
import type { CitationBatch, CitationBatchResult, CitationThreadData } from './citation-worker';

const { Cite, plugins } = citationJs;

/** The styles of the Cite box, in the order it shows them, and their names in Citation.js. */
export const CITATION_STYLES = [
  { key: 'apa', template: 'relos-apa', label: 'APA' },
  { key: 'mla', template: 'relos-mla', label: 'MLA' },
  { key: 'chicago', template: 'relos-chicago', label: 'Chicago' },
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number]['key'];

/** Citation.js's own APA style, registered again under our name with the others (registerCsl). */
const apaStyle = (
  plugins.config.get('@csl') as { styles: { get(name: string): string } }
).styles.get('apa');

/** The styles (APA's from Citation.js, the others copied in src/data/csl) and the locales. */
const CSL_STYLES: readonly CslFile[] = [
  ['relos-apa', apaStyle],
  ['relos-mla', mlaStyle],
  ['relos-chicago', chicagoStyle],
];
const CSL_LOCALES: readonly CslFile[] = [
  ['en-GB', enGB],
  ['hi-IN', hiIN],
  ['ru-RU', ruRU],
];
registerCsl(CSL_STYLES, CSL_LOCALES);
// Hindi and Russian titles stay as written in the .bib file (UTF-8, for Biber or any modern
// BibTeX), and each file's key is the page's own citation id rather than a guessed label.
const bibtex = plugins.config.get('@bibtex') as {
  format: { asciiOnly: boolean; useIdAsLabel: boolean };
};
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;

/** A page's citation in each style, as HTML (citeproc-js escapes the text; `<i>` marks titles). */
export type FormattedCitations = Record<CitationStyle, string>;

/** The CSL-JSON item of a cited page, with the facts-checked note in its edition's words. */
export function pageCslItem(page: CitedPage): CslItem {
  const lang = page.lang as Lang;
  return cslItem(page, (day) => ui(lang).cite.checkedNote(day));
}

/** The page's citation in APA, MLA and Chicago, formatted here. Fails naming the page. */
function formatHere(page: CitedPage): FormattedCitations {
  const job = citationJob(page);
  const entries = {} as FormattedCitations;
  for (const style of CITATION_STYLES) entries[style.key] = bibliographyEntry(job, style);
  return entries;
}

/**
 * A citation thread (citation-worker.ts), which formats cited pages' citations while the pages
 * render. citeproc-js took a third of the main thread's time per article (8 ms of 20), and each
 * of its engines (one per style and locale, 80-100 MB each) stayed in the main thread's heap to
 * the end of the build. A thread formats one edition's pages (three engines, 245 MB) and is then
 * ended, engines and all.
 */
class CitationThread {
  readonly #worker: Worker;
  readonly #batches = new Map<number, (result: CitationBatchResult) => void>();
  #next = 0;

  constructor(root: string) {
    this.#worker = new Worker(join(root, 'src/data/citation-worker.ts'), {
      workerData: {
        styles: CSL_STYLES,
        locales: CSL_LOCALES,
        formats: CITATION_STYLES,
      } satisfies CitationThreadData,
      // Its engines hold 245 MB; unbounded, its heap grew to 760 MB before the collector ran.
      resourceLimits: { maxOldGenerationSizeMb: CITATION_HEAP_MB },
    });
    this.#worker.on('message', (result: CitationBatchResult) => {
      const done = this.#batches.get(result.id);
      this.#batches.delete(result.id);
      done?.(result);
    });
    const failAll = (error: Error) => {
      for (const [id, done] of this.#batches)
        done({ id, results: [{ error: `the citation thread failed: ${error.message}` }] });
      this.#batches.clear();
    };
    this.#worker.on('error', failAll);
    this.#worker.on('exit', (code) => failAll(new Error(`it exited with code ${code}`)));
  }

  /** Each page's citations, formatted on the thread; each rejects with its page's error. */
  format(jobs: CitationJob[]): Promise<FormattedCitations>[] {
    const id = this.#next++;
    const answer = new Promise<CitationBatchResult>((resolve) => this.#batches.set(id, resolve));
    this.#worker.postMessage({ id, jobs } satisfies CitationBatch);
    return jobs.map(async (_, index) => {
      const { results } = await answer;
      const result = results[index] ?? results[0]!;
      if ('error' in result) throw new Error(result.error);
      return result.entries as FormattedCitations;
    });
  }

  /** Ends the thread, its engines with it. */
  end(): void {
    void this.#worker.terminate();
  }
}

/** The citation thread's heap bound, in MB: about twice what its engines hold. */
const CITATION_HEAP_MB = 512;

/** Pages sent to a citation thread at a time: its answers come back while pages render. */
const CITATION_BATCH = 25;

/** What a cited page's citation is formatted from, as the citation thread is given it. */
function citationJob(page: CitedPage): CitationJob {
  return { item: pageCslItem(page), tag: page.tag, url: page.url };
}

/**
 * Every cited page's citations, by address, started the first time one is asked for. A page an
 * earlier build formatted the same way is read from the citation cache (citation-cache.ts); the
 * others are formatted, each edition's on a thread of its own, in the order the pages are listed
 * (English first, its articles newest first, as they render), and kept for the next build. An
 * edition's thread starts once the one before has only its last batch to answer and the one
 * before that has ended: a thread takes one to two seconds to build its engines, which then
 * overlaps that batch, while no more than two threads' engines (about 250 MB each) are held at
 * once. An edition with nothing left to format starts no thread.
 */
function threadedCitations(
  site: URL | undefined,
): Promise<Map<string, Promise<FormattedCitations>>> {
  return once(`citations:${site?.href ?? ''}`, async () => {
    const pages = await citedPages(site);
    const cache = new CitationCache(process.cwd(), [
      ...CSL_STYLES.flat(),
      ...CSL_LOCALES.flat(),
      JSON.stringify(CITATION_STYLES),
      formatSource,
    ]);
    const formatted = new Map<string, Promise<FormattedCitations>>();
    const tags = [...new Set(pages.map((page) => page.tag))];
    // When the next edition's thread may start, and when the one before the last is done.
    let ready: Promise<unknown> = Promise.resolve();
    let before: Promise<unknown> = Promise.resolve();
    for (const tag of tags) {
      const edition: { page: CitedPage; job: CitationJob }[] = [];
      for (const page of pages.filter((cited) => cited.tag === tag)) {
        const job = citationJob(page);
        const cached = cache.get(job);
        // A file without an entry for every style (written by other code) is formatted again.
        if (cached && CITATION_STYLES.every(({ key }) => typeof cached[key] === 'string'))
          formatted.set(page.url, Promise.resolve(cached as FormattedCitations));
        else edition.push({ page, job });
      }
      if (edition.length === 0) continue;
      const started = ready.then(() => {
        const thread = new CitationThread(process.cwd());
        const answers: Promise<FormattedCitations>[] = [];
        for (let start = 0; start < edition.length; start += CITATION_BATCH)
          answers.push(
            ...thread.format(edition.slice(start, start + CITATION_BATCH).map(({ job }) => job)),
          );
        void Promise.allSettled(answers).then(() => thread.end());
        const last = Math.floor((edition.length - 1) / CITATION_BATCH) * CITATION_BATCH;
        return {
          answers,
          nearlyDone: Promise.allSettled(answers.slice(0, last)),
          done: Promise.allSettled(answers),
        };
      });
      // The next thread starts once this one has only its last batch left and the one before
      // it has ended: an edition of one batch must not let a third thread start beside two.
      const twoBack = before;
      before = started.then(({ done }) => done);
      ready = Promise.all([started.then(({ nearlyDone }) => nearlyDone), twoBack]);
      edition.forEach(({ page, job }, index) => {
        const entries = started.then(({ answers }) => answers[index]!);
        // A failure is reported to the page that shows the citation, and not kept.
        entries.then((answer) => cache.set(job, answer)).catch(() => {});
        formatted.set(page.url, entries);
      });
    }
    // What no page of this build uses is of pages since edited or removed.
    void Promise.allSettled(formatted.values()).then(() => cache.prune());
    return formatted;
  });
}

/**
 * The page's citation in APA, MLA and Chicago, in its edition's locale, for the Cite box: in a
 * build, from the citation thread; in the dev server and on one core, formatted here. Fails
 * naming the page. `site` is the build's, as the page's address was made with.
 */
export async function formatCitations(
  page: CitedPage,
  site: URL | undefined,
): Promise<FormattedCitations> {
  if (!import.meta.env.PROD || availableParallelism() < 2) return formatHere(page);
  return (await threadedCitations(site)).get(page.url) ?? formatHere(page);
}

/** A page's citation download: BibTeX (`@online`), RIS or CSL-JSON. */
export function citationFile(page: CitedPage, format: CitationFormat): string {
  const item = pageCslItem(page);
  if (format === 'json') return `${JSON.stringify([item], null, 2)}\n`;
  const cite = new Cite(item);
  if (format === 'bib') return cite.format('biblatex', { format: 'text' }) as string;
  return unwrapRis(cite.format('ris', { format: 'text' }) as string);
}

/**
 * RIS with one line per tag: Citation.js breaks every value after 70 characters, in the middle
 * of a word or an address, and readers that take each line as a tag (astrocite, many
 * importers) then fail on the rest of a long URL. A line that does not start with a tag
 * continues the one before it.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}- |\n|$)/g, '');
}

/** The desk as an edition names it: the site's byline in its words, another author as written. */
function authorIn(authors: readonly string[], lang: Lang): string {
  return authors
    .map((author) => (author === SITE.author ? ui(lang).site.author : author))
    .join(', ');
}

/** What the site says of an article in an edition, for its citation. */
export function articleCitation(
  article: CollectionEntry<'articles'>,
  lang: Lang,
  title: string,
  site: URL | undefined,
): CitedPage {
  const path = `/articles/${article.id}/`;
  return {
    path,
    lang,
    tag: LOCALES[lang].tag,
    title,
    author: authorIn(article.data.authors, lang),
    site: ui(lang).site.title,
    url: absoluteUrl(editionPath(path, lang), site),
    issued: article.data.pubDate,
    online: laterDay(isoDay(article.data.pubDate), LOCALES[lang].opened),
    factsChecked: article.data.factsCheckedOn,
  };
}

/** The update-log keys of what a fixed page shows: its own path and its items. */
async function keysShownBy(key: CitedPageKey): Promise<string[]> {
  const own = itemKey('pages', PAGE_PATHS[key]);
  if (key === 'status') {
    return [own, ...(await collection('status')).map((step) => itemKey('status', step.id))];
  }
  if (key === 'timeline') {
    return [own, ...(await collection('timeline')).map((event) => itemKey('events', event.id))];
  }
  return [own, ...(await collection('provisions')).map((item) => itemKey('provisions', item.id))];
}

/**
 * The day the story's facts were last checked: the day by which every status step had been
 * looked for (the status page's "Checked" line). The timeline and the explainer are checked
 * with it: each look for news of a step is a look for new events and new terms.
 */
export function storyCheckedOn(): Promise<Date> {
  return once('story-checked', async () => {
    const steps = await getStatusSteps();
    return statusAsOf(
      steps.map(({ entry, date }) => ({
        state: entry.data.state,
        date,
        checked: entry.data.checked,
      })),
    ).checked;
  });
}

/**
 * A fixed page's citation in an edition: the version cited is its last change in the updates
 * log (or the day it first appeared), and its facts were checked on the story's check day.
 */
export async function fixedPageCitation(
  key: CitedPageKey,
  lang: Lang,
  site: URL | undefined,
): Promise<CitedPage> {
  const page: FixedPage = pagesFor(lang)[key];
  const online = laterDay(FIRST_ONLINE[key], LOCALES[lang].opened);
  const [touched, keys, checked] = await Promise.all([
    getLastTouched(),
    keysShownBy(key),
    storyCheckedOn(),
  ]);
  const changed = keys
    .map((shown) => touched.get(shown))
    .filter((day): day is Date => day !== undefined)
    .reduce((latest, day) => (day > latest ? day : latest), online);
  return {
    path: page.path,
    lang,
    tag: LOCALES[lang].tag,
    title: page.title,
    author: ui(lang).site.author,
    site: ui(lang).site.title,
    url: absoluteUrl(editionPath(page.path, lang), site),
    issued: changed,
    online,
    factsChecked: checked,
  };
}

/** Every cited page of every edition: each published article and its translations, and the fixed pages. */
export async function citedPages(site: URL | undefined): Promise<CitedPage[]> {
  const prepared = await prepareArticles();
  const langs = Object.keys(LOCALES) as Lang[];
  const pages: CitedPage[] = [];
  for (const lang of langs) {
    const translations = lang === 'en' ? undefined : await translatedArticles(lang);
    for (const { article } of prepared) {
      if (translations && !translations.has(article.id)) continue;
      const title = translations?.get(article.id)?.data.title ?? article.data.title;
      pages.push(articleCitation(article, lang, title, site));
    }
    for (const key of CITED_PAGE_KEYS) pages.push(await fixedPageCitation(key, lang, site));
  }
  return pages;
}

export { citationId };
