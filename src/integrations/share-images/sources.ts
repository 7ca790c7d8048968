/**
 * The share images of a site and where each one's text is written, for the route (index.ts) and
 * the early start (early.ts); and the check that the bundled fonts can draw that text.
 */
import { articleShareText } from '../../lib/articles';
import { pagesFor, pagesWithImages, pageShareText } from '../../lib/pages';
import { DEFAULT_LANG, LANGS, type TranslatedLang } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
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
  fields: Record<Exclude<keyof ShareImageText, 'tagline'>, string> & { tagline?: string };
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
      const missing = uncoveredCharacters(text[part] ?? '', covers);
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

/** A translated article's text for its share image, in its edition's language. */
export interface TranslationForImage {
  lang: TranslatedLang;
  /** The English article's slug. */
  id: string;
  filePath: string;
  data: { title: string; description: string; kind: ArticleForImage['data']['kind'] };
}

/**
 * Every share image of a site with these published articles and translations: each edition's
 * fixed pages' (`og/ru/status.png`), the articles' and the translations' (`og/ru/articles/x.png`),
 * each in its own language, its tagline included.
 */
export function shareImageSourcesOf(
  articles: readonly ArticleForImage[],
  translations: readonly TranslationForImage[] = [],
): ShareImageSource[] {
  return [
    ...LANGS.flatMap((lang) => {
      const pages = pagesFor(lang);
      const pageKey = (image: string) =>
        Object.entries(pages).find(([, page]) => page.image === image)![0];
      const tagline = lang === DEFAULT_LANG ? {} : { tagline: ui(lang).site.tagline };
      return pagesWithImages(lang).map((page) => {
        const key = `pages.${pageKey(page.image)}`;
        return {
          name: page.image,
          text: { ...pageShareText(page), ...tagline },
          file: `src/i18n/ui/${lang}.ts`,
          fields: {
            title: `${key}.title`,
            dek: `${key}.description`,
            kicker: `${key}.kicker`,
            ...(lang === DEFAULT_LANG ? {} : { tagline: 'site.tagline' }),
          },
        };
      });
    }),
    ...articles.map((article) => ({
      name: `articles/${article.id}`,
      text: articleShareText(article.data),
      file: article.filePath ?? `content/articles/${article.id}.mdx`,
      fields: { title: 'title', dek: 'description', kicker: 'kind' },
    })),
    ...translations.map((translation) => {
      const t = ui(translation.lang);
      return {
        name: `${translation.lang}/articles/${translation.id}`,
        text: {
          title: translation.data.title,
          dek: translation.data.description,
          kicker: t.article.kinds[translation.data.kind],
          tagline: t.site.tagline,
        },
        file: translation.filePath,
        fields: {
          title: 'title',
          dek: 'description',
          kicker: `kind (src/i18n/ui/${translation.lang}.ts)`,
          tagline: `site.tagline (src/i18n/ui/${translation.lang}.ts)`,
        },
      };
    }),
  ];
}

/** What each image of `sources` draws: its text and the site's host. */
export function shareImageInputs(
  sources: readonly ShareImageSource[],
  host: string,
): ShareImageInput[] {
  return sources.map(({ text }) => ({ ...text, host }));
}
