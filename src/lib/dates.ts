import { SITE } from '../site';

/** How much of a date is known: an exact day, only the month, or only the year. */
export type Precision = 'day' | 'month' | 'year';

/** A date known to a given precision, e.g. "July 2018" is `{ iso: '2018-07', precision: 'month' }`. */
export interface PartialDate {
  /** The date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; also the `datetime` attribute. */
  iso: string;
  /** How much of the date is known. */
  precision: Precision;
  /** The first instant the date can mean (midnight UTC), for sorting and comparison. */
  start: Date;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a {@link PartialDate}; the precision follows
 * from what is written. Returns an error message for anything else or an impossible date.
 */
export function parsePartialDate(input: string): PartialDate | { error: string } {
  const match = PARTIAL_DATE.exec(input.trim());
  if (!match) {
    return { error: `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, received "${input}"` };
  }
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const start = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    start.getUTCFullYear() !== year ||
    start.getUTCMonth() !== month - 1 ||
    start.getUTCDate() !== day
  ) {
    return { error: `"${input}" is not a real date` };
  }
  const precision: Precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return { iso: input.trim(), precision, start };
}

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale, options and zone: creating one costs more than using it. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** Formats a partial date to its precision: "2 December 2025", "July 2018" or "2018". */
export function formatPartialDate(date: PartialDate, locale: string = SITE.locale): string {
  // Partial dates are calendar dates, not instants: format them in UTC so no time zone moves the day.
  return formatter(locale, { ...FORMATS[date.precision], timeZone: 'UTC' }).format(date.start);
}

/** Formats an instant as a calendar day in the site's time zone: "25 November 2026". */
export function formatDate(
  date: Date,
  locale: string = SITE.locale,
  timeZone: string = SITE.timeZone,
): string {
  return formatter(locale, { ...FORMATS.day, timeZone }).format(date);
}

/** The calendar day of an instant in the site's time zone as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDay(date: Date, timeZone: string = SITE.timeZone): string {
  // en-CA formats as YYYY-MM-DD.
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(
    date,
  );
}
