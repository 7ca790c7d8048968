import { describe, expect, it } from 'vitest';
import { absoluteUrl as buildAbsoluteUrl, href } from '../../src/data/urls';
import { absoluteUrl, articlePath, withBase } from '../../src/lib/urls';

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

describe('absoluteUrl', () => {
  it('makes absolute URLs on the site origin under the base', () => {
    expect(absoluteUrl('/about/', 'https://example.org', '/')).toBe('https://example.org/about/');
    expect(absoluteUrl('/about/', new URL('https://example.org/x'), '/relos')).toBe(
      'https://example.org/relos/about/',
    );
    expect(() => absoluteUrl('/', undefined, '/')).toThrow(/SITE_URL/);
  });

  it('gives an article its path', () => {
    expect(articlePath('russia-ratifies-relos')).toBe('/articles/russia-ratifies-relos/');
  });
});

describe('href and absoluteUrl for this build (src/data/urls.ts)', () => {
  it('use the build base', () => {
    expect(href('/about/')).toBe(withBase('/about/', import.meta.env.BASE_URL));
    expect(buildAbsoluteUrl('/about/', 'https://example.org')).toBe(
      new URL(withBase('/about/', import.meta.env.BASE_URL), 'https://example.org').href,
    );
    expect(() => buildAbsoluteUrl('/', undefined)).toThrow(/SITE_URL/);
  });
});
