import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveDeployTarget } from '../../src/lib/deploy';

describe('resolveDeployTarget', () => {
  it('defaults to the local preview address at the root', () => {
    expect(resolveDeployTarget({})).toEqual({
      site: DEFAULT_SITE_URL,
      base: '/',
      siteIsDefault: true,
    });
  });

  it('takes SITE_URL as an origin and normalises BASE_PATH to /x/', () => {
    expect(resolveDeployTarget({ SITE_URL: 'https://example.org/', BASE_PATH: 'relos' })).toEqual({
      site: 'https://example.org',
      base: '/relos/',
      siteIsDefault: false,
    });
    expect(resolveDeployTarget({ BASE_PATH: '/a/b' }).base).toBe('/a/b/');
    expect(resolveDeployTarget({ BASE_PATH: '/' }).base).toBe('/');
  });

  it('names the variable when a value is malformed', () => {
    expect(() => resolveDeployTarget({ SITE_URL: 'example.org' })).toThrow(
      /^SITE_URL: expected an absolute/,
    );
    expect(() => resolveDeployTarget({ SITE_URL: 'ftp://example.org' })).toThrow(
      /^SITE_URL: expected an http/,
    );
    expect(() => resolveDeployTarget({ SITE_URL: 'https://example.org/relos/' })).toThrow(
      /BASE_PATH/,
    );
    expect(() => resolveDeployTarget({ BASE_PATH: '/has space/' })).toThrow(
      /^BASE_PATH: expected a path/,
    );
  });
});
