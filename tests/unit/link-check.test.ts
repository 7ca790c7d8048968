import { describe, expect, it } from 'vitest';
import { findBrokenLinks, idsIn, linksIn, resolveTarget } from '../../src/lib/link-check';

const site = (files: Record<string, string | null>) => new Map(Object.entries(files));

describe('link check', () => {
  const files = site({
    'index.html':
      '<a href="/articles/a/">A</a><a href="/timeline/#e1">e1</a><img src="/og/home.png" alt="">',
    'articles/a/index.html':
      '<h2 id="s">S</h2><a href="#s">s</a><a href="../../">home</a><a href="https://tass.com/">t</a>',
    'timeline/index.html': '<li id="e1">E</li>',
    'og/home.png': null,
    'rss.xml': null,
  });

  it('passes a site whose links all resolve', () => {
    expect(findBrokenLinks(files, '/')).toEqual([]);
  });

  it('reports missing pages, missing fragments and links outside the base', () => {
    const broken = findBrokenLinks(
      site({
        'index.html':
          '<a href="/nope/">x</a><a href="/timeline/#missing">y</a><a href="#gone">z</a>',
        'timeline/index.html': '<li id="e1">E</li>',
      }),
      '/',
    );
    expect(broken).toEqual([
      {
        page: 'index.html',
        link: '/nope/',
        reason: 'points at a page or file that does not exist',
      },
      {
        page: 'index.html',
        link: '/timeline/#missing',
        reason: 'points at #missing, which timeline/index.html does not have',
      },
      {
        page: 'index.html',
        link: '#gone',
        reason: 'points at #gone, which index.html does not have',
      },
    ]);
  });

  it('checks links under a base path and flags links that escape it', () => {
    const based = site({
      'index.html': '<a href="/relos/articles/a/">ok</a><a href="/articles/a/">no base</a>',
      'articles/a/index.html': '<p>a</p>',
    });
    expect(findBrokenLinks(based, '/relos/')).toEqual([
      {
        page: 'index.html',
        link: '/articles/a/',
        reason: "is outside the site's base path /relos/",
      },
    ]);
  });

  it('ignores external links, mailto and links inside scripts and comments', () => {
    expect(
      linksIn(
        '<a href="mailto:x@y">m</a><!-- <a href="/c/"> --><script>const a = "<a href=\'/s/\'>"</script><a href=\'/q/\'>q</a>',
      ),
    ).toEqual(['mailto:x@y', '/q/']);
  });

  it('reads ids and decodes entities', () => {
    expect([...idsIn('<p id="a&amp;b"></p><li id=\'c\'></li>')]).toEqual(['a&b', 'c']);
  });

  it('resolves paths the way a static host does', () => {
    expect(resolveTarget('', files)).toBe('index.html');
    expect(resolveTarget('articles/a/', files)).toBe('articles/a/index.html');
    expect(resolveTarget('articles/a', files)).toBe('articles/a/index.html');
    expect(resolveTarget('rss.xml', files)).toBe('rss.xml');
    expect(resolveTarget('missing/', files)).toBeUndefined();
  });
});
