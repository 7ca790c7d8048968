import { describe, expect, it } from 'vitest';
import { moduleImports, pageBudget, READER_BUDGETS } from '../../scripts/bench-weight.ts';

describe('moduleImports', () => {
  it('finds the relative static imports of a built module, so shared chunks are weighed', () => {
    expect(
      moduleImports(
        'import{a as e,i as t}from"./last-visit.BK.js";import"../x.js";import * as y from \'./y.js\';' +
          'const s="see https://example.org/import";import("./lazy.js");',
      ),
    ).toEqual(['./last-visit.BK.js', '../x.js', './y.js']);
  });
});

describe('pageBudget', () => {
  it('gives a Hindi or Russian article its own byte budget, and every other page its type’s', () => {
    expect(pageBudget('/articles/what-relos-allows/')).toBe(READER_BUDGETS.articleGzip);
    expect(pageBudget('/hi/articles/what-relos-allows/')).toBe(READER_BUDGETS.editionArticleGzip);
    expect(pageBudget('/relos/ru/articles/what-relos-allows/')).toBe(
      READER_BUDGETS.editionArticleGzip,
    );
    expect(pageBudget('/hi/status/')).toBe(READER_BUDGETS.pageGzip);
    // An English article whose slug is an edition's code keeps the English budget.
    expect(pageBudget('/articles/hi/')).toBe(READER_BUDGETS.articleGzip);
    expect(READER_BUDGETS.editionArticleGzip).toBeGreaterThan(READER_BUDGETS.articleGzip);
  });
});
