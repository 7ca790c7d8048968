import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales';
import { dictionaryProblems, ui, type Dictionary } from '../../src/i18n/ui';

/** A sample argument for a dictionary function's parameter, by its name: counts are numbers. */
function sampleArgument(name: string): number | string {
  if (/^(n|count|year)$/.test(name)) return 3;
  if (/^(date|when|from|to)$/.test(name)) return '2 December 2025';
  return 'x';
}

/** Every leaf of a dictionary, as `path: value`; functions are called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const names = /^\(?([^)=]*)\)?\s*=>/.exec(value.toString())?.[1] ?? '';
    const args = names
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map(sampleArgument);
    return [[path, (value as (...args: unknown[]) => string)(...args)]];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    leaves(inner, path ? `${path}.${key}` : key),
  );
}

describe('the interface dictionaries', () => {
  const english = leaves(ui('en'));

  it('are whole, or the build names the file and the key', () => {
    expect(dictionaryProblems()).toEqual([]);
    const en = { nav: { label: 'Sections', latest: 'Latest' }, count: (n: number) => `${n}` };
    expect(
      dictionaryProblems({ el: { nav: { label: 'Ενότητες', extra: 'x' }, count: '3' } }, en),
    ).toEqual([
      'src/i18n/ui/el.ts: nav.latest is missing',
      'src/i18n/ui/el.ts: nav.extra is not a key of the English one',
      'src/i18n/ui/el.ts: count is a sentence, the English one a function',
    ]);
  });

  it('have the same keys in every edition (npm run check enforces it too)', () => {
    for (const lang of LANGS) {
      expect(
        leaves(ui(lang))
          .map(([path]) => path)
          .sort(),
      ).toEqual(english.map(([path]) => path).sort());
    }
  });

  it('leave no string empty and no English behind in the Hindi and Russian editions', () => {
    // Names that stay the same in every language: the site's name, RELOS, the feed and citation
    // formats and the data package's file name. `article.shareImageAlt` and `embed.name` only join
    // their arguments ("News: <title>").
    const same = new Set([
      'site.title',
      'pages.home.title',
      'feeds.rss',
      'feeds.jsonFeed',
      'article.shareImageAlt',
      'embed.name',
      'cite.formats.bib',
      'cite.formats.ris',
      'cite.formats.json',
      'openData.packageLink',
    ]);
    const byPath = new Map(english);
    for (const lang of ['hi', 'ru'] as const) {
      for (const [path, text] of leaves(ui(lang))) {
        expect(text.trim(), `${lang} ${path}`).not.toBe('');
        if (!same.has(path) && /[a-z]{4,}/i.test(byPath.get(path) ?? '')) {
          expect(text, `${lang} ${path} is still the English`).not.toBe(byPath.get(path));
        }
      }
    }
  });

  it('write the Hindi in Devanagari and the Russian in Cyrillic', () => {
    const script = (lang: 'hi' | 'ru', pattern: RegExp) =>
      leaves(ui(lang)).filter(([, text]) => pattern.test(text)).length / leaves(ui(lang)).length;
    expect(script('hi', /\p{Script=Devanagari}/u)).toBeGreaterThan(0.9);
    expect(script('ru', /\p{Script=Cyrillic}/u)).toBeGreaterThan(0.9);
  });

  it('choose the Russian plural by the count', () => {
    const ru: Dictionary = ui('ru');
    const words = [1, 2, 5, 21].map((n) => ru.visit.since(n, '20 ноября'));
    expect(new Set(words.map((line) => line.replace(/\d+/, ''))).size).toBeGreaterThan(1);
    expect(words[0]).not.toBe(words[1]!.replace('2', '1'));
  });
});
