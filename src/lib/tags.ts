import { TAG_IDS, type Tag } from '../schemas/vocabulary';
import { DEFAULT_LANG } from '../i18n/locales';
import { ui } from '../i18n/ui';

export { TAG_IDS, type Tag };

/** How each topic of the fixed list is shown, in English (src/i18n/ui has every edition's). */
export const TAGS: Record<Tag, string> = ui(DEFAULT_LANG).article.tags;

/** The label a reader sees for a tag. */
export function tagLabel(tag: Tag): string {
  return TAGS[tag];
}
