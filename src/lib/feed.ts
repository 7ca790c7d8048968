import sanitizeHtml from 'sanitize-html';
import { HEADING_ANCHOR_LABEL } from '../constants';
import {
  formatDate as formatDay,
  formatPartialDate as formatPartial,
  type PartialDate,
} from './dates';
import { DEFAULT_LANG, LOCALES, type Lang } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { closingStop } from './sentence';

/** A feed item, shared by the RSS feed and the JSON Feed. */
export interface FeedItem {
  /** The article's permalink; also its guid. */
  url: string;
  title: string;
  /** The dek. */
  summary: string;
  /** The full article as feed-safe HTML. */
  html: string;
  published: Date;
  /** The last substantive update; the publication date when there is none. */
  modified: Date;
  /** The day the facts were last checked, for articles. */
  factsChecked?: Date | undefined;
  /** Category labels: the kind first, then the tags. */
  categories: string[];
  authors: string[];
  /** The absolute URL of the article's share image. */
  image: string;
  /** The item's language where it is not the feed's (an English article in the Russian feed). */
  language?: string | undefined;
}

/**
 * How many articles the feeds carry, newest first. Readers poll feeds often, so a feed holds the
 * recent articles in full rather than the whole archive (which the sitemap and /tags/ list).
 */
export const FEED_ITEM_LIMIT = 50;

/** The articles a feed carries: the newest FEED_ITEM_LIMIT of a newest-first list. */
export function feedArticles<T>(newestFirst: readonly T[]): T[] {
  return newestFirst.slice(0, FEED_ITEM_LIMIT);
}

const ALLOWED_TAGS = [
  ...sanitizeHtml.defaults.allowedTags,
  'img',
  'figure',
  'figcaption',
  'time',
  'section',
  'article',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'dl',
  'dt',
  'dd',
  'dfn',
  'sup',
  // Allowed only so that exclusiveFilter below can see them and drop them with their content.
  'details',
  'share-bar',
];

/**
 * Makes rendered article HTML safe and self-contained for feed readers: no scripts, styles,
 * buttons, classes or event handlers, and every link and image URL absolute (fragments resolve
 * against the article's own URL). Components keep their static markup: lists stay lists.
 */
export function feedSafeHtml(html: string, pageUrl: string): string {
  /** The tag with its URL attribute made absolute, or removed when it is not a valid URL. */
  const withAbsolute = (tagName: string, attribs: sanitizeHtml.Attributes, name: string) => {
    const copy = { ...attribs };
    const value = copy[name];
    delete copy[name];
    if (value) {
      try {
        copy[name] = new URL(value, pageUrl).href;
      } catch {
        // An unparseable URL is dropped; the text of the link stays.
      }
    }
    return { tagName, attribs: copy };
  };
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'hreflang', 'title', 'aria-label'],
      img: ['src', 'alt', 'width', 'height'],
      time: ['datetime'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      ol: ['start'],
      '*': ['lang', 'id'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'button', 'template', 'svg'],
    // Interactive page furniture has no place in a feed: share menus, "#" heading links.
    exclusiveFilter: (frame) =>
      frame.tag === 'details' ||
      frame.tag === 'share-bar' ||
      (frame.tag === 'a' &&
        ('data-heading-anchor' in frame.attribs ||
          frame.attribs['aria-label'] === HEADING_ANCHOR_LABEL)),
    transformTags: {
      a: (tagName, attribs) => withAbsolute(tagName, attribs, 'href'),
      img: (tagName, attribs) => withAbsolute(tagName, attribs, 'src'),
    },
  });
}

/** HTML-escapes text for the small blocks the feed adds around an article's body. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What the feed shows of an article besides its body. */
export interface ArticleExtras {
  keyPoints: readonly string[];
  sources: readonly {
    id: string;
    title: string;
    publisher: string;
    url: string;
    published: PartialDate | null;
  }[];
  updates: readonly { date: Date; note: string }[];
  /** The day the article's facts were last checked. */
  factsChecked: Date;
}

/**
 * The whole article for a feed item: key points first, the body, the numbered sources list
 * (with the same anchors the page uses, so citation markers still lead somewhere) and the
 * updates log. The result is passed through {@link feedSafeHtml} by the caller.
 */
export function articleFeedHtml(
  body: string,
  extras: ArticleExtras,
  sourceAnchor: (id: string) => string,
  lang: Lang = DEFAULT_LANG,
): string {
  const t = ui(lang);
  const { tag } = LOCALES[lang];
  const formatDate = (date: Date) => formatDay(date, tag);
  const formatPartialDate = (date: PartialDate) => formatPartial(date, tag);
  const dateOrUndated = (date: PartialDate | null) =>
    date ? formatPartialDate(date) : t.dates.undated;
  const keyPoints =
    `<p><em>${escapeHtml(t.article.factsCheckedOn(formatDate(extras.factsChecked)))}</em></p>` +
    `<h2>${escapeHtml(t.article.keyPoints)}</h2><ul>${extras.keyPoints.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
  const sources = `<h2>${escapeHtml(t.sources.heading)}</h2><ol>${extras.sources
    .map(
      (s) =>
        `<li id="${escapeHtml(sourceAnchor(s.id))}"><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>. ` +
        `${escapeHtml(s.publisher)}, ${escapeHtml(dateOrUndated(s.published))}${closingStop(dateOrUndated(s.published))}</li>`,
    )
    .join('')}</ol>`;
  const updates =
    extras.updates.length === 0
      ? ''
      : `<h2>${escapeHtml(t.article.updates)}</h2><ul>${extras.updates
          .map(
            (u) =>
              `<li><strong>${escapeHtml(formatDate(u.date))}:</strong> ${escapeHtml(u.note)}</li>`,
          )
          .join('')}</ul>`;
  return `${keyPoints}${body}${sources}${updates}`;
}

/** An updates-log entry as feed HTML: its note, then links to what it changed. */
export function updateFeedHtml(
  note: string,
  links: readonly {
    section?: string | undefined;
    label: string;
    url: string;
    foreign?: string | undefined;
  }[],
  lang: Lang = DEFAULT_LANG,
): string {
  const t = ui(lang);
  // A label in another language (an untranslated article's headline) says so, as on the site.
  const list = links
    .map(({ section, label, url, foreign }) => {
      const text = foreign
        ? `<span lang="${escapeHtml(foreign)}">${escapeHtml(label)}</span> (${escapeHtml(t.editions.inEnglish)})`
        : escapeHtml(label);
      return `<li><a href="${escapeHtml(url)}">${section ? `${escapeHtml(section)}: ` : ''}${text}</a></li>`;
    })
    .join('');
  return `<p>${escapeHtml(note)}</p><p>${escapeHtml(t.feeds.whatChanged)}</p><ul>${list}</ul>`;
}

/** The JSON Feed 1.1 document for a list of items. */
export function jsonFeed(
  items: readonly FeedItem[],
  channel: {
    title: string;
    description: string;
    homeUrl: string;
    feedUrl: string;
    language: string;
    icon: string;
    author: string;
    /**
     * The licence of the items' text (JSON Feed has no field for it): an extension, `_relos`,
     * with the page that explains it (`about`, as JSON Feed asks of extensions).
     */
    licence?: { url: string; about: string } | undefined;
  },
): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    language: channel.language,
    icon: channel.icon,
    authors: [{ name: channel.author, url: channel.homeUrl }],
    ...(channel.licence
      ? { _relos: { about: channel.licence.about, license: channel.licence.url } }
      : {}),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      image: item.image,
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      ...(item.factsChecked
        ? { _relos: { facts_checked: item.factsChecked.toISOString().slice(0, 10) } }
        : {}),
      tags: item.categories,
      authors: item.authors.map((name) => ({ name })),
      ...(item.language ? { language: item.language } : {}),
    })),
  };
}
