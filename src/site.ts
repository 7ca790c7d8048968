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
  /**
   * The licence of our own text and data (docs/decisions/0006-licence.md): named in the footer,
   * the feeds, the JSON-LD, the data package and /republish/. Quotations, sources' titles, the
   * share images' fonts and the code are not under it.
   */
  licence: {
    /** The SPDX identifier, as data packages name a licence. */
    spdx: 'CC-BY-4.0',
    /** Its short name, the same in every language. */
    short: 'CC BY 4.0',
    /** Its full name, as Creative Commons writes it. */
    title: 'Creative Commons Attribution 4.0 International',
    /** The licence deed (which links its legal code). */
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;
