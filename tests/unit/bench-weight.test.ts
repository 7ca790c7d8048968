import { describe, expect, it } from 'vitest';
import { moduleImports } from '../../scripts/bench-weight.ts';

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
