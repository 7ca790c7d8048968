/**
 * Dates as content writes them: a day, a month or a year (`2025-12-02`, `2018-07`, `2000`). The
 * schemas parse with this; src/lib/dates.ts formats the result for readers.
 */

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
