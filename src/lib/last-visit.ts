/**
 * "New since your last visit": what the browser remembers (one timestamp pair in localStorage,
 * nothing else, sent nowhere) and how an item's day is compared with it. Pure, so it is
 * unit-tested; `src/components/site/LastVisit.astro` runs it in the page.
 */
import { pluralTemplates } from '../i18n/plural';

/** The localStorage key. */
export const VISIT_STORAGE_KEY = 'relos-visit';

/** Page views closer together than this belong to one visit: reading several pages is one visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** What is stored: when the previous visit ended (none on a first visit) and the latest page view. */
export interface VisitRecord {
  /** The last page view of the previous visit, in ms since the epoch; null on a first visit. */
  previous: number | null;
  /** The latest page view, in ms since the epoch. */
  last: number;
}

/** Reads a stored record; anything malformed counts as no record (a first visit). */
export function parseVisit(stored: string | null): VisitRecord | null {
  try {
    const value = JSON.parse(stored ?? '') as Partial<Record<keyof VisitRecord, unknown>> | null;
    const { previous, last } = value ?? {};
    if (typeof last !== 'number' || !Number.isFinite(last)) return null;
    if (previous === null || previous === undefined) return { previous: null, last };
    return typeof previous === 'number' && Number.isFinite(previous) ? { previous, last } : null;
  } catch {
    return null;
  }
}

/**
 * The record after a page view at `now`. A view more than {@link VISIT_GAP_MS} after the last one
 * starts a new visit, and the old visit becomes the one to compare with; otherwise the visit goes
 * on and keeps comparing with the same previous visit.
 */
export function nextVisit(stored: VisitRecord | null, now: number): VisitRecord {
  if (!stored) return { previous: null, last: now };
  if (now - stored.last > VISIT_GAP_MS) return { previous: stored.last, last: now };
  return { previous: stored.previous, last: now };
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayIn(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * True when an item dated `itemDay` (`YYYY-MM-DD`, a day in the site's time zone) is new to a
 * reader whose previous visit was at `previous`: it is dated after the day of that visit. Items of
 * the visit's own day are not marked (the reader may have seen them), and nothing is new on a
 * first visit.
 */
export function isNewSince(itemDay: string, previous: number | null, timeZone: string): boolean {
  if (previous === null || !/^\d{4}-\d{2}-\d{2}$/.test(itemDay)) return false;
  return itemDay > dayIn(previous, timeZone);
}

/**
 * An edition's "since your last visit" sentence as templates the page can carry: one per plural
 * category of its language (`one`, `few`, `many`, `other`), with `{n}` for the count and `{date}`
 * for the day. Made at build time from the dictionary's function (src/i18n/ui), which may choose
 * the words by the count in any way its language needs.
 */
export function sinceTemplates(
  locale: string,
  since: (count: number, when: string) => string,
): Readonly<Record<string, string>> {
  // Every page carries its edition's templates: work them out once per language.
  const byLocale = templateCache.get(since) ?? new Map<string, Record<string, string>>();
  templateCache.set(since, byLocale);
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const templates = pluralTemplates(locale, (n) => since(n, '{date}'));
  byLocale.set(locale, Object.freeze(templates));
  return templates;
}

/** Templates already made, by the dictionary's function and the locale. */
const templateCache = new WeakMap<
  (count: number, when: string) => string,
  Map<string, Record<string, string>>
>();

/**
 * "2 updates since your last visit on 20 November" (the year only when it is not this year's),
 * from the edition's templates ({@link sinceTemplates}, which the page carries).
 */
export function sinceLine(
  count: number,
  previous: number,
  now: number,
  timeZone: string,
  locale: string,
  templates: Readonly<Record<string, string>>,
): string {
  const sameYear = dayIn(previous, timeZone).slice(0, 4) === dayIn(now, timeZone).slice(0, 4);
  const when = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(previous);
  const template =
    templates[new Intl.PluralRules(locale).select(count)] ?? templates['other'] ?? '{n}';
  return template
    .replace('{n}', new Intl.NumberFormat(locale).format(count))
    .replace('{date}', when);
}
