import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HELP } from './scripts/browser.ts';

// `npm run test:e2e` runs scripts/ensure-browser.ts first; a missing browser fails here, loudly.
const browser = findChromium();
if (!browser) throw new Error(NO_BROWSER_HELP);

// One port per checkout (from its path), so two checkouts on one machine never test each
// other's built site; E2E_PORT overrides it.
const PORT =
  Number(process.env['E2E_PORT']) ||
  4330 + ([...process.cwd()].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7) % 2000);

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
  // The built site, served as a static host would serve it.
  webServer: {
    // --ignore-lock: run beside any preview server the developer already has open.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
