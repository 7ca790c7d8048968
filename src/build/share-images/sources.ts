/**
 * The share images of a site and where each one's text is written, for the route (index.ts) and
 * the early start (early.ts); and the check that the bundled fonts can draw that text.
 */
import { articleShareText } from '../../lib/articles';
import { PAGES, PAGES_WITH_IMAGES, pageShareText } from '../../lib/pages';
import {
  describeCharacter,
  uncoveredCharacters,
  type ShareImageInput,
  type ShareImageText,
} from '../../lib/share-card';
import { SITE } from '../../site';
import { FONT_NAMES } from './fonts';

/** A share image's text and where each part of it is written, for error messages. */
export interface ShareImageSource {
  /** Its name under /og/: `home`, `articles/<slug>`. */
  name: string;
  text: ShareImageText;
  /** The file the text comes from. */
  file: string;
  /** The field each part comes from. */
  fields: Record<keyof ShareImageText, string>;
}

/** The problems with text no bundled font covers: one line per field, naming each character. */
export function findUndrawableText(
  sources: readonly ShareImageSource[],
  covers: (codePoint: number) => boolean,
): string[] {
  const brand: ShareImageSource = {
    name: 'brand',
    text: { title: SITE.title, dek: SITE.tagline, kicker: '' },
    file: 'src/site.ts',
    fields: { title: 'SITE.title', dek: 'SITE.tagline', kicker: '' },
  };
  return [brand, ...sources].flatMap(({ text, file, fields }) =>
    (Object.keys(fields) as (keyof ShareImageText)[]).flatMap((part) => {
      const missing = uncoveredCharacters(text[part], covers);
      return missing.length === 0
        ? []
        : [
            `${file}: ${fields[part]}: ${missing.map(describeCharacter).join(', ')} cannot be drawn in the share image: no bundled font has ${missing.length === 1 ? 'it' : 'them'} (${FONT_NAMES})`,
          ];
    }),
  );
}

/** The fields of an article that its share image shows, and where they come from. */
export interface ArticleForImage {
  id: string;
  filePath?: string | undefined;
  data: Parameters<typeof articleShareText>[0];
}

/** Every share image of a site with these published articles: the fixed pages' and theirs. */
export function shareImageSourcesOf(articles: readonly ArticleForImage[]): ShareImageSource[] {
  const pageKey = (image: string) =>
    Object.entries(PAGES).find(([, page]) => page.image === image)![0];
  return [
    ...PAGES_WITH_IMAGES.map((page) => {
      const key = `PAGES.${pageKey(page.image)}`;
      return {
        name: page.image,
        text: pageShareText(page),
        file: 'src/lib/pages.ts',
        fields: { title: `${key}.title`, dek: `${key}.description`, kicker: `${key}.kicker` },
      };
    }),
    ...articles.map((article) => ({
      name: `articles/${article.id}`,
      text: articleShareText(article.data),
      file: article.filePath ?? `content/articles/${article.id}.mdx`,
      fields: { title: 'title', dek: 'description', kicker: 'kind' },
    })),
  ];
}

/** What each image of `sources` draws: its text and the site's host. */
export function shareImageInputs(
  sources: readonly ShareImageSource[],
  host: string,
): ShareImageInput[] {
  return sources.map(({ text }) => ({ ...text, host }));
}
