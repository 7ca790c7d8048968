import { ARTICLE_KINDS, type ArticleKind } from '../schemas/vocabulary';
import type { ShareImageText } from './share-card';
import { DEFAULT_LANG } from '../i18n/locales';
import { ui } from '../i18n/ui';

export { ARTICLE_KINDS, type ArticleKind };

/** How each article kind is labelled above its headline, in English (src/i18n/ui has every edition's). */
export const KIND_LABELS: Record<ArticleKind, string> = ui(DEFAULT_LANG).article.kinds;

/** The label a reader sees for an article kind. */
export function kindLabel(kind: ArticleKind): string {
  return KIND_LABELS[kind];
}

/** Minutes to read a text at 230 words a minute, at least 1. */
export function readingMinutes(text: string): number {
  // A word: a run of non-space characters with a letter or digit in it. One regular expression
  // over the text, not one per word: it runs over every article's body.
  const words = text.match(/[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / 230));
}

/** What an article's share image shows: its headline, its dek, and its kind as the kicker. */
export function articleShareText(article: {
  title: string;
  description: string;
  kind: ArticleKind;
}): ShareImageText {
  return { title: article.title, dek: article.description, kicker: kindLabel(article.kind) };
}
