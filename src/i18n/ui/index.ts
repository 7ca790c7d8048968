/**
 * The interface dictionaries, one per edition, each named by its entry in `LOCALES`
 * (src/i18n/locales.ts). `Dictionary` is the English one's shape with its strings widened, so
 * every other dictionary must have every key and every function of it: a missing or extra key
 * fails `npm run check`.
 */
import { LOCALES, type Lang } from '../locales';
import type { en } from './en';

/** A dictionary's shape: the English one's keys, any string where it has a string. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/** What every edition's dictionary holds. */
export type Dictionary = Widen<typeof en>;

/** The interface strings of an edition. */
export function ui(lang: Lang): Dictionary {
  return LOCALES[lang].dictionary;
}
