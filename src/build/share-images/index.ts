/**
 * The share images a build serves: one per fixed page that has its own and one per published
 * article, each with the text it shows, where that text is written, and its cache key. Text
 * that the bundled fonts cannot draw fails the build, naming the file, the field and the
 * character, instead of shipping an image with empty boxes.
 */
import { articleShareText } from '../../lib/articles';
import { PAGES, PAGES_WITH_IMAGES, pageShareText } from '../../lib/pages';
import { describeCharacter, uncoveredCharacters, type ShareImageText } from '../../lib/share-card';
import { getPublishedArticles } from '../content';
import { SITE } from '../../site';
import { FONT_NAMES, fontFacts } from './fonts';
import { prefetchShareImages, SHARE_IMAGE_CACHE_DIR, shareImageKey } from './cache';

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

/** Every share image of the site, its text checked against the fonts; throws on undrawable text. */
export async function shareImageSources(): Promise<ShareImageSource[]> {
  const pageKey = (image: string) =>
    Object.entries(PAGES).find(([, page]) => page.image === image)![0];
  const sources: ShareImageSource[] = [
    ...PAGES_WITH_IMAGES.map((page) => {
      const key = `PAGES.${pageKey(page.image)}`;
      return {
        name: page.image,
        text: pageShareText(page),
        file: 'src/lib/pages.ts',
        fields: { title: `${key}.title`, dek: `${key}.description`, kicker: `${key}.kicker` },
      };
    }),
    ...(await getPublishedArticles()).map((article) => ({
      name: `articles/${article.id}`,
      text: articleShareText(article.data),
      file: article.filePath ?? `content/articles/${article.id}.mdx`,
      fields: { title: 'title', dek: 'description', kicker: 'kind' },
    })),
  ];
  const { covered } = fontFacts();
  const problems = findUndrawableText(sources, (code) => covered.has(code));
  if (problems.length > 0) {
    throw new Error(`Share images:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }
  return sources;
}

/**
 * The share-image route's paths: each image's name, its text and its cache key (Astro's copy of
 * an unchanged image is quicker than drawing, or even reading it from our cache). The images
 * start drawing on the drawing thread now: Astro asks every route for its paths before
 * rendering any page, so they are ready by the time the pages are done.
 */
export async function shareImagePaths(host: string) {
  const sources = await shareImageSources();
  const inputs = sources.map(({ text }) => ({ ...text, host }));
  prefetchShareImages(inputs, SHARE_IMAGE_CACHE_DIR);
  return sources.map((source, index) => ({
    params: { name: source.name },
    props: source.text,
    cacheKey: shareImageKey(inputs[index]!),
  }));
}
