import { SOURCE_ANCHOR_PREFIX } from '../constants';

/** What `<Cite>` needs to know about the article it sits in. */
export interface CitationContext {
  /** The article's file, for error messages. */
  file: string;
  /** The article's source ids, in the order of its `sources` frontmatter (its sources list). */
  order: readonly string[];
}

/** A resolved citation: its number in the sources list and the anchor of that entry. */
export interface Citation {
  number: number;
  anchor: string;
}

/**
 * The order of an article's sources list: sources in the order the body first cites them with
 * `<Cite id>`, then any listed source the body never cites, in frontmatter order. So the markers
 * always read [1], [2], [3] down the page, whatever order the frontmatter lists them in.
 */
export function citationOrder(body: string, listed: readonly string[]): string[] {
  const firstCited = firstCitations(body).filter((id) => listed.includes(id));
  return [...firstCited, ...listed.filter((id) => !firstCited.includes(id))];
}

/** The sources a body cites with `<Cite id>`, each once, in the order it first cites them. */
export function firstCitations(body: string): string[] {
  return [...new Set([...body.matchAll(/<Cite\s+id=["']([^"']+)["']/g)].map((match) => match[1]!))];
}

/** The anchor id of a source in an article's sources list. */
export function sourceAnchor(id: string): string {
  return `${SOURCE_ANCHOR_PREFIX}${id}`;
}

/**
 * Resolves a `<Cite id>` against the article's sources. Throws an error naming the file and the
 * id when the source is not in the article's `sources` list, so a bad citation fails the build.
 */
export function resolveCitation(context: CitationContext | undefined, id: string): Citation {
  if (!context) {
    throw new Error(
      `<Cite id="${id}">: used outside an article; <Cite> only works in article bodies`,
    );
  }
  const index = context.order.indexOf(id);
  if (index === -1) throw new Error(unlistedCitation(context, id));
  return { number: index + 1, anchor: sourceAnchor(id) };
}

/** The message for a `<Cite id>` whose source the article does not list. */
function unlistedCitation(context: CitationContext, id: string): string {
  return (
    `${context.file}: <Cite id="${id}"> cites a source that is not in this article's ` +
    `\`sources\` frontmatter; expected one of: ${context.order.join(', ')}`
  );
}

/**
 * Every `<Cite id>` in an article's body whose source its `sources` frontmatter does not list,
 * one message each, as {@link resolveCitation} words it: the content check finds them all before
 * any page is rendered, rather than the build stopping at the first one.
 */
export function unlistedCitations(file: string, body: string, listed: readonly string[]): string[] {
  const context = { file, order: citationOrder(body, listed) };
  return firstCitations(body)
    .filter((id) => !listed.includes(id))
    .map((id) => unlistedCitation(context, id));
}
