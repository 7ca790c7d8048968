/**
 * Feed items (RSS and JSON Feed) from an article's rendered body and its data, and from an
 * entry of the updates log. Pure: src/data/feed-items.ts renders the bodies and gathers the
 * data, once per build.
 */
import type { ArticleKind, Tag, UpdateKind } from '../schemas/vocabulary';
import type { PartialDate } from './dates';

import { sourceAnchor } from './citations';
import { articleFeedHtml, feedSafeHtml, updateFeedHtml, type FeedItem } from './feed';
import { absolute, type Deployment } from './head';
import { pagesFor } from './pages';
import { DEFAULT_LANG, editionPath, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { shareImagePath } from './share-card';
import type { TouchedLink } from './updates';
import { articlePath } from './urls';

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
  /** The edition of the feed; `translated` when the article's text is that edition's own. */
  edition: { lang: Lang; translated: boolean } = { lang: DEFAULT_LANG, translated: true },
): FeedItem {
  const { data, history } = article;
  const { lang } = edition;
  const t = ui(lang);
  const own = edition.translated ? lang : DEFAULT_LANG;
  const url = absolute(editionPath(articlePath(article.id), own), deployment);
  const html = articleFeedHtml(
    body,
    {
      keyPoints: data.keyPoints,
      sources: article.sources.map((source) => ({ ...source.data, id: source.id })),
      updates: history.updates.map((update) => ({
        date: update.data.date,
        note: `${t.updates.kinds[update.data.kind]}: ${update.data.headline}. ${update.data.note}`,
      })),
      factsChecked: data.factsCheckedOn,
    },
    sourceAnchor,
    lang,
  );
  return {
    url,
    title: data.title,
    summary: data.description,
    html: feedSafeHtml(html, url),
    published: data.pubDate,
    modified: history.updatedDate ?? data.pubDate,
    factsChecked: data.factsCheckedOn,
    categories: [t.article.kinds[data.kind], ...data.tags.map((tag) => t.article.tags[tag])],
    authors: data.authors.length > 0 ? [...data.authors] : [t.site.author],
    image: absolute(
      shareImagePath(
        own === DEFAULT_LANG ? `articles/${article.id}` : `${own}/articles/${article.id}`,
      ),
      deployment,
    ),
    ...(edition.translated ? {} : { language: 'en-GB' }),
  };
}

/** An update's feed item: its anchor on /updates/ is its guid; it links to what it changed. */
export function updateFeedItem(
  update: FeedUpdate,
  links: readonly TouchedLink[],
  deployment: Deployment,
  lang: Lang = DEFAULT_LANG,
): FeedItem {
  const url = absolute(editionPath(`/updates/#${update.id}`, lang), deployment);
  const t = ui(lang);
  const kind = t.updates.kinds[update.data.kind];
  // The links' paths are already the edition's (src/data/feed-items.ts).
  const absoluteLinks = links.map((link) => ({
    section: link.section,
    label: link.label,
    url: absolute(link.path, deployment),
    foreign: link.foreign,
  }));
  return {
    url,
    title: `${kind}: ${update.data.headline}`,
    summary: update.data.note,
    html: feedSafeHtml(updateFeedHtml(update.data.note, absoluteLinks, lang), url),
    published: update.data.date,
    modified: update.data.date,
    categories: [kind],
    authors: [t.site.author],
    image: absolute(shareImagePath(pagesFor(lang).updates.image), deployment),
  };
}
