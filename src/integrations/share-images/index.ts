/**
 * The share images a build serves: one per fixed page that has its own and one per published
 * article, each with the text it shows, where that text is written, and its cache key. Text
 * that the bundled fonts cannot draw fails the build, naming the file, the field and the
 * character, instead of shipping an image with empty boxes.
 *
 * The one module of the machinery a route may import (eslint.config.js): the image routes
 * (src/pages/og/[...name].png.ts, src/pages/logo.png.ts) serve what it draws.
 */
import { getPublishedArticles } from '../../data/content';
import { translatedArticles } from '../../data/editions';
import { TRANSLATED_LANGS } from '../../i18n/locales';
import { shareImageHost, type ShareImageText } from '../../lib/share-card';
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
 * The share-image route's paths, for the dev server: each image's name and its text. A build
 * gives the route none: it registers the images instead (`serveShareImages` in cache.ts), starts
 * drawing those the content loader has not already started (early.ts), and the post-build step
 * puts each into the output as a link to its cache file once it is drawn (`writeServedImages`).
 * Rendered by the route, every image held up the pages after it until the drawing thread had
 * drawn it; this way Astro renders the other pages meanwhile.
 */
export async function shareImagePaths(host: string) {
  const sources = await shareImageSources();
  const inputs = shareImageInputs(sources, host);
  const paths = sources.map((source) => ({ params: { name: source.name }, props: source.text }));
  if (import.meta.env.DEV) return paths;
  shareImageCache().serveShareImages(
    sources.map((source, index) => ({ name: source.name, input: inputs[index]! })),
    SHARE_IMAGE_CACHE_DIR,
  );
  return [];
}

/** One share image as PNG: from the cache, or drawn now if the drawing thread has not done it. */
export async function shareImagePng(text: ShareImageText, site: URL | undefined): Promise<Buffer> {
  const { png } = await shareImageCache().cachedShareImage(
    { ...text, host: shareImageHost(site) },
    SHARE_IMAGE_CACHE_DIR,
  );
  return png;
}

export { renderLogo } from './draw';
