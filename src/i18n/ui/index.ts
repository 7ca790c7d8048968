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

/**
 * What each edition's dictionary lacks or has too much against the English one: a missing or
 * extra key, or a sentence where the English has a function (or the reverse), each naming the
 * file and the key. `npm run check` says the same through the types; the build says it too
 * (astro.config.ts), so a dictionary that never went through the type checker fails at once.
 */
export function dictionaryProblems(
  dictionaries: Readonly<Record<string, unknown>> = Object.fromEntries(
    Object.entries(LOCALES).map(([lang, locale]) => [lang, locale.dictionary]),
  ),
  english: unknown = LOCALES.en.dictionary,
): string[] {
  const kind = (value: unknown) =>
    typeof value === 'function'
      ? 'a function'
      : typeof value === 'string'
        ? 'a sentence'
        : 'a group';
  const compare = (file: string, reference: unknown, value: unknown, path: string): string[] => {
    if (value === undefined) return [`${file}: ${path} is missing`];
    if (kind(reference) !== kind(value))
      return [`${file}: ${path} is ${kind(value)}, the English one ${kind(reference)}`];
    if (kind(reference) !== 'a group') return [];
    const [ours, theirs] = [reference as Record<string, unknown>, value as Record<string, unknown>];
    return [
      ...Object.keys(ours).flatMap((key) =>
        compare(file, ours[key], theirs[key], path ? `${path}.${key}` : key),
      ),
      ...Object.keys(theirs)
        .filter((key) => !(key in ours))
        .map((key) => `${file}: ${path ? `${path}.${key}` : key} is not a key of the English one`),
    ];
  };
  return Object.entries(dictionaries).flatMap(([lang, dictionary]) =>
    compare(`src/i18n/ui/${lang}.ts`, english, dictionary, ''),
  );
}
