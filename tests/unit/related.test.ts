import { describe, expect, it } from 'vitest';
import { adjacentArticles, relatedArticles, tagCounts } from '../../src/lib/related';

const article = (id: string, ...tags: string[]) => ({ id, data: { tags } });

describe('relatedArticles', () => {
  const self = article('self', 'a', 'b', 'c');
  // Newest first, as the site lists them.
  const all = [
    article('one-tag', 'a'),
    self,
    article('none', 'x'),
    article('three-tags', 'c', 'b', 'a'),
    article('two-tags-early', 'a', 'b'),
    article('two-tags-late', 'b', 'c'),
    article('one-tag-late', 'c'),
  ];

  it('ranks by shared tags, keeps the list order among ties, and leaves out itself and strangers', () => {
    const ids = (limit?: number) => relatedArticles(self, all, limit).map((other) => other.id);
    expect(ids()).toEqual(['three-tags', 'two-tags-early', 'two-tags-late']);
    expect(ids(5)).toEqual([
      'three-tags',
      'two-tags-early',
      'two-tags-late',
      'one-tag',
      'one-tag-late',
    ]);
    expect(ids(10)).not.toContain('none');
    expect(ids(10)).not.toContain('self');
    expect(ids(1)).toEqual(['three-tags']);
    expect(ids(0)).toEqual([]);
  });

  it('finds nothing when no other article shares a tag', () => {
    expect(relatedArticles(article('alone', 'z'), all)).toEqual([]);
  });
});

describe('adjacentArticles', () => {
  const list = [article('newest'), article('middle'), article('oldest')];

  it('gives the next older article as previous and the next newer as next', () => {
    expect(adjacentArticles(list[1]!, list)).toEqual({ previous: list[2], next: list[0] });
    expect(adjacentArticles(list[0]!, list)).toEqual({ previous: list[1], next: undefined });
    expect(adjacentArticles(article('missing'), list)).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
});

describe('tagCounts', () => {
  it('counts the articles carrying each tag', () => {
    expect(tagCounts([article('1', 'a', 'b'), article('2', 'a')])).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
  });
});

describe('relatedArticles with more tags than fit in bit masks', () => {
  it('ranks the same way', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      article(`a${i}`, `t${i}`, `t${i + 1}`, 'common'),
    );
    const ids = relatedArticles(many[10]!, many).map((other) => other.id);
    expect(ids).toEqual(['a9', 'a11', 'a0']);
  });
});
