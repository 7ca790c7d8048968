import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { lastUpdatedArticles } from '../lib/updates';

/** What the sitemap and the host files need from an article, read from its frontmatter. */
export interface ArticleFrontmatter {
  /** The slug (file name without `.mdx`). */
  id: string;
  /** The article's last update in content/updates.yaml, else its `pubDate`, when readable. */
  lastModified: Date | undefined;
  /** Old slugs that redirect to this article. */
  aliases: string[];
  /** What its share image shows, when readable: headline, dek, kind; and whether it is a draft. */
  title: string | undefined;
  description: string | undefined;
  kind: string | undefined;
  draft: boolean;
}

/**
 * The day of each article's last update, from the updates log (`lastUpdatedArticles`, the rule
 * the pages use). The content layer has validated the file by the time the hooks run; anything
 * unreadable is skipped.
 */
function lastUpdates(updatesFile: string): Map<string, Date> {
  let entries: unknown;
  try {
    entries = yaml.load(readFileSync(updatesFile, 'utf8'), { schema: yaml.JSON_SCHEMA });
  } catch {
    return new Map();
  }
  return lastUpdatedArticles(
    (Array.isArray(entries) ? entries : []).flatMap((entry: unknown) => {
      const { date, kind, touches } = (entry ?? {}) as Record<string, unknown>;
      const articles = (touches as Record<string, unknown> | undefined)?.['articles'];
      const day = typeof date === 'string' ? new Date(date) : undefined;
      if (!day || Number.isNaN(day.getTime()) || !Array.isArray(articles)) return [];
      const ids = articles.filter((id): id is string => typeof id === 'string');
      return [{ data: { date: day, kind: String(kind), touches: { articles: ids } } }];
    }),
  );
}

/**
 * Reads every article's frontmatter for build hooks that run outside the content layer (sitemap
 * `lastmod`, `_redirects`, drawing share images early). The content schema has already validated these fields by the time the
 * hooks run; anything unreadable here is simply skipped.
 */
export function readArticleFrontmatter(dir: string): ArticleFrontmatter[] {
  // Read once per build: the config (sitemap) and the host files both ask, and parsing every
  // article's YAML again cost a quarter of a millisecond an article.
  let articles = readByDir.get(dir);
  if (!articles) {
    articles = readAll(dir);
    readByDir.set(dir, articles);
  }
  return articles;
}

const readByDir = new Map<string, ArticleFrontmatter[]>();

function readAll(dir: string): ArticleFrontmatter[] {
  const updated = lastUpdates(join(dir, '..', 'updates.yaml'));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'));
      let data: Record<string, unknown> = {};
      try {
        const loaded = match?.[1] ? yaml.load(match[1]) : undefined;
        if (loaded && typeof loaded === 'object') data = loaded as Record<string, unknown>;
      } catch {
        // The schema reports malformed frontmatter; nothing to add here.
      }
      const value = updated.get(file.replace(/\.mdx$/, '')) ?? data['pubDate'];
      const date =
        value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
      const aliases = Array.isArray(data['aliases'])
        ? data['aliases'].filter((a): a is string => typeof a === 'string')
        : [];
      return {
        id: file.replace(/\.mdx$/, ''),
        lastModified: date && !Number.isNaN(date.getTime()) ? date : undefined,
        aliases,
        title: typeof data['title'] === 'string' ? data['title'].trim() : undefined,
        description:
          typeof data['description'] === 'string' ? data['description'].trim() : undefined,
        kind: typeof data['kind'] === 'string' ? data['kind'] : undefined,
        draft: data['draft'] === true,
      };
    });
}
