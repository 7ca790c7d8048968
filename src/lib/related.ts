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
  // One pass keeping the best `limit` so far: every article page calls this over the whole
  // archive, so sorting or copying the archive per page would make the build quadratic in work.
  const best: { other: T; shared: number }[] = [];
  if (limit <= 0) return [];
  for (const other of all) {
    if (other.id === article.id) continue;
    let shared = 0;
    for (const tag of other.data.tags) if (article.data.tags.includes(tag)) shared += 1;
    if (shared === 0) continue;
    if (best.length === limit && shared <= best[limit - 1]!.shared) continue;
    // After every kept article with at least as many shared tags: ties keep the order of `all`.
    let at = best.length;
    while (at > 0 && best[at - 1]!.shared < shared) at -= 1;
    best.splice(at, 0, { other, shared });
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
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
