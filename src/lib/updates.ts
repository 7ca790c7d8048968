import { PAGE_PATHS, UPDATE_KINDS, type UpdateKind } from '../schemas/vocabulary';
import { pagesFor } from './pages';
import { DEFAULT_LANG, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { articlePath } from './urls';

export { UPDATE_KINDS, type UpdateKind };

/** The collections an update can touch, as named in its `touches` field. */
export type TouchedKind = 'articles' | 'events' | 'provisions' | 'status' | 'pages';

/** What an update touches: entries of each collection by reference, and fixed pages by path. */
export type Touches = Record<Exclude<TouchedKind, 'pages'>, readonly { id: string }[]> & {
  pages: readonly string[];
};

/** The parts of an updates-log entry the helpers below look at. */
export interface UpdateLike {
  id: string;
  data: { date: Date; kind: UpdateKind; touches: Touches };
}

/** Newest first; entries of the same day in reverse of the order given (the later first). */
export function newestUpdatesFirst<T extends UpdateLike>(updates: readonly T[]): T[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort(
      (a, b) => b.update.data.date.getTime() - a.update.data.date.getTime() || b.index - a.index,
    )
    .map(({ update }) => update);
}

/** The entries that touch one item, oldest first. */
export function updatesTouching<T extends UpdateLike>(
  updates: readonly T[],
  kind: Exclude<TouchedKind, 'pages'>,
  id: string,
): T[] {
  // A stable sort: entries of one day keep the order given.
  return updates
    .filter((update) => update.data.touches[kind].some((ref) => ref.id === id))
    .sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
}

/**
 * What an article's "Updates" box lists and when it was last updated: the entries that touch it,
 * oldest first, except the one that published it; `updatedDate` is the newest of their dates.
 * `updates` is the log in file order (entries of one day keep that order).
 */
export function articleHistory<T extends UpdateLike>(
  updates: readonly T[],
  articleId: string,
): { updates: T[]; updatedDate: Date | undefined } {
  const changes = updatesTouching(updates, 'articles', articleId).filter(
    (update) => update.data.kind !== 'new-article',
  );
  return { updates: changes, updatedDate: changes.at(-1)?.data.date };
}

/** What {@link lastTouched} reads of an entry; any kind of touch may be missing. */
export interface DatedTouches {
  data: {
    date: Date;
    touches: Partial<Record<TouchedKind, readonly ({ id: string } | string)[]>>;
  };
}

/**
 * An item as the updates log names it: `status:in-force`, `articles:x`, and a fixed page by its
 * path, `pages:/about/` (a translation of a page names it `about`: the same key).
 */
export function itemKey(kind: TouchedKind, id: string): string {
  return `${kind}:${kind === 'pages' && !id.startsWith('/') ? `/${id}/` : id}`;
}

/** The items an update touched, as {@link itemKey} names them, in the order of its `touches`. */
export function touchedKeys(touches: DatedTouches['data']['touches']): string[] {
  return (
    Object.entries(touches) as [TouchedKind, DatedTouches['data']['touches'][TouchedKind]][]
  ).flatMap(([kind, refs]) =>
    (refs ?? []).map((ref) => itemKey(kind, typeof ref === 'string' ? ref : ref.id)),
  );
}

/** The day each touched item last changed, keyed by {@link itemKey} (e.g. `status:in-force`). */
export function lastTouched(updates: readonly DatedTouches[]): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const update of updates) {
    for (const key of touchedKeys(update.data.touches)) {
      const known = dates.get(key);
      if (!known || known < update.data.date) dates.set(key, update.data.date);
    }
  }
  return dates;
}

/**
 * Problems between the log and the articles it touches: an entry dated before an article was
 * published, or a new-article entry not dated on the article's `pubDate`. Each message names the
 * file, the entry and the field.
 */
export function checkUpdatesAgainstArticles(
  updates: readonly UpdateLike[],
  pubDates: ReadonlyMap<string, Date>,
  file = 'content/updates.yaml',
): string[] {
  const problems: string[] = [];
  const day = (date: Date) => date.toISOString().slice(0, 10);
  for (const update of updates) {
    update.data.touches.articles.forEach((ref, index) => {
      const published = pubDates.get(ref.id);
      if (!published) return; // an unknown article is reported by the reference check
      const where = `${file} (entry "${update.id}"), field touches.articles[${index}]`;
      if (update.data.kind === 'new-article' && day(published) !== day(update.data.date)) {
        problems.push(
          `${where}: a new-article entry is dated on the article's pubDate (${day(published)}), not ${day(update.data.date)}`,
        );
      } else if (update.data.date < published) {
        problems.push(
          `${where}: dated ${day(update.data.date)}, before "${ref.id}" was published (${day(published)})`,
        );
      }
    });
  }
  return problems;
}

/**
 * Where a touched item is in the English edition: an article's page, a status step, event or
 * provision on its page (`/status/#in-force`), a fixed page by its path.
 */
export function touchedPath(kind: TouchedKind, id: string): string {
  switch (kind) {
    case 'articles':
      return articlePath(id);
    case 'status':
      return `${PAGE_PATHS.status}#${id}`;
    case 'events':
      return `${PAGE_PATHS.timeline}#${id}`;
    case 'provisions':
      return `${PAGE_PATHS.whatItAllows}#${id}`;
    case 'pages':
      return id;
  }
}

/** A title as an edition shows it, with its language where it is not the edition's. */
export interface ShownTitle {
  title: string;
  /**
   * The title's language (BCP 47) where it is not the page's: an article the edition has not
   * translated, or an entry of a collection it has not translated, keeps its English title.
   */
  foreign?: string | undefined;
}

/** A link to something an update touched: its label and its site path. */
export interface TouchedLink {
  /** The kind of item in the edition's words ("Timeline"), before the label; none for an article or page. */
  section?: string;
  /** The item's title, or the page's name. */
  label: string;
  path: string;
  /** The label's language where it is not the edition's ({@link ShownTitle}). */
  foreign?: string;
}

/** The titles an update's links are labelled with, by id; references were checked. */
export interface TouchedTitles {
  /** Published articles' titles: an update's link to an unpublished article is left out. */
  articles: ReadonlyMap<string, ShownTitle>;
  events: (id: string) => ShownTitle;
  provisions: (id: string) => ShownTitle;
  steps: (id: string) => ShownTitle;
}

/** Links to what an update touched, labelled for readers: articles, status, timeline, explainer, pages. */
export function touchedLinks(
  update: { data: { touches: Touches } },
  titles: TouchedTitles,
  lang: Lang = DEFAULT_LANG,
): TouchedLink[] {
  const { touches } = update.data;
  const pages = Object.values(pagesFor(lang));
  const words = ui(lang).updates.touched;
  const link = (shown: ShownTitle, path: string, section?: string): TouchedLink => ({
    ...(section === undefined ? {} : { section }),
    label: shown.title,
    path,
    ...(shown.foreign ? { foreign: shown.foreign } : {}),
  });
  return [
    ...touches.articles.flatMap((ref) => {
      const article = titles.articles.get(ref.id);
      return article ? [link(article, touchedPath('articles', ref.id))] : [];
    }),
    ...touches.status.map((ref) =>
      link(titles.steps(ref.id), touchedPath('status', ref.id), words.status),
    ),
    ...touches.events.map((ref) =>
      link(titles.events(ref.id), touchedPath('events', ref.id), words.timeline),
    ),
    ...touches.provisions.map((ref) =>
      link(titles.provisions(ref.id), touchedPath('provisions', ref.id), words.whatItAllows),
    ),
    ...touches.pages.map((path) => ({
      label: path === '/' ? words.frontPage : pages.find((page) => page.path === path)!.title,
      path,
    })),
  ];
}
