import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/data/build-info';
import { assertTermExists, termPath } from '../../src/lib/glossary';

describe('glossary helpers', () => {
  it('link a term to its anchor on /glossary/', () => {
    expect(termPath('state-duma')).toBe('/glossary/#state-duma');
  });

  it('fail on an unknown term, naming the file and the choices', () => {
    const ids = new Set(['relos', 'lemoa']);
    expect(() => assertTermExists('relos', ids, 'a.mdx')).not.toThrow();
    expect(() => assertTermExists('duma', ids, 'content/articles/a.mdx')).toThrow(
      'content/articles/a.mdx: <Term id="duma"> names a term that is not in content/glossary.yaml; expected one of: lemoa, relos',
    );
  });
});

describe('buildDate', () => {
  it('is now unless BUILD_DATE pins it', () => {
    const before = Date.now();
    expect(buildDate({}).getTime()).toBeGreaterThanOrEqual(before);
    expect(buildDate({ BUILD_DATE: '2025-12-10' }).toISOString()).toBe('2025-12-10T00:00:00.000Z');
  });

  it('refuses a malformed BUILD_DATE', () => {
    expect(() => buildDate({ BUILD_DATE: 'yesterday' })).toThrow(/^BUILD_DATE: expected a date/);
  });
});
