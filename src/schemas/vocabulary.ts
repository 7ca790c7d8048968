/**
 * The closed word lists content may use: article kinds, tags, timeline event kinds, provision
 * domains and verdicts, status countries and states, update kinds, and the fixed pages an update
 * can touch. The schemas refuse any other value. They live here, beside the schemas, so that the
 * content store is re-validated when they change and not when any library code does
 * (src/integrations/content-schema-cache.ts digests src/schemas only).
 *
 * How a reader sees each word (its label) is in src/lib, keyed by these lists; TypeScript checks
 * that every word has a label and no label is left over.
 */

/** Article kinds, in display order. */
export const ARTICLE_KINDS = [
  'news',
  'explainer',
  'analysis',
  'timeline',
  'context',
  'comparison',
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Topics an article may be tagged with, in display order. */
export const TAG_IDS = [
  'ratification',
  'treaty-law',
  'logistics',
  'navy',
  'air-power',
  'summit',
  'diplomacy',
  'defence-trade',
  'partnerships',
  'history',
] as const;
export type Tag = (typeof TAG_IDS)[number];

/** Kinds of timeline event. */
export const EVENT_KINDS = [
  'proposal',
  'negotiation',
  'approval',
  'signing',
  'ratification',
  'law',
  'summit',
  'in-force',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Domains of the "what it allows" explainer, in display order. */
export const DOMAINS = [
  'purposes',
  'sea',
  'air',
  'land',
  'people',
  'money',
  'process',
  'law',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** What the agreement does with an activity. */
export const VERDICTS = [
  'allowed',
  'limited',
  'procedure set',
  'separate arrangements',
  'not covered',
  'unclear',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Whose step a status step is. */
export const COUNTRIES = ['russia', 'india', 'both'] as const;
export type Country = (typeof COUNTRIES)[number];

/** How far a status step has got. */
export const STEP_STATES = ['done', 'reported', 'expected', 'unknown'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** Kinds of entry in the updates log. */
export const UPDATE_KINDS = ['development', 'correction', 'clarification', 'new-article'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** The site's fixed pages, by key, and their paths: an update may touch any of them. */
export const PAGE_PATHS = {
  home: '/',
  status: '/status/',
  updates: '/updates/',
  timeline: '/timeline/',
  whatItAllows: '/what-it-allows/',
  glossary: '/glossary/',
  about: '/about/',
  subscribe: '/subscribe/',
  tags: '/tags/',
  search: '/search/',
  data: '/data/',
  republish: '/republish/',
  notFound: '/404.html',
} as const;
export type PageKey = keyof typeof PAGE_PATHS;
