import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs through this `page`: it fails the test on a console error or an
 * uncaught exception, and on any request to a host other than the site's own.
 */
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const site = new URL(baseURL ?? 'http://127.0.0.1').host;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.host !== site) {
        problems.push(`request to another host: ${request.url()}`);
      }
    });
    await use(page);
    expect(problems, 'console errors and requests off the site').toEqual([]);
  },
});

export { expect };
