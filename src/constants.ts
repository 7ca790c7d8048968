/** The id of the main landmark: the skip link's target. */
export const MAIN_ID = 'main';

/** Prefix of the id given to each entry of an article's sources list (`#source-<id>`). */
export const SOURCE_ANCHOR_PREFIX = 'source-';

/** The accessible name of the "#" link a section heading carries (also how feeds recognise it). */
export const HEADING_ANCHOR_LABEL = 'Link to this section';

/**
 * The components an article may use without importing them. `src/components/mdx/components.ts`
 * maps them; a unit test keeps the two lists equal. The content check refuses any other.
 */
export const MDX_COMPONENT_NAMES = [
  'Cite',
  'Term',
  'Timeline',
  'WhatItAllows',
  'KeyFigures',
  'ComparisonTable',
] as const;

/**
 * The id of the note on an edition's front page that says the page the reader came from is not
 * translated: the language switcher links there (`/ru/#untranslated`), and CSS shows the note
 * only when it is the target.
 */
export const UNTRANSLATED_ID = 'untranslated';
