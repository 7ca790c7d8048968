/**
 * The build date: the one place that says "now" for the site. Events after it are "expected";
 * articles dated after it stay hidden. `BUILD_DATE=YYYY-MM-DD` pins it (for tests and rebuilds).
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['BUILD_DATE'];
  if (pinned === undefined || pinned === '') return new Date();
  const date = new Date(pinned);
  if (!/^\d{4}-\d{2}-\d{2}/.test(pinned) || Number.isNaN(date.getTime())) {
    throw new Error(`BUILD_DATE: expected a date as YYYY-MM-DD, received "${pinned}"`);
  }
  return date;
}
