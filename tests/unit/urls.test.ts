import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, href, withBase } from '../../src/lib/urls';

describe('withBase', () => {
  it('joins a path onto the root or a sub-path', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/articles/x/', '/')).toBe('/articles/x/');
    expect(withBase('/articles/x/', '/relos/')).toBe('/relos/articles/x/');
    expect(withBase('/rss.xml', '/relos')).toBe('/relos/rss.xml');
    expect(withBase('/timeline/#2025-12-02', '/relos/')).toBe('/relos/timeline/#2025-12-02');
  });

  it('refuses external URLs and relative paths', () => {
    expect(() => withBase('https://example.org/', '/')).toThrow(/external URL/);
    expect(() => withBase('//example.org/', '/')).toThrow(/external URL/);
    expect(() => withBase('articles/', '/')).toThrow(/starting with "\/"/);
  });
});

describe('href and absoluteUrl', () => {
  it('use the build base', () => {
    expect(href('/about/')).toBe(withBase('/about/', import.meta.env.BASE_URL));
  });

  it('make absolute URLs on the site origin', () => {
    expect(absoluteUrl('/about/', 'https://example.org')).toBe(
      new URL(withBase('/about/', import.meta.env.BASE_URL), 'https://example.org').href,
    );
    expect(() => absoluteUrl('/', undefined)).toThrow(/SITE_URL/);
  });

  it('give an article its path', () => {
    expect(articlePath('russia-ratifies-relos')).toBe('/articles/russia-ratifies-relos/');
  });
});
