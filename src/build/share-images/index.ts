/**
 * The share images a build serves: one per fixed page that has its own and one per published
 * article, each with the text it shows, where that text is written, and its cache key. Text
 * that the bundled fonts cannot draw fails the build, naming the file, the field and the
 * character, instead of shipping an image with empty boxes.
 */
import { getPublishedArticles } from '../content';
import { translatedArticles } from '../editions';
import { TRANSLATED_LANGS } from '../../i18n/locales';
import { SHARE_IMAGE_CACHE_DIR, shareImageCache } from './shared';
import {
  findUndrawableText,
  shareImageInputs,
  shareImageSourcesOf,
  type ShareImageSource,
} from './sources';

/** Every share image of the site, its text checked against the fonts; throws on undrawable text. */
export async function shareImageSources(): Promise<ShareImageSource[]> {
  const articles = await getPublishedArticles();
  const translations = (
    await Promise.all(
      TRANSLATED_LANGS.map(async (lang) => {
        const translated = await translatedArticles(lang);
        return articles.flatMap((article) => {
          const entry = translated.get(article.id);
          return entry
            ? [
                {
                  lang,
                  id: article.id,
                  filePath: entry.filePath ?? `content/${entry.id}.mdx`,
                  data: { ...entry.data, kind: article.data.kind },
                },
              ]
            : [];
        });
      }),
    )
  ).flat();
  const sources = shareImageSourcesOf(articles, translations);
  const { covered } = shareImageCache().fontFacts();
  const problems = findUndrawableText(sources, (code) => covered.has(code));
  if (problems.length > 0) {
    throw new Error(`Share images:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }
  return sources;
}

/**
 * The share-image route's paths: each image's name, its text and its cache key (Astro's copy of
 * an unchanged image is quicker than drawing, or even reading it from our cache). The images
 * start drawing on the drawing thread now, those the content loader has not already started
 * (early.ts): Astro asks every route for its paths before rendering any page, so they are ready
 * by the time the pages are done.
 */
export async function shareImagePaths(host: string) {
  const sources = await shareImageSources();
  const inputs = shareImageInputs(sources, host);
  const cache = shareImageCache();
  cache.prefetchShareImages(inputs, SHARE_IMAGE_CACHE_DIR);
  return sources.map((source, index) => ({
    params: { name: source.name },
    props: source.text,
    cacheKey: cache.shareImageKey(inputs[index]!),
  }));
}
