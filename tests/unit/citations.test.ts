import { describe, expect, it } from 'vitest';
import { resolveCitation, sourceAnchor } from '../../src/lib/citations';

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
