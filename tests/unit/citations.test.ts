import { describe, expect, it } from 'vitest';
import { citationOrder, resolveCitation, sourceAnchor } from '../../src/lib/citations';

const context = { file: 'content/articles/a.mdx', order: ['tass-1', 'rbc-1', 'ria-1'] };

describe('resolveCitation', () => {
  it('numbers a source by its place in the sources list', () => {
    expect(resolveCitation(context, 'tass-1')).toEqual({ number: 1, anchor: 'source-tass-1' });
    expect(resolveCitation(context, 'ria-1')).toEqual({ number: 3, anchor: 'source-ria-1' });
  });

  it('fails with the file, the id and the allowed ids for an unlisted source', () => {
    expect(() => resolveCitation(context, 'kommersant-1')).toThrow(
      'content/articles/a.mdx: <Cite id="kommersant-1"> cites a source that is not in this article\'s `sources` frontmatter; expected one of: tass-1, rbc-1, ria-1',
    );
  });

  it('fails outside an article', () => {
    expect(() => resolveCitation(undefined, 'tass-1')).toThrow(/outside an article/);
  });

  it('builds anchors from ids', () => {
    expect(sourceAnchor('x')).toBe('source-x');
  });
});

describe('citationOrder', () => {
  it('numbers sources by first citation, then lists uncited ones in frontmatter order', () => {
    const body = 'A.<Cite id="rbc-1" /> B.<Cite id="tass-1" /><Cite id="rbc-1" /> C.';
    expect(citationOrder(body, ['tass-1', 'ria-1', 'rbc-1'])).toEqual(['rbc-1', 'tass-1', 'ria-1']);
  });

  it('ignores citations of unlisted ids, which <Cite> itself reports', () => {
    expect(citationOrder('<Cite id=\'x\' /><Cite id="a"/>', ['a'])).toEqual(['a']);
  });
});
