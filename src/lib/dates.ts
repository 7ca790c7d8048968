import type { PartialDate, Precision } from '../schemas/partial-date';
import { SITE } from '../site';

export { parsePartialDate, type PartialDate, type Precision } from '../schemas/partial-date';

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale, format and zone: creating one costs more than using it. `name` says
 * which format `options` is, so a lookup costs no serialising (pages format thousands of dates).
 */
function formatter(
  locale: string,
  name: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${name}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** Formats a partial date to its precision: "2 December 2025", "July 2018" or "2018". */
export function formatPartialDate(date: PartialDate, locale: string = SITE.locale): string {
  // Partial dates are calendar dates, not instants: format them in UTC so no time zone moves the day.
  return formatter(locale, date.precision, 'UTC', FORMATS[date.precision]).format(date.start);
}

/** Formats an instant as a calendar day in the site's time zone: "25 November 2026". */
export function formatDate(
  date: Date,
  locale: string = SITE.locale,
  timeZone: string = SITE.timeZone,
): string {
  return formatter(locale, 'day', timeZone, FORMATS.day).format(date);
}

const ISO_DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** The calendar day of an instant in the site's time zone as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDay(date: Date, timeZone: string = SITE.timeZone): string {
  // en-CA formats as YYYY-MM-DD.
  return formatter('en-CA', 'iso-day', timeZone, ISO_DAY).format(date);
}
