import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs through this `page`: it fails the test on a console error or an
 * uncaught exception, and on any request to a host other than the site's own.
 */
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const site = new URL(baseURL ?? 'http://127.0.0.1').host;
    const problems: string[] = [];
    // A page that is itself a 404 logs "Failed to load resource" for its own document; tests
    // assert such statuses directly. A missing sub-resource (CSS, image, script) still fails.
    const missingDocuments = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document' && response.status() === 404) {
        missingDocuments.add(response.url());
      }
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (missingDocuments.has(message.location().url) && /status of 404/.test(message.text()))
        return;
      problems.push(`console error: ${message.text()} (${message.location().url})`);
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
