import Cite from './Cite.astro';

/** The components an article's MDX may use without importing them: the one place they are mapped. */
export const mdxComponents = { Cite };
