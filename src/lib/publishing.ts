/** The fields the publishing rules look at. */
interface Publishable {
  data: { draft: boolean; pubDate: Date };
}

/** True when an article is visible to readers: not a draft and not dated in the future. */
export function isPublished(entry: Publishable, now: Date = new Date()): boolean {
  return !entry.data.draft && entry.data.pubDate.getTime() <= now.getTime();
}

/** Sorts articles newest first by `pubDate`, then by id for a stable order. */
export function newestFirst<T extends Publishable & { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id),
  );
}
