/** The id of the main landmark: the skip link's target. */
export const MAIN_ID = 'main';

/** Prefix of the id given to each entry of an article's sources list (`#source-<id>`). */
export const SOURCE_ANCHOR_PREFIX = 'source-';

/** The accessible name of the "#" link a section heading carries (also how feeds recognise it). */
export const HEADING_ANCHOR_LABEL = 'Link to this section';
