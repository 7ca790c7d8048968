import type { PartialDate, Precision } from '../schemas/partial-date';
import { SITE } from '../site';

export { parsePartialDate, type PartialDate, type Precision } from '../schemas/partial-date';

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
