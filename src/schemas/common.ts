import { z } from 'astro/zod';
import { parsePartialDate } from './partial-date';

/** An entry id that is also a URL fragment: lower-case words joined by hyphens. */
export const slugId = z
  .string({ error: 'expected an id (lower-case words joined by hyphens)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      'expected lower-case letters, digits and single hyphens, e.g. "2025-12-02-duma-ratifies"',
  });

/** Non-empty text: trims, and refuses an empty string with a message naming what is missing. */
export function text(what: string) {
  return z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `${what} must not be empty` });
}

/**
 * A date known to the day, the month or the year (`2025-12-02`, `2018-07`, `2000`): the written
 * form sets the precision. Impossible dates (`2025-02-30`) are refused.
 */
export const partialDate = z
  .union([z.string(), z.number().int()], {
    error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .transform((value, ctx) => {
    const parsed = parsePartialDate(String(value));
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error, input: value });
      return z.NEVER;
    }
    return parsed;
  });

/** A calendar date, written `YYYY-MM-DD` (YAML may hand it over already parsed). */
export const calendarDate = z
  .union([z.date(), z.string()], { error: 'expected a date as YYYY-MM-DD' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'expected a real date', input: value });
        return z.NEVER;
      }
      return value;
    }
    const parsed = parsePartialDate(value);
    if ('error' in parsed || parsed.precision !== 'day') {
      ctx.addIssue({
        code: 'custom',
        message: 'error' in parsed ? parsed.error : `expected YYYY-MM-DD, received "${value}"`,
        input: value,
      });
      return z.NEVER;
    }
    return parsed.start;
  });

/** An ISO 639-1 language code for a source's language, e.g. `en`, `ru`, `hi`. */
export const languageCode = z
  .string({ error: 'expected a language code such as "en" or "ru"' })
  .regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code such as "en" or "ru"' });
