/** The parts of an article the helpers below look at. */
interface Tagged {
  id: string;
  data: { tags: readonly string[] };
}

/** Each article's tags as bits of a number, per list of articles (one per build). */
const tagMasks = new WeakMap<readonly Tagged[], Map<string, number>>();

/** Bits for tags: 31 distinct tags fit a small integer; more fall back to counting with lists. */
function masksFor(all: readonly Tagged[]): Map<string, number> | undefined {
  let masks = tagMasks.get(all);
  if (masks) return masks;
  const bits = new Map<string, number>();
  for (const { data } of all)
    for (const tag of data.tags) if (!bits.has(tag)) bits.set(tag, 1 << bits.size);
  if (bits.size > 31) return undefined;
  masks = new Map(
    all.map(({ id, data }) => [id, data.tags.reduce((m, tag) => m | bits.get(tag)!, 0)]),
  );
  tagMasks.set(all, masks);
  return masks;
}

/** The number of 1 bits. */
function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v !== 0; v &= v - 1) count++;
  return count;
}

/**
 * Up to `limit` other articles sharing the most tags with `article`, most shared first; ties keep
 * the order of `all` (newest first). Articles sharing no tag are left out.
 */
export function relatedArticles<T extends Tagged>(article: T, all: readonly T[], limit = 3): T[] {
  if (limit <= 0) return [];
  // Every article page calls this over the whole archive: one pass, tags compared as bit masks
  // worked out once per list, keeping only the best `limit` so far.
  const masks = masksFor(all);
  const own = masks?.get(article.id);
  const best: { other: T; shared: number }[] = [];
  for (const other of all) {
    if (other.id === article.id) continue;
    const shared =
      masks && own !== undefined
        ? bitCount(own & masks.get(other.id)!)
        : other.data.tags.filter((tag) => article.data.tags.includes(tag)).length;
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
