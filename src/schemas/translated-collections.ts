/**
 * What the Hindi and Russian editions translate: the one table. Each line is an English
 * collection, the collection of its translations, how the updates log names its entries, and
 * its text fields with their schemas; every other field is a fact, the English entry's, and a
 * translation that sets one is refused (src/schemas/translations.ts derives the schemas).
 */
import { z } from 'astro/zod';
import { text } from './common';

/** The text fields of a translated collection, each with its schema. */
export type TextShape = Record<string, z.ZodType>;

/**
 * One translated collection: where its translations are, how the updates log names its entries,
 * and which of its fields are text. Every other field of the English entry is a fact: a
 * translation that sets one is refused, naming it.
 */
export interface TranslatedCollectionSpec {
  /**
   * `data`: `content/<lang>/<name>.yaml`, one entry per English entry, by `id`. `mdx`:
   * `content/<lang>/<name>/<slug>.mdx`, each naming its English original in `translationOf`.
   */
  form: 'data' | 'mdx';
  /** The collection of its translations in `src/content.config.ts`, all editions together. */
  translations: string;
  /**
   * The `touches` list of `content/updates.yaml` that names its entries, when an update can
   * touch them: the translation of a touched entry is stale until its `translates` catches up.
   */
  touchedAs?: 'articles' | 'events' | 'provisions' | 'status' | 'pages';
  /** Its text fields, as a translation writes them; nested text sits in its object or list. */
  text: TextShape;
}

/**
 * What the editions translate: the one table. The schemas (src/schemas/translations.ts), the
 * collections in `src/content.config.ts`, the drift checks' fields (src/lib/translations.ts), the check that
 * every English entry is translated, and the editions' versions and stale notes
 * (src/data/content.ts, src/data/editions.ts) are all read from it: adding a collection to the
 * editions is one entry here, its files under `content/<lang>/`, and the words its pages need.
 */
export const TRANSLATED = {
  status: {
    form: 'data',
    translations: 'statusTranslations',
    touchedAs: 'status',
    text: {
      title: text('a title'),
      note: text('a note'),
      possibility: z.strictObject({ text: text('the possibility') }).optional(),
    },
  },
  timeline: {
    form: 'data',
    translations: 'timelineTranslations',
    touchedAs: 'events',
    text: {
      title: text('a title'),
      summary: text('a summary'),
      note: text('a note').optional(),
    },
  },
  /** Limits keep the English numbers: a translation gives each limit's unit and qualifier. */
  provisions: {
    form: 'data',
    translations: 'provisionTranslations',
    touchedAs: 'provisions',
    text: {
      activity: text('an activity'),
      detail: text('a detail'),
      limits: z
        .array(
          z.strictObject(
            { unit: text('a unit'), qualifier: text('a qualifier').optional() },
            {
              error: 'a translated limit has a unit and a qualifier: its value is the English one',
            },
          ),
        )
        .default([]),
    },
  },
  glossary: {
    form: 'data',
    translations: 'glossaryTranslations',
    text: {
      term: text('a term'),
      expansion: text('an expansion').optional(),
      definition: text('a definition'),
    },
  },
  updates: {
    form: 'data',
    translations: 'updateTranslations',
    text: {
      headline: text('a headline').pipe(
        z.string().max(100, { error: 'a headline is at most 100 characters' }),
      ),
      note: text('a note'),
    },
  },
  agreements: {
    form: 'data',
    translations: 'agreementTranslations',
    text: {
      partner: text('a partner'),
      name: text('a name'),
      shortName: text('a short name').optional(),
      scope: text('a scope'),
    },
  },
  /** An article's front matter; its body is checked against the English body. */
  articles: {
    form: 'mdx',
    translations: 'articleTranslations',
    touchedAs: 'articles',
    text: {
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
  },
  /** A fixed page's (About, Subscribe) front matter. */
  pages: {
    form: 'mdx',
    translations: 'pageTranslations',
    touchedAs: 'pages',
    text: { heading: text('a heading') },
  },
} as const satisfies Record<string, TranslatedCollectionSpec>;

/** A translated collection's English name: `status`, `articles`. */
export type TranslatedName = keyof typeof TRANSLATED;

/** A translated data file's English name (`content/<name>.yaml`). */
export type TranslatedDataName = {
  [N in TranslatedName]: (typeof TRANSLATED)[N]['form'] extends 'data' ? N : never;
}[TranslatedName];
