import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

/** The one unit test file that mocks a module, and so needs modules of its own. */
const MOCKS = 'tests/unit/translated-collections-one-change.test.ts';

// Vitest through Astro's Vite config, so `astro:content`, `.astro` components and the
// Container API work in tests. Browser tests live in tests/e2e and run under Playwright.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      // Unit tests share their modules from file to file (none of them changes one, but MOCKS):
      // the files took 11 s instead of 16 s, the step of `npm test` they end.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, MOCKS],
          isolate: false,
        },
      },
      { test: { name: 'unit, isolated', include: [MOCKS] } },
      // Build tests run real builds: two at a time on a two-core machine.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], maxConcurrency: 2 } },
    ],
  },
});
