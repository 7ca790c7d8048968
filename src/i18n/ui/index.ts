/**
 * The interface dictionaries, one per edition. `Dictionary` is the English one's shape with its
 * strings widened, so the Hindi and Russian files must have every key and every function of it:
 * a missing or extra key fails `npm run check`.
 */
import type { Lang } from '../locales';
import { en } from './en';
import { hi } from './hi';
import { ru } from './ru';

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

const DICTIONARIES: Record<Lang, Dictionary> = { en, hi, ru };

/** The interface strings of an edition. */
export function ui(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
