import { DEFAULT_SITE_URL } from '../../src/lib/deploy.ts';

/** The built site at its own address (the build's `site` without SITE_URL), its _headers applied. */
export const SITE = new URL(DEFAULT_SITE_URL);

/** Another site, which frames the embeds (tests/e2e/host-servers.ts). */
export const HOST = new URL('http://127.0.0.1:4330');

/** The other site's page holding this HTML. */
export function hostPage(html: string): string {
  return new URL(`/host?html=${Buffer.from(html).toString('base64url')}`, HOST).href;
}
