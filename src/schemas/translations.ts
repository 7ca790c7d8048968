/**
 * The schemas of the Hindi and Russian editions' files (`content/<lang>/`): text only. A
 * translation names the English entry it translates (`id`, or `translationOf` for an article or
 * page) and the English version it was made from (`translates`: the English `updatedDate` or
 * `factsCheckedOn`). Every other fact (dates, sources, verdicts, numbers, ids) is the English
 * entry's, so a translation cannot change it: such a field is refused with a message saying so.
 */
import { z } from 'astro/zod';
import { calendarDate, slugId } from './common';
import {
  TRANSLATED,
  type TextShape,
  type TranslatedCollectionSpec,
  type TranslatedName,
} from './translated-collections';

/** The English version a translation was made from: the day its English original last changed. */
const translates = calendarDate;

/**
 * A strict object whose unknown keys are refused by name: a fact field (`sources`, `date`,
 * `verdict`…) copied from the English file is the commonest mistake, and it would drift.
 */
function textOnly<T extends z.ZodRawShape>(
  what: string,
  shape: T,
  original = `content/${what}.yaml`,
) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${what} holds text only; ${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is' : 'are'} the English entry's (${original}) and cannot be set in a translation`
        : undefined,
  });
}

/** The fields every translated data entry has: the English id, the version translated, its place. */
const DATA_ENTRY = { id: slugId, translates, position: z.number().int().nonnegative().default(0) };

/** The fields every translated article or page has: the English slug and the version translated. */
const MDX_ENTRY = {
  /** The English article's slug, or the page's name. */
  translationOf: slugId,
  translates,
};

/** A translation's schema: its entry fields and its text, nothing else. */
export type TranslationSchema<S extends TranslatedCollectionSpec> = z.ZodObject<
  (S['form'] extends 'data' ? typeof DATA_ENTRY : typeof MDX_ENTRY) & S['text'],
  z.core.$strict
>;

/** The schema of one collection's translations, from its line of a table such as {@link TRANSLATED}. */
export function translationSchema<S extends TranslatedCollectionSpec>(
  name: string,
  spec: S,
): TranslationSchema<S> {
  return spec.form === 'data'
    ? (textOnly(name, { ...DATA_ENTRY, ...spec.text }) as unknown as TranslationSchema<S>)
    : (textOnly(
        name,
        { ...MDX_ENTRY, ...spec.text },
        `content/${name}/<${name === 'pages' ? 'name' : 'slug'}>.mdx`,
      ) as unknown as TranslationSchema<S>);
}

/** The schema of each translated collection, by its English name. */
export const TRANSLATION_SCHEMAS = Object.fromEntries(
  Object.entries(TRANSLATED).map(([name, spec]) => [name, translationSchema(name, spec)]),
) as unknown as { [N in TranslatedName]: TranslationSchema<(typeof TRANSLATED)[N]> };

/** The schema under a wrapper that does not change what it holds: optional, default, a pipe. */
function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return unwrapped(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrapped(schema.in as z.ZodType);
  return schema;
}

/**
 * The text fields of a shape as the drift checks name them: `title`; `possibility.text` for text
 * in an object; `limits.unit` for text in each item of a list of objects; `keyPoints` for a list
 * of texts.
 */
export function textFieldsOf(shape: TextShape): string[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const inner = unwrapped(field);
    const item = inner instanceof z.ZodArray ? unwrapped(inner.element as z.ZodType) : inner;
    return item instanceof z.ZodObject
      ? textFieldsOf(item.shape as TextShape).map((sub) => `${key}.${sub}`)
      : [key];
  });
}

/** The text fields of each translated collection, as the drift checks name them. */
export const TRANSLATED_FIELDS = Object.fromEntries(
  Object.entries(TRANSLATED).map(([name, spec]) => [name, textFieldsOf(spec.text)]),
) as unknown as Record<TranslatedName, readonly string[]>;
