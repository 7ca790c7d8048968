/** The id of the main landmark: the skip link's target. */
export const MAIN_ID = 'main';

/** Prefix of the id given to each entry of an article's sources list (`#source-<id>`). */
export const SOURCE_ANCHOR_PREFIX = 'source-';
