/**
 * The schemas of the content collections, field by field. `src/content.config.ts` wires them to
 * their files; they take Astro's `reference()` and `image()` as arguments so tests can build them
 * without a running Astro.
 */
import { z } from 'astro/zod';
import {
  ARTICLE_KINDS,
  COUNTRIES,
  DOMAINS,
  EVENT_KINDS,
  PAGE_PATHS,
  STEP_STATES,
  TAG_IDS,
  UPDATE_KINDS,
  VERDICTS,
} from './vocabulary';
import { calendarDate, languageCode, partialDate, slugId, text } from './common';

/** What a reference into another collection resolves to. */
export interface Ref {
  id: string;
  collection: string;
}

/** Astro's schema helpers, passed in by `content.config.ts` (or by a test). */
export interface SchemaHelpers {
  /** `reference()` from `astro:content`. */
  reference: (
    collection: 'sources' | 'timeline' | 'articles' | 'provisions' | 'status',
  ) => z.ZodType<Ref, unknown>;
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

/** An entry's place in its file, set by the loader (`src/content.config.ts`), not written by editors. */
const position = z.number().int().nonnegative().default(0);

/** A field that now lives in the story-wide updates log: any value is refused, with where to write it. */
const movedToUpdatesLog = z
  .unknown()
  .refine((value) => value === undefined, {
    error:
      'updates and updatedDate are no longer written in an article: add an entry to content/updates.yaml that touches this article (its date becomes the updated date)',
  })
  .optional();

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
    /**
     * The day the article's facts were last checked against the sources (YYYY-MM-DD); defaults
     * to `pubDate`, never before it. Sentences about the present are true as of this day.
     */
    factsCheckedOn: calendarDate.optional(),
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
    /** Refused: the updates log is `content/updates.yaml`, which also sets the updated date. */
    updates: movedToUpdatesLog,
    /** Refused: derived from `content/updates.yaml`. */
    updatedDate: movedToUpdatesLog,
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
      if (data.factsCheckedOn && data.factsCheckedOn < data.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['factsCheckedOn'],
          message: 'factsCheckedOn must not be before pubDate',
        });
      }
    })
    .transform(({ updates: _updates, updatedDate: _updatedDate, ...data }) => ({
      ...data,
      factsCheckedOn: data.factsCheckedOn ?? data.pubDate,
    }));
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
    /**
     * True when the source's own headline could not be confirmed and `title` is a description
     * standing in for it; the sources list shows it in square brackets, as citation styles do.
     */
    titleIsDescription: z.boolean().default(false),
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
    /** Its place in the file: items show in file order within their group. */
    position,
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

/** A step on the way from signature to entry into force: `content/status.yaml`. */
export function statusStepSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
  return z
    .object({
      /** Stable id, also the URL anchor on /status/: a few words, e.g. `duma-approves`. */
      id: slugId,
      /** Its place in the file: steps show in file order. */
      position,
      /** The step in a few words: "State Duma approves the ratification law". */
      title: text('a title'),
      /** Whose step it is: russia, india or both. */
      country: z.enum(COUNTRIES, { error: `expected one of: ${COUNTRIES.join(', ')}` }),
      /**
       * done (it happened: a date and a source), reported (a source says it happened but gives
       * no date), expected (announced, not yet done) or unknown (no official or reliable source
       * confirms it).
       */
      state: z.enum(STEP_STATES, { error: `expected one of: ${STEP_STATES.join(', ')}` }),
      /**
       * When it happened, to the precision known, for a step with no timeline event. A step with
       * an event takes the event's date from content/timeline.yaml, so a date is stored once.
       */
      date: partialDate.optional(),
      /** The timeline event this step is, by id from content/timeline.yaml. */
      event: reference('timeline').optional(),
      /** Sources for what the step says, by id; a done step needs at least one. */
      sources: z
        .array(reference('sources'), { error: 'expected a list of source ids' })
        .default([]),
      /** One or two sentences: what the step is and what is known of it. */
      note: text('a note'),
      /**
       * A reasoned possibility the sources allow, shown labelled as a possibility, never as fact,
       * with the source of the reasoning.
       */
      possibility: z
        .object({
          /** The possibility, in a sentence or two. */
          text: text('the possibility'),
          /** Its sources, by id. */
          sources: sourceRefs(reference),
        })
        .optional(),
      /** The day we last looked for news of this step (YYYY-MM-DD); never in the future. */
      checked: calendarDate,
    })
    .superRefine((step, ctx) => {
      if (step.date && step.event) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `the date comes from the timeline event "${step.event.id}": remove date, or the event`,
        });
      }
      if (step.state === 'done' && !step.date && !step.event) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: 'a done step needs a date, or a timeline event that carries one',
        });
      }
      if ((step.state === 'done' || step.state === 'reported') && step.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `a ${step.state} step needs at least one source`,
        });
      }
      if ((step.state === 'unknown' || step.state === 'reported') && (step.date || step.event)) {
        ctx.addIssue({
          code: 'custom',
          path: [step.date ? 'date' : 'event'],
          message: `a step whose state is ${step.state} has no date: if a source dates it, make it done`,
        });
      }
    });
}

/** What an update touches: at least one article, event, provision or status step. */
function touchesSchema(reference: SchemaHelpers['reference']) {
  return z
    .object({
      /** Articles it changed or published, by slug. */
      articles: z.array(reference('articles')).default([]),
      /** Timeline events, by id from content/timeline.yaml. */
      events: z.array(reference('timeline')).default([]),
      /** "What it allows" items, by id from content/provisions.yaml. */
      provisions: z.array(reference('provisions')).default([]),
      /** Status steps, by id from content/status.yaml. */
      status: z.array(reference('status')).default([]),
      /** Fixed pages whose own text changed, by path: `/about/`, `/what-it-allows/`. */
      pages: z
        .array(
          z.enum(Object.values(PAGE_PATHS), {
            error: `expected a page path: ${Object.values(PAGE_PATHS).join(', ')}`,
          }),
        )
        .default([]),
    })
    .refine(
      (t) =>
        t.articles.length +
          t.events.length +
          t.provisions.length +
          t.status.length +
          t.pages.length >
        0,
      { error: 'an update touches at least one article, event, provision, status step or page' },
    );
}

/** An entry of the story's updates log: `content/updates.yaml`. */
export function updateSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
  return z
    .object({
      /** Stable id, also the anchor on /updates/ and the feed item's guid: date first, then a few words. */
      id: slugId,
      /** Its place in the file: entries of one day show in file order, the later first. */
      position,
      /** The day the change was published here (YYYY-MM-DD). */
      date: calendarDate,
      /** development, correction, clarification or new-article. */
      kind: z.enum(UPDATE_KINDS, { error: `expected one of: ${UPDATE_KINDS.join(', ')}` }),
      /** One line: what changed. */
      headline: text('a headline').pipe(
        z.string().max(100, { error: 'a headline is at most 100 characters' }),
      ),
      /** A short note: what was wrong or what happened, and what the page says now. */
      note: text('a note'),
      /** What it touches: every reference is checked. */
      touches: touchesSchema(reference),
    })
    .superRefine((update, ctx) => {
      const day = update.date.toISOString().slice(0, 10);
      if (!update.id.startsWith(`${day}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['id'],
          message: `an update id starts with its date, e.g. "${day}-corrected-council-date"`,
        });
      }
      if (update.kind === 'new-article' && update.touches.articles.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['touches', 'articles'],
          message: 'a new-article entry names the articles it published',
        });
      }
    });
}

/** A fixed page's text (content/pages/<name>.mdx): its headline; the prose is the MDX body. */
export function fixedPageTextSchema() {
  return z.strictObject({ heading: text('a heading') });
}
