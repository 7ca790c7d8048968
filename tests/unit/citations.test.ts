import { describe, expect, it } from 'vitest';
import {
  citationOrder,
  resolveCitation,
  sourceAnchor,
  unlistedCitations,
} from '../../src/lib/citations';

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

describe('unlistedCitations', () => {
  it('reports each unlisted source once, in the words <Cite> fails with, before any render', () => {
    const body = 'A.<Cite id="rbc-1" /> B.<Cite id="x-1" /> C.<Cite id="x-1" /><Cite id="y-1"/>';
    const problems = unlistedCitations('content/articles/a.mdx', body, ['tass-1', 'rbc-1']);
    expect(problems).toEqual([
      'content/articles/a.mdx: <Cite id="x-1"> cites a source that is not in this article\'s `sources` frontmatter; expected one of: rbc-1, tass-1',
      'content/articles/a.mdx: <Cite id="y-1"> cites a source that is not in this article\'s `sources` frontmatter; expected one of: rbc-1, tass-1',
    ]);
    // The same words as the render-time check.
    expect(() =>
      resolveCitation({ file: 'content/articles/a.mdx', order: ['rbc-1', 'tass-1'] }, 'x-1'),
    ).toThrow(problems[0]!);
  });

  it('finds nothing when every citation is listed', () => {
    expect(unlistedCitations('a.mdx', '<Cite id="a" /> <Cite id="b" />', ['b', 'a'])).toEqual([]);
  });
});
