/**
 * One way to prepare an article, for its page and for its feed item: its sources in order of
 * first citation (what <Cite> numbers from), its history from the updates log, the articles its
 * page links to, and the key under which Astro may reuse the last build's page.
 */
import type { CollectionEntry } from 'astro:content';
import { citationOrder } from '../lib/citations';
import { isoDay } from '../lib/dates';
import { adjacentArticles, relatedArticles } from '../lib/related';
import { buildDate } from './build-info';
import {
  dataDigest,
  getArticleHistory,
  getEntriesById,
  getPublishedArticles,
  once,
} from './content';
import { pageCacheKey } from './page-cache';
import { translatedArticles } from './editions';
import { TRANSLATED_LANGS, type TranslatedLang } from '../i18n/locales';
import { englishChangedSince, englishVersion } from '../lib/translations';

type Article = CollectionEntry<'articles'>;

/** What <Cite> reads from `Astro.locals`: the article's file and its sources in citation order. */
export interface Citations {
  file: string;
  order: string[];
}

/** An article's entries in the updates log (oldest first) and the updated date they give. */
export interface ArticleHistory {
  updates: CollectionEntry<'updates'>[];
  updatedDate: Date | undefined;
}

/** The related articles (most shared tags first) and the next older and newer ones. */
export interface ArticleLinks {
  related: Article[];
  previous: Article | undefined;
  next: Article | undefined;
}

/** An article ready to render, as a page or as a feed item. */
export interface PreparedArticle {
  article: Article;
  citations: Citations;
  /** Its sources, numbered in order of first citation. */
  sources: CollectionEntry<'sources'>[];
  history: ArticleHistory;
  links: ArticleLinks;
  /**
   * Everything the page shows besides its code and its MDX (which Astro tracks): the article,
   * the data its components cite, the day (timelines mark events after it as expected), and the
   * related and older/newer articles it links to. Unchanged, the last build's page is reused.
   */
  cacheKey: string;
}

/** What the page shows of another article: its front matter (title, dek, kind, dates, tags). */
const shown = (other: Article | undefined) => other && { id: other.id, data: other.data };

/** Every published article, prepared once per build, newest first. */
export function prepareArticles(): Promise<PreparedArticle[]> {
  return once('prepared-articles', async () => {
    const articles = await getPublishedArticles();
    const [data, day] = [await dataDigest(), isoDay(buildDate())];
    return Promise.all(
      articles.map(async (article) => {
        const order = citationOrder(
          article.body ?? '',
          article.data.sources.map((ref) => ref.id),
        );
        const links = {
          related: relatedArticles(article, articles),
          ...adjacentArticles(article, articles),
        };
        return {
          article,
          citations: { file: article.filePath ?? `content/articles/${article.id}.mdx`, order },
          sources: await getEntriesById(
            'sources',
            order.map((id) => ({ id })),
          ),
          history: await getArticleHistory(article.id),
          links,
          cacheKey: pageCacheKey(
            article.id,
            article.data,
            article.body,
            data,
            day,
            links.related.map(shown),
            shown(links.previous),
            shown(links.next),
          ),
        };
      }),
    );
  });
}

/** What a translated article's page says of its English original. */
export interface ArticleTranslation {
  lang: TranslatedLang;
  /** The English version it translates (its `translates` day). */
  translates: Date;
  /** The English version now: the newest of its updated date and its facts-checked day. */
  english: Date;
  /** True when the English changed after the version translated. */
  stale: boolean;
}

/** A translated article ready to render: the English facts with the translation's text. */
export interface PreparedTranslation extends PreparedArticle {
  translation: ArticleTranslation;
  /** The translation's own entry, whose MDX the page renders. */
  entry: CollectionEntry<'articleTranslations'>;
}

/**
 * The translated article route's paths (`/<lang>/articles/<slug>/`): each translation of a
 * published article. Its facts (dates, kind, tags, sources, events) are the English article's;
 * its title, dek, key points and body are the translation's, and its sources are numbered in
 * the order its own body cites them.
 */
export async function translatedArticlePaths() {
  const prepared = await prepareArticles();
  const paths = await Promise.all(
    TRANSLATED_LANGS.map(async (lang) => {
      const translations = await translatedArticles(lang);
      return Promise.all(
        prepared
          .filter(({ article }) => translations.has(article.id))
          .map(async (english): Promise<PreparedTranslation> => {
            const entry = translations.get(english.article.id)!;
            const { translates, title, description, keyPoints } = entry.data;
            const text = { title, description, keyPoints };
            const body = entry.body ?? '';
            const order = citationOrder(
              body,
              english.article.data.sources.map((ref) => ref.id),
            );
            const history = await getArticleHistory(english.article.id, lang);
            const now = englishVersion(
              english.history.updatedDate,
              english.article.data.factsCheckedOn,
            )!;
            return {
              ...english,
              article: { ...english.article, body, data: { ...english.article.data, ...text } },
              entry,
              citations: { file: entry.filePath ?? `content/${entry.id}.mdx`, order },
              sources: await getEntriesById(
                'sources',
                order.map((id) => ({ id })),
              ),
              history,
              translation: {
                lang,
                translates,
                english: now,
                stale: englishChangedSince(translates, now),
              },
              cacheKey: pageCacheKey(
                english.cacheKey,
                lang,
                await dataDigest(lang),
                entry.data,
                body,
                history,
              ),
            };
          }),
      );
    }),
  );
  return paths.flat().map((prepared) => ({
    params: { lang: prepared.translation.lang, slug: prepared.article.id },
    props: { prepared },
    cacheKey: prepared.cacheKey,
  }));
}

/** The article route's paths: each article, and a redirect page for each of its old slugs. */
export async function articlePaths() {
  return (await prepareArticles()).flatMap((prepared) => [
    {
      params: { slug: prepared.article.id },
      props: { prepared, movedFrom: undefined },
      cacheKey: prepared.cacheKey,
    },
    // A renamed article keeps its old address: each alias is a page that sends readers on.
    ...prepared.article.data.aliases.map((alias) => ({
      params: { slug: alias },
      props: { prepared, movedFrom: alias },
      cacheKey: pageCacheKey('alias', alias, prepared.article.id, prepared.article.data.title),
    })),
  ]);
}
