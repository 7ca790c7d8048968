/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Vitest through Astro's Vite config, so `astro:content`, `.astro` components and the
// Container API work in tests. Browser tests live in tests/e2e and run under Playwright.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run real builds: two at a time on a two-core machine.
    maxConcurrency: 2,
  },
});
