/**
 * The schemas of the content collections, field by field. `src/content.config.ts` wires them to
 * their files; they take Astro's `reference()` and `image()` as arguments so tests can build them
 * without a running Astro.
 */
import { z } from 'astro/zod';
import { ARTICLE_KINDS } from '../lib/articles';
import { TAG_IDS } from '../lib/tags';
import { DOMAINS, VERDICTS } from '../lib/provisions';
import { EVENT_KINDS } from '../lib/timeline';
import { calendarDate, languageCode, partialDate, slugId, text } from './common';

/** What a reference into another collection resolves to. */
export interface Ref {
  id: string;
  collection: string;
}

/** Astro's schema helpers, passed in by `content.config.ts` (or by a test). */
export interface SchemaHelpers {
  /** `reference()` from `astro:content`. */
  reference: (collection: 'sources' | 'timeline') => z.ZodType<Ref, unknown>;
  /** The `image()` helper Astro passes to a collection's schema function. */
  image: () => z.ZodType;
}

/** References into the sources collection: at least one, no repeats. */
function sourceRefs(reference: SchemaHelpers['reference']) {
  return z
    .array(reference('sources'), { error: 'expected a list of source ids' })
    .min(1, { error: 'cite at least one source' })
    .refine((refs) => new Set(refs.map((r) => r.id)).size === refs.length, {
      error: 'the same source is listed twice',
    });
}

/** An article's fields but its image, which Astro's `image()` helper resolves per file. */
function articleFields(reference: SchemaHelpers['reference']) {
  return z.object({
    /** Headline: what happened or what the reader will learn, sentence case, under 70 characters. */
    title: text('a title').pipe(
      z.string().max(70, { error: 'a headline is at most 70 characters' }),
    ),
    /** The dek: one sentence of 120–160 characters that adds to the headline. */
    description: text('a description').pipe(
      z
        .string()
        .min(120, { error: 'the description (dek) is at least 120 characters' })
        .max(160, { error: 'the description (dek) is at most 160 characters' }),
    ),
    /** The day the article was first published on this site (YYYY-MM-DD). */
    pubDate: calendarDate,
    /** The day of the last substantive update, if any; never before `pubDate`. */
    updatedDate: calendarDate.optional(),
    /** Bylines: the desk, never an invented person. */
    authors: z.array(text('an author')).min(1).default(['RELOS Explained staff']),
    /** What sort of piece it is: news, explainer, analysis, timeline, context or comparison. */
    kind: z.enum(ARTICLE_KINDS, { error: `expected one of: ${ARTICLE_KINDS.join(', ')}` }),
    /** Topics, from the fixed list in `src/lib/tags.ts`. */
    tags: z
      .array(z.enum(TAG_IDS, { error: `expected a tag from: ${TAG_IDS.join(', ')}` }), {
        error: `expected a list of tags from: ${TAG_IDS.join(', ')}`,
      })
      .min(1, { error: 'give at least one tag' }),
    /** Two to five short lines shown first: the story for a reader in a hurry. */
    keyPoints: z
      .array(text('a key point'), { error: 'expected a list of 2 to 5 key points' })
      .min(2, { error: 'give at least 2 key points' })
      .max(5, { error: 'give at most 5 key points' }),
    /** The sources the article cites, by id from `content/sources.yaml`, in citation order. */
    sources: sourceRefs(reference),
    /** Timeline events the article covers, by id from `content/timeline.yaml`. */
    events: z.array(reference('timeline')).default([]),
    /** The updates log: dated notes of substantive changes and corrections, oldest first. */
    updates: z
      .array(
        z.object({
          /** The day of the change (YYYY-MM-DD). */
          date: calendarDate,
          /** What changed, in a sentence. */
          note: text('an update note'),
        }),
      )
      .default([]),
    /** True keeps the article out of every page, feed and sitemap. */
    draft: z.boolean().default(false),
    /** True makes it the front page's lead story (the newest featured article leads). */
    featured: z.boolean().default(false),
    /** Old slugs this article was published under; each keeps working as a redirect here. */
    aliases: z.array(slugId).default([]),
  });
}

/**
 * Astro calls an article's schema function once per file, to hand it that file's `image()`.
 * Everything else is built once: building the whole schema per file cost 0.7 ms an article.
 */
const articleFieldsByReference = new WeakMap<
  SchemaHelpers['reference'],
  ReturnType<typeof articleFields>
>();

/** An article: `content/articles/<slug>.mdx` frontmatter. */
export function articleSchema({ reference, image }: SchemaHelpers) {
  let fields = articleFieldsByReference.get(reference);
  if (!fields) {
    fields = articleFields(reference);
    articleFieldsByReference.set(reference, fields);
  }
  return fields
    .extend({
      /** An optional lead image, with alt text that says what it shows. */
      image: z
        .object({
          /** Path to the image file, relative to the article. */
          src: image(),
          /** What the image shows, for readers who cannot see it. */
          alt: text('alt text for the image'),
        })
        .optional(),
    })
    .superRefine((data, ctx) => {
      if (data.updatedDate && data.updatedDate < data.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'updatedDate must not be before pubDate',
        });
      }
      for (const [index, update] of data.updates.entries()) {
        if (update.date < data.pubDate) {
          ctx.addIssue({
            code: 'custom',
            path: ['updates', index, 'date'],
            message: 'an update cannot be dated before pubDate',
          });
        }
      }
    });
}

/** A cited source: `content/sources.yaml`. */
export function sourceSchema() {
  return z.object({
    /** Stable id that articles and data cite, e.g. `tass-2025-12-02-duma-ratifies`. */
    id: slugId,
    /** The headline or title of the source, in its own language. */
    title: text('a title'),
    /** The English title, when the source is not in English. */
    titleEnglish: text('an English title').optional(),
    /** Who published it: "TASS", "The Hindu". */
    publisher: text('a publisher'),
    /** Where to read it. */
    url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' }),
    /** When it was published, to the precision known (YYYY, YYYY-MM or YYYY-MM-DD); `null` when the copy consulted shows no date. */
    published: partialDate.nullable(),
    /** Its language (two-letter code). */
    language: languageCode,
  });
}

/** A dated event: `content/timeline.yaml`. */
export function timelineEventSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
  return z
    .object({
      /** Stable id, also the URL anchor on /timeline/: date first, then a few words. */
      id: slugId,
      /** When it happened: YYYY-MM-DD, YYYY-MM or YYYY, which sets the precision shown. */
      date: partialDate,
      /** A short title: what happened. */
      title: text('a title'),
      /** One or two sentences on what happened and why it matters. */
      summary: text('a summary'),
      /** What sort of step it was. */
      kind: z.enum(EVENT_KINDS, { error: `expected one of: ${EVENT_KINDS.join(', ')}` }),
      /** Sources for the event, by id. */
      sources: sourceRefs(reference),
      /** Where sources disagree (on the date, say): a sentence naming both versions. */
      note: text('a note').optional(),
      /** Topics, from the same fixed list as articles, for selecting events by tag. */
      tags: z
        .array(z.enum(TAG_IDS, { error: `expected a tag from: ${TAG_IDS.join(', ')}` }))
        .default([]),
    })
    .superRefine((event, ctx) => {
      // The id is a permalink people share: it starts with the date so it reads well and
      // cannot collide with another day's event.
      if (!event.id.startsWith(`${event.date.iso}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['id'],
          message: `a timeline id starts with its date, e.g. "${event.date.iso}-duma-ratifies"`,
        });
      }
    });
}

/** A "what it allows" item: `content/provisions.yaml`. */
export function provisionSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
  return z.object({
    /** Stable id, also the URL anchor on /what-it-allows/. */
    id: slugId,
    /** Which area it belongs to: sea, air, land, people, money or law. */
    domain: z.enum(DOMAINS, { error: `expected one of: ${DOMAINS.join(', ')}` }),
    /** The activity in a few words: "Warship port calls". */
    activity: text('an activity'),
    /** What the agreement does with it. Unverified claims are "unclear", never "allowed". */
    verdict: z.enum(VERDICTS, { error: `expected one of: ${VERDICTS.join(', ')}` }),
    /** The detail in plain words, including what is not known. */
    detail: text('a detail'),
    /** Numeric limits, if any: "at most 5 warships at a time". */
    limits: z
      .array(
        z.object({
          /** The number. */
          value: z.number({ error: 'expected a number' }).positive(),
          /** What is counted: "warships". */
          unit: text('a unit'),
          /** The qualifier: "at a time, unless otherwise agreed". */
          qualifier: text('a qualifier').optional(),
        }),
      )
      .default([]),
    /** Sources, by id. */
    sources: sourceRefs(reference),
  });
}

/** One of India's logistics agreements: `content/agreements.yaml`. */
export function agreementSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
  return z.object({
    /** Stable id. */
    id: slugId,
    /** The partner country. */
    partner: text('a partner'),
    /** The agreement's name as used in the sources. */
    name: text('a name'),
    /** Its short name, if it has one: "LEMOA". */
    shortName: text('a short name').optional(),
    /** When it was signed, to the precision known; `null` when no source gives a date. */
    signed: partialDate.nullable(),
    /** What it covers, in a sentence. */
    scope: text('a scope'),
    /** Sources, by id. */
    sources: sourceRefs(reference),
  });
}

/** A glossary term: `content/glossary.yaml`. */
export function glossaryTermSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
  return z.object({
    /** Stable id, also the anchor on /glossary/. */
    id: slugId,
    /** The term as written: "State Duma". */
    term: text('a term'),
    /** What an abbreviation stands for, if it is one. */
    expansion: text('an expansion').optional(),
    /** The definition in plain words. */
    definition: text('a definition'),
    /** Sources, by id, where the definition rests on one. */
    sources: z.array(reference('sources')).default([]),
  });
}
