import CreditLine from './CreditLine.astro';
import FeedAddress from './FeedAddress.astro';
import FeedItemLimit from './FeedItemLimit.astro';
import FeedUrl from './FeedUrl.astro';
import ForgetVisit from './ForgetVisit.astro';
import SiteLink from './SiteLink.astro';

/**
 * The components the fixed pages' MDX (content/pages) may use. A link to a page of the site is
 * written `<Link href="/updates/">`, which adds the base path (a Markdown link would not).
 */
export const pageComponents = {
  Link: SiteLink,
  CreditLine,
  FeedAddress,
  FeedItemLimit,
  FeedUrl,
  ForgetVisit,
};
