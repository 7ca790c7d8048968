/**
 * The one place for the site's identity and locale. Nothing else hard-codes these values.
 */
export const SITE = {
  /** The site's name, shown in the header, the page titles and the feeds. */
  title: 'RELOS Explained',
  /** One line under the name: what the site is. */
  tagline: 'The India–Russia military logistics pact, explained from the sources',
  /** The default description for pages that have none of their own. */
  description:
    'An independent explainer of RELOS, the India–Russia agreement on reciprocal logistic support: how it was signed and ratified, what it allows and what it does not.',
  /** The language of every page (BCP 47), used for `lang` and for date formatting. */
  locale: 'en-GB',
  /** Dates are shown in this time zone, never the build machine's. */
  timeZone: 'Asia/Kolkata',
  /** The byline: the desk, never an invented person. */
  author: 'RELOS Explained staff',
} as const;
