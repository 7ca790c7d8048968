/**
 * Feed items (RSS and JSON Feed) from an article's rendered body and its data, and from an
 * entry of the updates log. Pure: src/build/feed-items.ts renders the bodies and gathers the
 * data, once per build.
 */
import type { ArticleKind, Tag, UpdateKind } from '../schemas/vocabulary';
import type { PartialDate } from './dates';
import { kindLabel } from './articles';
import { sourceAnchor } from './citations';
import { articleFeedHtml, feedSafeHtml, updateFeedHtml, type FeedItem } from './feed';
import { absolute, type Deployment } from './head';
import { PAGES } from './pages';
import { shareImagePath } from './share-card';
import { tagLabel } from './tags';
import { UPDATE_KIND_LABELS, type TouchedLink } from './updates';
import { articlePath } from './urls';
import { SITE } from '../site';

/** An entry of the updates log, as a feed needs it. */
export interface FeedUpdate {
  id: string;
  data: { date: Date; kind: UpdateKind; headline: string; note: string };
}

/** An article, as its feed item needs it. */
export interface FeedArticle {
  id: string;
  data: {
    title: string;
    description: string;
    pubDate: Date;
    factsCheckedOn: Date;
    kind: ArticleKind;
    tags: readonly Tag[];
    authors: readonly string[];
    keyPoints: readonly string[];
  };
  /** Its sources in order of first citation. */
  sources: readonly {
    id: string;
    data: { title: string; publisher: string; url: string; published: PartialDate | null };
  }[];
  /** Its entries in the updates log, oldest first, and the updated date they give. */
  history: { updates: readonly FeedUpdate[]; updatedDate: Date | undefined };
}

/** An article's feed item: its rendered body in full, with its key points, sources and updates. */
export function articleFeedItem(
  article: FeedArticle,
  body: string,
  deployment: Deployment,
): FeedItem {
  const { data, history } = article;
  const url = absolute(articlePath(article.id), deployment);
  const html = articleFeedHtml(
    body,
    {
      keyPoints: data.keyPoints,
      sources: article.sources.map((source) => ({ ...source.data, id: source.id })),
      updates: history.updates.map((update) => ({
        date: update.data.date,
        note: `${UPDATE_KIND_LABELS[update.data.kind]}: ${update.data.headline}. ${update.data.note}`,
      })),
      factsChecked: data.factsCheckedOn,
    },
    sourceAnchor,
  );
  return {
    url,
    title: data.title,
    summary: data.description,
    html: feedSafeHtml(html, url),
    published: data.pubDate,
    modified: history.updatedDate ?? data.pubDate,
    factsChecked: data.factsCheckedOn,
    categories: [kindLabel(data.kind), ...data.tags.map(tagLabel)],
    authors: data.authors.length > 0 ? [...data.authors] : [SITE.author],
    image: absolute(shareImagePath(`articles/${article.id}`), deployment),
  };
}

/** An update's feed item: its anchor on /updates/ is its guid; it links to what it changed. */
export function updateFeedItem(
  update: FeedUpdate,
  links: readonly TouchedLink[],
  deployment: Deployment,
): FeedItem {
  const url = absolute(`/updates/#${update.id}`, deployment);
  const kind = UPDATE_KIND_LABELS[update.data.kind];
  const absoluteLinks = links.map((link) => ({
    label: link.label,
    url: absolute(link.path, deployment),
  }));
  return {
    url,
    title: `${kind}: ${update.data.headline}`,
    summary: update.data.note,
    html: feedSafeHtml(updateFeedHtml(update.data.note, absoluteLinks), url),
    published: update.data.date,
    modified: update.data.date,
    categories: [kind],
    authors: [SITE.author],
    image: absolute(shareImagePath(PAGES.updates.image), deployment),
  };
}
