import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HELP } from './scripts/browser.ts';

// `npm run test:e2e` runs scripts/ensure-browser.ts first; a missing browser fails here, loudly.
const browser = findChromium();
if (!browser) throw new Error(NO_BROWSER_HELP);

// One port per checkout (from its path), so two checkouts on one machine never test each
// other's built site (4400-6399: clear of the embed tests' 4321 and 4330); E2E_PORT overrides it.
const PORT =
  Number(process.env['E2E_PORT']) ||
  4400 + ([...process.cwd()].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7) % 2000);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    // The built site, served as a static host would serve it.
    {
      // --ignore-lock: run beside any preview server the developer already has open.
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // The embed tests: the site at its own address with its _headers applied, and another
    // origin to frame it from (tests/e2e/host-servers.ts). Port 4321 is the build's address
    // without SITE_URL, and `astro dev`'s: stop a dev server before the browser tests.
    {
      command: 'node tests/e2e/host-servers.ts',
      url: 'http://127.0.0.1:4330/',
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
