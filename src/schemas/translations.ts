/**
 * The schemas of the Hindi and Russian editions' files (`content/<lang>/`): text only. A
 * translation names the English entry it translates (`id`, or `translationOf` for an article or
 * page) and the English version it was made from (`translates`: the English `updatedDate` or
 * `factsCheckedOn`). Every other fact (dates, sources, verdicts, numbers, ids) is the English
 * entry's, so a translation cannot change it: such a field is refused with a message saying so.
 */
import { z } from 'astro/zod';
import { calendarDate, slugId, text } from './common';

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

/** An entry's fields every translated data file has: the English id and the version translated. */
const entry = { id: slugId, translates, position: z.number().int().nonnegative().default(0) };

/** A translated status step (`content/<lang>/status.yaml`). */
export const statusTranslationSchema = textOnly('status', {
  ...entry,
  title: text('a title'),
  note: text('a note'),
  possibility: z.strictObject({ text: text('the possibility') }).optional(),
});

/** A translated timeline event (`content/<lang>/timeline.yaml`). */
export const timelineTranslationSchema = textOnly('timeline', {
  ...entry,
  title: text('a title'),
  summary: text('a summary'),
  note: text('a note').optional(),
});

/** A translated "what it allows" item (`content/<lang>/provisions.yaml`); limits keep the English numbers. */
export const provisionTranslationSchema = textOnly('provisions', {
  ...entry,
  activity: text('an activity'),
  detail: text('a detail'),
  limits: z
    .array(
      z.strictObject(
        { unit: text('a unit'), qualifier: text('a qualifier').optional() },
        { error: 'a translated limit has a unit and a qualifier: its value is the English one' },
      ),
    )
    .default([]),
});

/** A translated glossary term (`content/<lang>/glossary.yaml`). */
export const glossaryTranslationSchema = textOnly('glossary', {
  ...entry,
  term: text('a term'),
  expansion: text('an expansion').optional(),
  definition: text('a definition'),
});

/** A translated updates-log entry (`content/<lang>/updates.yaml`). */
export const updateTranslationSchema = textOnly('updates', {
  ...entry,
  headline: text('a headline').pipe(
    z.string().max(100, { error: 'a headline is at most 100 characters' }),
  ),
  note: text('a note'),
});

/** A translated agreement (`content/<lang>/agreements.yaml`). */
export const agreementTranslationSchema = textOnly('agreements', {
  ...entry,
  partner: text('a partner'),
  name: text('a name'),
  shortName: text('a short name').optional(),
  scope: text('a scope'),
});

/** A translated article's front matter (`content/<lang>/articles/<slug>.mdx`). */
export const articleTranslationSchema = textOnly(
  'articles',
  {
    /** The English article's slug. */
    translationOf: slugId,
    translates,
    title: text('a title').pipe(
      z.string().max(90, { error: 'a headline is at most 90 characters' }),
    ),
    description: text('a description').pipe(
      z
        .string()
        .min(90, { error: 'the description (dek) is at least 90 characters' })
        .max(220, { error: 'the description (dek) is at most 220 characters' }),
    ),
    keyPoints: z
      .array(text('a key point'), { error: 'expected a list of 2 to 5 key points' })
      .min(2, { error: 'give at least 2 key points' })
      .max(5, { error: 'give at most 5 key points' }),
  },
  'content/articles/<slug>.mdx',
);

/** A translated fixed page's front matter (`content/<lang>/pages/<name>.mdx`). */
export const pageTranslationSchema = textOnly(
  'pages',
  {
    translationOf: slugId,
    translates,
    heading: text('a heading'),
  },
  'content/pages/<name>.mdx',
);
