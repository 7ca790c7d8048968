/** The parts of an article the helpers below look at. */
interface Tagged {
  id: string;
  data: { tags: readonly string[] };
}

/**
 * Up to `limit` other articles sharing the most tags with `article`, most shared first; ties keep
 * the order of `all` (newest first). Articles sharing no tag are left out.
 */
export function relatedArticles<T extends Tagged>(article: T, all: readonly T[], limit = 3): T[] {
  return all
    .filter((other) => other.id !== article.id)
    .map((other, index) => ({
      other,
      index,
      shared: other.data.tags.filter((tag) => article.data.tags.includes(tag)).length,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}

/**
 * The articles before and after `article` in publication order, given the list newest first:
 * `previous` is the next older one, `next` the next newer one.
 */
export function adjacentArticles<T extends { id: string }>(
  article: T,
  newestFirst: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  const index = newestFirst.findIndex((other) => other.id === article.id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}

/** How many published articles carry each tag. */
export function tagCounts<T extends Tagged>(articles: readonly T[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const tag of article.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}
