/**
 * The embeds of an edition and the oEmbed responses of the site, from the content: which
 * embeds exist (one per list, one per status step, event, year and provision), what each is
 * called, the day its facts were checked, and the share image that stands for it.
 */
import { DEFAULT_LANG, LANGS, editionPath, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';
import {
  EMBED_HEIGHTS,
  EMBED_ROOT,
  EMBED_WIDTH,
  embedPath,
  embedSnippet,
  fullPagePath,
  oembedPath,
  oembedProblems,
  type EmbedTarget,
  type OEmbed,
} from '../lib/embeds';
import { pagesFor } from '../lib/pages';
import { SHARE_IMAGE, shareImagePath } from '../lib/share-card';
import { statusAsOf } from '../lib/status';
import { groupByYear } from '../lib/timeline';
import { articlePath } from '../lib/urls';
import { collection, foreignText, getPublishedArticles, getStatusSteps, once } from './content';
import { articleText, translatedArticles } from './editions';
import { absoluteUrl } from './urls';

/** One embed of an edition. */
export interface EmbedEntry {
  target: EmbedTarget;
  /** Its name: the list's heading or the item's title, in the edition's language. */
  title: string;
  /** The title's language where the edition shows the item in English (not translated yet). */
  titleLang?: string | undefined;
  /** The day its facts were last checked. */
  checked: Date;
  /** The share image (its name under /og/) of the page it comes from. */
  image: string;
}

/** Every embed of an edition, lists first. */
export function embedEntries(lang: Lang): Promise<EmbedEntry[]> {
  return once(`embeds:${lang}`, async () => {
    const t = ui(lang);
    const pages = pagesFor(lang);
    const [steps, events, provisions] = await Promise.all([
      getStatusSteps(lang),
      collection('timeline', lang),
      collection('provisions', lang),
    ]);
    // Everything but a step is as current as the status: the day every step was last looked at.
    const { checked } = statusAsOf(
      steps.map(({ entry, date }) => ({
        state: entry.data.state,
        date,
        checked: entry.data.checked,
      })),
    );
    const status = pages.status.image;
    const timeline = pages.timeline.image;
    const allows = pages.whatItAllows.image;
    return [
      { target: { kind: 'status' }, title: t.status.boxHeading, checked, image: status },
      { target: { kind: 'timeline' }, title: t.timeline.heading, checked, image: timeline },
      { target: { kind: 'key-figures' }, title: t.allows.keyFiguresLabel, checked, image: allows },
      ...steps.map(({ entry }) => ({
        target: { kind: 'step' as const, id: entry.id },
        title: entry.data.title,
        titleLang: foreignText(entry),
        checked: entry.data.checked,
        image: status,
      })),
      ...groupByYear(events).map(({ year }) => ({
        target: { kind: 'year' as const, id: year },
        title: t.timeline.eventsIn(year),
        checked,
        image: timeline,
      })),
      ...events.map((event) => ({
        target: { kind: 'event' as const, id: event.id },
        title: event.data.title,
        titleLang: foreignText(event),
        checked,
        image: timeline,
      })),
      ...provisions.map((provision) => ({
        target: { kind: 'provision' as const, id: provision.id },
        title: provision.data.activity,
        titleLang: foreignText(provision),
        checked,
        image: allows,
      })),
    ];
  });
}

/** The embed of an edition for a target; throws naming it when there is none. */
export async function embedEntry(lang: Lang, target: EmbedTarget): Promise<EmbedEntry> {
  const path = embedPath(target);
  const entry = (await embedEntries(lang)).find((e) => embedPath(e.target) === path);
  if (!entry) throw new Error(`no embed at ${editionPath(path, lang)}`);
  return entry;
}

/** The accessible name of an embed's frame, and its credit: "RELOS Explained: Where RELOS stands". */
export function embedName(lang: Lang, title: string): string {
  return ui(lang).embed.name(ui(lang).site.title, title);
}

/** The snippet of an embed of an edition (its target and title), with absolute URLs on `site`. */
export function snippetFor(
  lang: Lang,
  entry: Pick<EmbedEntry, 'target' | 'title'>,
  site: URL | undefined,
): string {
  return embedSnippet({
    src: absoluteUrl(editionPath(embedPath(entry.target), lang), site),
    title: embedName(lang, entry.title),
    height: EMBED_HEIGHTS[entry.target.kind],
  });
}

/** What every oEmbed response of an edition says of who made it. */
function provenance(lang: Lang, site: URL | undefined) {
  const t = ui(lang);
  return {
    version: '1.0' as const,
    author_name: t.site.author,
    author_url: absoluteUrl(editionPath('/about/', lang), site),
    provider_name: t.site.title,
    provider_url: absoluteUrl(editionPath('/', lang), site),
  };
}

/** A share image as an oEmbed thumbnail. */
function thumbnail(image: string, site: URL | undefined) {
  return {
    thumbnail_url: absoluteUrl(shareImagePath(image), site),
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
  };
}

/** One static oEmbed response: the site path of its page and the response. */
export interface OEmbedFile {
  /** The page it describes, as an edition's site path: `/hi/embed/status/`. */
  page: string;
  response: OEmbed;
}

/**
 * Every oEmbed response of the site: a `rich` one for each embed of each edition (the snippet),
 * a `link` one for each article page of each edition. A response the specification would refuse
 * fails the build, naming the page and the field.
 */
export function oembedFiles(site: URL | undefined): Promise<OEmbedFile[]> {
  return once('oembed-files', async () => {
    const articles = await getPublishedArticles();
    const files = (
      await Promise.all(
        LANGS.map(async (lang): Promise<OEmbedFile[]> => {
          const embeds = (await embedEntries(lang)).map((entry) => ({
            page: editionPath(embedPath(entry.target), lang),
            response: {
              type: 'rich' as const,
              ...provenance(lang, site),
              title: embedName(lang, entry.title),
              html: snippetFor(lang, entry, site),
              width: EMBED_WIDTH,
              height: EMBED_HEIGHTS[entry.target.kind],
              ...thumbnail(entry.image, site),
            },
          }));
          const translated = lang === DEFAULT_LANG ? undefined : await translatedArticles(lang);
          const pages = await Promise.all(
            articles
              .filter((article) => !translated || translated.has(article.id))
              .map(async (article) => ({
                page: editionPath(articlePath(article.id), lang),
                response: {
                  type: 'link' as const,
                  ...provenance(lang, site),
                  title: (await articleText(article, lang)).title,
                  ...thumbnail(
                    `${lang === DEFAULT_LANG ? '' : `${lang}/`}articles/${article.id}`,
                    site,
                  ),
                },
              })),
          );
          return [...embeds, ...pages];
        }),
      )
    ).flat();
    for (const { page, response } of files) {
      const problems = oembedProblems(response as unknown as Record<string, unknown>);
      if (problems.length > 0) {
        throw new Error(`${oembedPath(page)} (oEmbed of ${page}): ${problems.join('; ')}`);
      }
    }
    return files;
  });
}

/** The full page an embed comes from, as an edition's site path with the item's anchor. */
export function fullPageOf(lang: Lang, target: EmbedTarget): string {
  return editionPath(fullPagePath(target), lang);
}

/**
 * `getStaticPaths` of the embed routes: `[...lang]/embed/[kind]` (the lists: `items` false) and
 * `[...lang]/embed/[folder]/[id]` (one item each), every edition.
 */
export async function embedStaticPaths(items: boolean) {
  const editions = await Promise.all(
    LANGS.map(async (lang) => ({ lang, entries: await embedEntries(lang) })),
  );
  return editions.flatMap(({ lang, entries }) =>
    entries
      .filter((entry) => (entry.target.id !== undefined) === items)
      .map((entry) => {
        const [first, second] = embedPath(entry.target).slice(EMBED_ROOT.length, -1).split('/');
        const lang_ = lang === DEFAULT_LANG ? undefined : lang;
        return {
          params: items
            ? { lang: lang_, folder: first!, id: second! }
            : { lang: lang_, kind: first! },
          props: { entry },
        };
      }),
  );
}
