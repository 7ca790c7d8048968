import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/**
 * The last-modified day of each article (its `updatedDate`, else its `pubDate`), read from the
 * frontmatter for the sitemap's `lastmod`. The schema has already checked these dates by the
 * time the sitemap is written; a file this cannot read is simply left without a `lastmod`.
 */
export function articleLastModified(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.mdx')) continue;
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'));
    if (!match?.[1]) continue;
    const data = yaml.load(match[1]) as { pubDate?: unknown; updatedDate?: unknown } | undefined;
    const value = data?.updatedDate ?? data?.pubDate;
    const date =
      value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) dates.set(file.replace(/\.mdx$/, ''), date);
  }
  return dates;
}
