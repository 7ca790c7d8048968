// ESLint flat config: TypeScript and Astro files, zero warnings allowed (`npm run check`).
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The layers (CONTRIBUTING.md, "Layers"). Imports go one way: pages → layouts → components →
  // lib → schemas and config, with src/build (content access and build-time work) beside pages.
  // Each block names what its files must not import and says why.
  {
    files: ['src/lib/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(components|layouts|pages|build)/|^astro(:|/|$)|^@astrojs/',
              message:
                'src/lib and src/i18n hold pure functions and words: they import only src/lib, src/i18n, src/schemas, src/site.ts, src/constants.ts and src/styles/tokens.ts. Imports go pages → layouts → components → lib; put build-time work in src/build.',
            },
            {
              regex: '^node:(fs|fs/promises|worker_threads|child_process|os|path|url)$',
              message:
                'src/lib and src/i18n hold pure functions and words: no file system, processes or threads. Put build-time work in src/build.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(lib|components|layouts|pages|build)/',
              message:
                'Schemas import no site code: their word lists live in src/schemas/vocabulary.ts, so an edit elsewhere does not invalidate the content store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(lib|components|layouts|pages)/|(^|/)build/(?!share-images/early$)',
              message:
                'The content config takes its schemas from src/schemas, and from src/build only the loader that starts the share images early (src/build/share-images/early.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)pages/',
              message:
                'Components and layouts never import a page: imports go pages → layouts → components → lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // The worker block below keeps its own rule for the worker's modules, which import cache.ts
    // as Node loads them.
    files: ['src/build/**', 'src/pages/**'],
    ignores: ['src/build/share-images/shared.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)share-images/cache(\\.ts)?$|^\\./cache(\\.ts)?$',
              message:
                'Take the share-image cache from shareImageCache() (src/build/share-images/shared.ts): an import gives each bundle its own copy, and images would be drawn twice.',
            },
          ],
        },
      ],
    },
  },
  {
    // Loaded by the share-image drawing thread through Node's own TypeScript support, which
    // resolves nothing by guessing: every relative import names its file.
    files: [
      'src/build/share-images/{worker,cache,draw,fonts}.ts',
      'src/lib/share-card.ts',
      'src/site.ts',
      'src/styles/tokens.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?!.*\\.ts$)',
              message:
                "This module runs in the share-image worker under Node's type stripping: write the file extension (./fonts.ts).",
            },
          ],
        },
      ],
    },
  },
);
