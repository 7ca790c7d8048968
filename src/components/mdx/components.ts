import ComparisonTable from '../explainer/ComparisonTable.astro';
import KeyFigures from '../explainer/KeyFigures.astro';
import WhatItAllows from '../explainer/WhatItAllows.astro';
import Timeline from '../timeline/Timeline.astro';
import Cite from './Cite.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Term from './Term.astro';

/** The components an article's MDX may use without importing them: the one place they are mapped. */
export const mdxComponents = {
  Cite,
  Term,
  Timeline,
  WhatItAllows,
  KeyFigures,
  ComparisonTable,
  // Section headings get a link to themselves.
  h2: H2,
  h3: H3,
};
