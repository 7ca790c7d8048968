/**
 * Embeds: pages made to sit in another site's iframe, their stable addresses, the snippet a
 * host pastes, the message an embed sends to size its frame, and the oEmbed responses that
 * describe embeds and articles. Pure: the base path, the site and the words are arguments.
 */

/** What can be embedded: the tracker, the timeline (all or a year), the key figures, one item. */
export const EMBED_KINDS = [
  'status',
  'step',
  'timeline',
  'year',
  'event',
  'key-figures',
  'provision',
] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The embeds of a list (no id) and of one item (its anchor id, or a year). */
export type EmbedTarget =
  | { kind: 'status' | 'timeline' | 'key-figures'; id?: undefined }
  | { kind: 'step' | 'event' | 'provision'; id: string }
  | { kind: 'year'; id: number };

/** The folder every embed lives under, in each edition: `/embed/`, `/hi/embed/`, `/ru/embed/`. */
export const EMBED_ROOT = '/embed/';

/** The address of one item's embed: the full page's folder and the item's id. */
const ITEM_FOLDERS = {
  step: 'status',
  event: 'timeline',
  year: 'timeline',
  provision: 'what-it-allows',
};

/** Where each kind's full page is (an English site path), and the anchor of its item there. */
const FULL_PAGES: Record<EmbedKind, string> = {
  status: '/status/',
  step: '/status/',
  timeline: '/timeline/',
  year: '/timeline/',
  event: '/timeline/',
  'key-figures': '/what-it-allows/',
  provision: '/what-it-allows/',
};

/**
 * An embed's English site path: `/embed/status/`, `/embed/status/<step-id>/`,
 * `/embed/timeline/`, `/embed/timeline/<year>/`, `/embed/timeline/<event-id>/`,
 * `/embed/key-figures/`, `/embed/what-it-allows/<provision-id>/`. Ids are the anchors the full
 * pages already use; an event id starts with its date, so it is never a bare year.
 */
export function embedPath(target: EmbedTarget): string {
  if (target.kind === 'status' || target.kind === 'timeline' || target.kind === 'key-figures')
    return `${EMBED_ROOT}${target.kind}/`;
  const id = String(target.id);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new Error(
      `embedPath: a ${target.kind}'s id must be lower-case letters, digits and hyphens, received "${id}"`,
    );
  }
  return `${EMBED_ROOT}${ITEM_FOLDERS[target.kind]}/${id}/`;
}

/** The full page an embed comes from, with the item's anchor: `/timeline/#2025-12-02-duma-ratifies`. */
export function fullPagePath(target: EmbedTarget): string {
  const page = FULL_PAGES[target.kind];
  if (target.kind === 'year') return `${page}#y${target.id}`;
  return target.id === undefined ? page : `${page}#${target.id}`;
}

/** True for a site path (after the base, any edition) under the embeds' folder. */
export function isEmbedPath(path: string): boolean {
  return /^\/(?:[a-z]{2}\/)?embed\//.test(path);
}

/**
 * The height each kind of embed gets in the snippet, in CSS pixels, for hosts that ignore the
 * height message: what it needs at 600 px wide in the edition whose text runs longest (Russian),
 * measured on the built embeds. The whole timeline and a busy year are taller than a story
 * should give them: their frames scroll until the message sizes them.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedKind, number>> = {
  status: 960,
  step: 420,
  timeline: 1200,
  year: 900,
  event: 460,
  'key-figures': 420,
  provision: 400,
};

/** The width the snippet asks for, and the oEmbed `width`: the frame fills its column up to it. */
export const EMBED_WIDTH = 600;

/**
 * The message an embed posts to its parent with its height: AMP's `embed-size` request
 * (documented for `<amp-iframe resizable>`), so an AMP page sizes the frame too, and the
 * snippet's own listener reads the same shape.
 */
export const RESIZE_MESSAGE = { sentinel: 'amp', type: 'embed-size' } as const;

/** The attribute the snippet's iframe carries, which its listener looks for. */
export const SNIPPET_ATTRIBUTE = 'data-relos-embed';

/** What a snippet needs: the embed's absolute URL, its frame's title and fixed height. */
export interface SnippetInput {
  /** The embed's absolute URL. */
  src: string;
  /** The frame's accessible name. */
  title: string;
  /** The frame's height until the embed says otherwise. */
  height: number;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The iframe a host pastes: full width up to {@link EMBED_WIDTH}, a fixed height, no border,
 * loaded lazily. Nothing else: it works as it is.
 */
export function embedFrame({ src, title, height }: SnippetInput): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${EMBED_WIDTH}" height="${height}"` +
    ` style="width:100%;max-width:${EMBED_WIDTH}px;border:0" loading="lazy" ${SNIPPET_ATTRIBUTE}></iframe>`
  );
}

/**
 * The optional script after the frame: it takes each height message from the embed's own
 * origin and gives it to the frame that sent it. Once per page is enough; twice does no harm.
 */
export function resizeListener(origin: string): string {
  const { sentinel, type } = RESIZE_MESSAGE;
  return (
    `<script>addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.sentinel!==${JSON.stringify(sentinel)}||d.type!==${JSON.stringify(type)}||!(d.height>0))return;` +
    `document.querySelectorAll("iframe[${SNIPPET_ATTRIBUTE}]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})</script>`
  );
}

/** The whole snippet: the frame, then the listener for the embed's origin. */
export function embedSnippet(input: SnippetInput): string {
  return `${embedFrame(input)}\n${resizeListener(new URL(input.src).origin)}`;
}

/**
 * The static oEmbed response of a page: `/oembed/` + its site path (edition prefix included)
 * + `.json`. `/embed/status/` → `/oembed/embed/status.json`; `/hi/articles/x/` →
 * `/oembed/hi/articles/x.json`.
 */
export function oembedPath(path: string): string {
  const trimmed = path.split('#')[0]!.replace(/^\/+|\/+$/g, '');
  if (!trimmed) throw new Error('oembedPath: the front page has no oEmbed response');
  return `/oembed/${trimmed}.json`;
}

/** The fields every oEmbed response of the site has (https://oembed.com/, section 2.3.4). */
interface OEmbedCommon {
  version: '1.0';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** A `rich` response: the snippet and the size it needs. */
export interface RichOEmbed extends OEmbedCommon {
  type: 'rich';
  html: string;
  width: number;
  height: number;
}

/** A `link` response: an article, which is read on its own page. */
export interface LinkOEmbed extends OEmbedCommon {
  type: 'link';
}

export type OEmbed = RichOEmbed | LinkOEmbed;

/**
 * What the oEmbed specification requires of a response and the site does not give (an empty
 * list when it is whole): `type` and `version` always; `html`, `width` and `height` for `rich`
 * and `video`, `url`, `width` and `height` for `photo`; the three thumbnail fields together or
 * not at all; sizes as positive integers.
 */
export function oembedProblems(response: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const need = (field: string, ok: (value: unknown) => boolean, what: string) => {
    if (!(field in response)) problems.push(`"${field}" is missing`);
    else if (!ok(response[field])) problems.push(`"${field}" must be ${what}`);
  };
  const text = (value: unknown) => typeof value === 'string' && value.length > 0;
  const size = (value: unknown) => Number.isInteger(value) && (value as number) > 0;
  need('version', (value) => value === '1.0', '"1.0"');
  need(
    'type',
    (value) => ['photo', 'video', 'link', 'rich'].includes(value as string),
    'photo, video, link or rich',
  );
  if (response['type'] === 'rich' || response['type'] === 'video') {
    need('html', text, 'HTML text');
    need('width', size, 'a positive integer');
    need('height', size, 'a positive integer');
  }
  if (response['type'] === 'photo') {
    need('url', text, 'a URL');
    need('width', size, 'a positive integer');
    need('height', size, 'a positive integer');
  }
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'];
  if (thumbnail.some((field) => field in response)) {
    need('thumbnail_url', text, 'a URL');
    need('thumbnail_width', size, 'a positive integer');
    need('thumbnail_height', size, 'a positive integer');
  }
  for (const field of ['title', 'author_name', 'author_url', 'provider_name', 'provider_url']) {
    if (field in response && !text(response[field])) problems.push(`"${field}" must be text`);
  }
  return problems;
}
