/** Where the built site will live: its origin (`site`) and its sub-path (`base`). */
export interface DeployTarget {
  /** Absolute origin with no trailing slash, e.g. `https://example.org`. */
  site: string;
  /** Sub-path the site is served under, with leading and trailing slash, e.g. `/` or `/relos/`. */
  base: string;
  /** True when `SITE_URL` was not given and the local preview address is used instead. */
  siteIsDefault: boolean;
}

/** The address `astro preview` serves on; used for `site` when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * Reads `SITE_URL` and `BASE_PATH` from an environment and checks them.
 * Throws an error naming the variable and what was expected when one is malformed.
 */
export function resolveDeployTarget(env: Record<string, string | undefined>): DeployTarget {
  const rawSite = env['SITE_URL']?.trim();
  const rawBase = env['BASE_PATH']?.trim();

  let site = DEFAULT_SITE_URL;
  if (rawSite) {
    let parsed: URL;
    try {
      parsed = new URL(rawSite);
    } catch {
      throw new Error(
        `SITE_URL: expected an absolute http(s) URL such as https://example.org, received "${rawSite}"`,
      );
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new Error(`SITE_URL: expected an http or https URL, received "${rawSite}"`);
    }
    if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
      throw new Error(
        `SITE_URL: expected an origin only (put the sub-path in BASE_PATH), received "${rawSite}"`,
      );
    }
    site = parsed.origin;
  }

  let base = '/';
  if (rawBase && rawBase !== '/') {
    if (!/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(rawBase)) {
      throw new Error(
        `BASE_PATH: expected a path such as /relos/ (letters, digits, . _ ~ -), received "${rawBase}"`,
      );
    }
    base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`;
  }

  return { site, base, siteIsDefault: !rawSite };
}
