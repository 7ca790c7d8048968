import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales';
import { pluralTemplates } from '../../src/i18n/plural';
import { ui, type Dictionary } from '../../src/i18n/ui';
import { sentenceParts } from '../../src/lib/sentence';

describe('sentenceParts', () => {
  it('splits a sentence into its words and the places of its links, in its own order', () => {
    expect(
      sentenceParts('Смотрите также {timeline} и {topics}.', ['topics', 'timeline'], 'k'),
    ).toEqual([
      { text: 'Смотрите также ' },
      { slot: 'timeline' },
      { text: ' и ' },
      { slot: 'topics' },
      { text: '.' },
    ]);
    expect(sentenceParts('{site} एक स्वतंत्र साइट है।', ['site'], 'k')).toEqual([
      { slot: 'site' },
      { text: ' एक स्वतंत्र साइट है।' },
    ]);
  });

  it('refuses a sentence that drops, repeats or misnames a place, naming the key', () => {
    expect(() =>
      sentenceParts('Also browse the {timeline}.', ['timeline', 'topics'], 'search.alsoBrowse'),
    ).toThrow('search.alsoBrowse: the sentence leaves out {topics}');
    expect(() => sentenceParts('{site}, {site}', ['site'], 'chrome.footerAbout')).toThrow(
      'chrome.footerAbout: "{site}" is in the sentence twice',
    );
    expect(() => sentenceParts('{sites} is', ['site'], 'chrome.footerAbout')).toThrow(
      '"{sites}" is not a place this sentence has; expected {site}',
    );
  });

  it('fits every sentence with links in every dictionary', () => {
    const sentences: [string, (t: Dictionary) => string, string[]][] = [
      ['chrome.footerAbout', (t) => t.chrome.footerAbout, ['site']],
      ['search.alsoBrowse', (t) => t.search.alsoBrowse, ['timeline', 'glossary', 'topics']],
      ['updates.follow', (t) => t.updates.follow, ['rss', 'json', 'howTo']],
      ['editions.reached', (t) => t.editions.reached, ['editions']],
      ['editions.reachedNotAll', (t) => t.editions.reachedNotAll, ['editions', 'pending']],
    ];
    for (const lang of LANGS) {
      for (const [key, sentence, places] of sentences) {
        expect(() => sentenceParts(sentence(ui(lang)), places, `${lang} ${key}`)).not.toThrow();
      }
    }
  });
});

describe('pluralTemplates', () => {
  it('gives a counted sentence once per plural category, the count left to the page', () => {
    expect(pluralTemplates('ru-RU', (n) => ui('ru').topics.articles(n))).toEqual({
      many: '{n} статей',
      one: '{n} статья',
      few: '{n} статьи',
    });
    expect(pluralTemplates('en-GB', (n) => ui('en').topics.newestFirst(n))).toEqual({
      other: '{n} articles, newest first.',
      one: '{n} article, newest first.',
    });
  });

  it('finds the count in the language’s own digits', () => {
    const arabic = new Intl.NumberFormat('ar-EG');
    expect(pluralTemplates('ar-EG', (n) => `${arabic.format(n)} نتيجة`)['other']).toBe('{n} نتيجة');
  });
});
