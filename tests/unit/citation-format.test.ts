import { readFileSync } from 'node:fs';
import citationJs from '@citation-js/core';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { indexStyleMacros, oneEntryStyle } from '../../src/data/citation-format';

/**
 * The index of a style's macros (src/data/citation-format.ts, decision 0009) changes how fast
 * citeproc-js builds an engine, never what the engine writes: each style of the Cite box, and the
 * longest (Chicago) in Russian too, gives the same entries with the index as with citeproc-js's
 * own walk. Building an engine takes a second or two, several times that beside the other
 * tests: each test may take a minute.
 */
const csl = (file: string) => readFileSync(`src/data/csl/${file}`, 'utf8');
indexStyleMacros();
const apa = (
  citationJs.plugins.config.get('@csl') as { styles: { get(name: string): string } }
).styles.get('apa');
const STYLES = {
  apa,
  mla: csl('modern-language-association.csl'),
  chicago: csl('chicago-notes-bibliography.csl'),
};
const LOCALE_FILES: Record<string, string> = {
  'en-GB': csl('locales-en-GB.xml'),
  'hi-IN': csl('locales-hi-IN.xml'),
  'ru-RU': csl('locales-ru-RU.xml'),
};
const ITEMS = [
  {
    id: 'article',
    type: 'webpage',
    title: 'Россия ратифицирует RELOS',
    author: [{ literal: 'RELOS Explained' }],
    'container-title': 'RELOS Explained',
    issued: { 'date-parts': [[2026, 12, 6]] },
    URL: 'https://example.org/ru/articles/russia-ratifies-relos/',
    language: 'ru-RU',
    note: 'Факты проверены 2026-11-26',
  },
  {
    id: 'report',
    type: 'article-newspaper',
    title: 'Duma ratifies the logistics pact',
    author: [{ family: 'Ivanova', given: 'Anna' }],
    'container-title': 'TASS',
    issued: { 'date-parts': [[2025, 12, 2]] },
    accessed: { 'date-parts': [[2026, 11, 25]] },
    URL: 'https://tass.com/politics/1',
  },
];

const proto = CSL.XmlJSON.prototype;
const indexed = proto.getNodesByName;
const ownWalk = (proto as unknown as Record<symbol, typeof indexed>)[
  Symbol.for('relos.citeproc.macroIndex')
]!;

/** A citeproc-js engine for a style in a locale, over ITEMS. */
function engineFor(style: string, lang: string): InstanceType<typeof CSL.Engine> {
  return new CSL.Engine(
    {
      retrieveLocale: (tag) => LOCALE_FILES[tag] ?? LOCALE_FILES['en-GB']!,
      retrieveItem: (id) => ITEMS.find((item) => item.id === id)!,
    },
    style,
    lang,
    true,
  );
}

/** Every entry of a bibliography of ITEMS, from an engine built with the lookup given. */
function entries(style: string, lang: string, lookup: typeof indexed): string[] {
  proto.getNodesByName = lookup;
  try {
    const engine = engineFor(style, lang);
    engine.updateItems(ITEMS.map((item) => item.id));
    return engine.makeBibliography()[1];
  } finally {
    proto.getNodesByName = indexed;
  }
}

describe('the index of a style’s macros', () => {
  // Each style in British English, and the longest one (Chicago) in Russian as well.
  const CASES = [
    ...(Object.keys(STYLES) as (keyof typeof STYLES)[]).map((name) => [name, 'en-GB'] as const),
    ['chicago', 'ru-RU'],
  ] as const;
  for (const [name, lang] of CASES) {
    it(`leaves ${name} in ${lang} as citeproc-js writes it`, { timeout: 60_000 }, () => {
      const style = STYLES[name];
      const withIndex = entries(style, lang, indexed);
      expect(withIndex).toHaveLength(ITEMS.length);
      expect(withIndex).toEqual(entries(style, lang, ownWalk));
    });
  }

  it(
    'walks the style once for its macros, not at every macro it expands',
    { timeout: 60_000 },
    () => {
      // citeproc-js's walk goes down the style through the same method, one call per node: count
      // the calls, building the MLA engine with the index and without it.
      const calls = (lookup: typeof indexed) => {
        let count = 0;
        entries(STYLES.mla, 'en-GB', function (this: unknown, ...args) {
          count += 1;
          return lookup.apply(this as never, args);
        });
        return count;
      };
      const [withIndex, without] = [calls(indexed), calls(ownWalk)];
      expect(withIndex * 10, `${withIndex} calls with the index, ${without} without`).toBeLessThan(
        without,
      );
    },
  );
});

/** Each item's entry as a bibliography of its own (the Cite box's case), from one engine. */
function singleEntries(style: string, lang: string): string[][] {
  const engine = engineFor(style, lang);
  return ITEMS.map((item) => {
    engine.updateItems([item.id]);
    return engine.makeBibliography()[1];
  });
}

describe('the styles without sort keys (oneEntryStyle)', () => {
  // The Cite box's case: one page, one entry. Each style in British English, and MLA (the
  // quickest engine to build) in the other editions' locales as well.
  const CASES = [
    ...(Object.keys(STYLES) as (keyof typeof STYLES)[]).map((name) => [name, 'en-GB'] as const),
    ['mla', 'hi-IN'],
    ['mla', 'ru-RU'],
  ] as const;
  for (const [name, lang] of CASES) {
    it(
      `gives ${name} in ${lang} the entries of the style with its sort keys`,
      { timeout: 60_000 },
      () => {
        const style = STYLES[name];
        const without = oneEntryStyle(style);
        expect(style).toContain('<sort>');
        expect(without).not.toContain('<sort');
        const entries = singleEntries(without, lang);
        expect(entries.map((entry) => entry.length)).toEqual(ITEMS.map(() => 1));
        expect(entries).toEqual(singleEntries(style, lang));
      },
    );
  }
});
