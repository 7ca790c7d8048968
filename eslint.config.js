// ESLint flat config: TypeScript and Astro files, zero warnings allowed (`npm run check`).
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';

// The layers (CONTRIBUTING.md, "Layers"). Imports go one way: pages → layouts → components →
// data → lib → schemas and config. The build machinery (src/integrations) runs beside them:
// astro.config.ts, src/middleware.ts and src/content.config.ts load it, it may read src/data and
// src/lib, and nothing of the site imports it, except the image routes (`*.png.ts`), which serve
// what src/integrations/share-images draws. Each pattern says which way imports go.

/** Packages with native code or binaries (or, fontkit, that read files): never in src/lib. */
const NATIVE_PACKAGES = [
  'sharp',
  '@napi-rs/canvas',
  'lightningcss',
  'fontkit',
  'pagefind',
  'esbuild',
  'rolldown',
  '@tailwindcss/oxide',
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Pure means no Node, no native package, no content and no machinery. */
const PURE = [
  {
    regex: '(^|/)(components|layouts|pages)/|^astro(:|/|$)|^@astrojs/',
    message:
      'src/lib and src/i18n hold pure functions and words: they import only src/lib, src/i18n, src/schemas, src/site.ts, src/constants.ts and src/styles/tokens.ts, nothing of Astro. Imports go pages → layouts → components → data → lib.',
  },
  {
    regex: '(^|/)data/',
    message:
      'src/lib and src/i18n hold pure functions and words: they do not read content. src/data imports lib, not the other way round; take what the function needs as an argument.',
  },
  {
    regex: '(^|/)integrations/',
    message:
      'src/lib and src/i18n hold pure functions and words: the build machinery (src/integrations) imports lib, never the other way round.',
  },
  {
    regex: `^(node:.*|(${builtinModules.map(escape).join('|')})(/.*)?)$`,
    message:
      'src/lib and src/i18n hold pure functions and words: no Node module (node:crypto, node:fs, …). Work that needs Node goes in src/integrations (build machinery) or src/data (content access).',
  },
  {
    regex: `^(${NATIVE_PACKAGES.map(escape).join('|')}|@napi-rs/.*)(/.*)?$|\\.node$`,
    message: `src/lib and src/i18n hold pure functions and words: no native or binary package (${NATIVE_PACKAGES.join(', ')}). Work that needs one goes in src/integrations.`,
  },
];

/** The machinery, for the layers that must not import it. */
const MACHINERY = (who) => ({
  regex: '(^|/)integrations/',
  message: `${who} never import the build machinery (src/integrations): content comes from src/data. Imports go pages → layouts → components → data → lib; the machinery runs beside them.`,
});

/** The share-image cache is one instance per process, taken from shared.ts. */
const SHARE_IMAGE_CACHE = {
  regex: '(^|/)share-images/cache(\\.ts)?$|^\\./cache(\\.ts)?$',
  message:
    'Take the share-image cache from shareImageCache() (src/integrations/share-images/shared.ts): an import gives each bundle its own copy, and images would be drawn twice.',
};

/** The worker threads' modules run under Node's type stripping, which guesses no file. */
const NAMED_FILES = {
  regex: '^\\.{1,2}/(?!.*\\.ts$)',
  message:
    "This module runs in a worker thread (share images, page step) under Node's type stripping: write the file extension (./fonts.ts).",
};

/** Machinery imports data, lib and config, never what renders. */
const NO_RENDERING = {
  regex: '(^|/)(components|layouts|pages)/',
  message:
    'The build machinery (src/integrations) imports src/data, src/lib and config, never a component, layout or page.',
};

/** One block per group of files: a file in two blocks would keep only the last one's patterns. */
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const WORKER_MODULES = [
  'src/integrations/share-images/{worker,cache,draw,fonts}.ts',
  'src/integrations/page-{step,worker,css,policy,facts}.ts',
  'src/integrations/link-file.ts',
];
const WORKER_LIB = [
  'src/lib/share-card.ts',
  'src/lib/theme.ts',
  'src/lib/link-check.ts',
  'src/lib/built-pages.ts',
];
const WORKER_CONFIG = ['src/site.ts', 'src/styles/tokens.ts'];
/** The citation thread's modules (src/data/page-citations.ts starts it). */
const DATA_WORKER = ['src/data/citation-worker.ts', 'src/data/citation-format.ts'];

/** Content access imports lib, schemas and config, never the machinery or what renders. */
const DATA = [
  {
    regex: '(^|/)integrations/',
    message:
      'src/data is content access: it never imports the build machinery (src/integrations), which imports it. Imports go components → data → lib.',
  },
  {
    regex: '(^|/)(components|layouts|pages)/',
    message:
      'src/data is content access: it never imports a component, layout or page, which import it. Take what it needs as an argument (the feed routes hand over the MDX components).',
  },
];
const PNG_ROUTES = ['src/pages/**/*.png.ts'];

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
  restrict(['src/lib/**', 'src/i18n/**'], PURE, WORKER_LIB),
  {
    files: ['src/lib/**', 'src/i18n/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MetaProperty'][property.name='env']",
          message:
            'src/lib and src/i18n hold pure functions and words: they read no import.meta.env. Take the value as an argument; src/data reads it (src/data/urls.ts gives src/lib/urls.ts the base).',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message:
            'src/lib and src/i18n hold pure functions and words: they read no process.env. Take the value as an argument.',
        },
      ],
    },
  },
  restrict(
    ['src/schemas/**'],
    [
      {
        regex: '(^|/)(lib|data|integrations|components|layouts|pages)/',
        message:
          'Schemas import no site code: their word lists live in src/schemas/vocabulary.ts, so an edit elsewhere does not invalidate the content store.',
      },
    ],
  ),
  restrict(
    ['src/content.config.ts'],
    [
      {
        regex:
          '(^|/)(lib|data|components|layouts|pages)/|(^|/)integrations/(?!share-images/early$)',
        message:
          'The content config takes its schemas from src/schemas, and from src/integrations only the loader that starts the share images early (src/integrations/share-images/early.ts).',
      },
    ],
  ),
  restrict(
    ['src/components/**', 'src/layouts/**'],
    [
      {
        regex: '(^|/)pages/',
        message:
          'Components and layouts never import a page: imports go pages → layouts → components → data → lib.',
      },
      MACHINERY('Components and layouts'),
    ],
  ),
  restrict(['src/data/**'], DATA, DATA_WORKER),
  // The citation thread's modules, loaded by Node's own TypeScript support: every relative
  // import names its file.
  restrict(DATA_WORKER, [...DATA, NAMED_FILES]),
  restrict(['src/pages/**'], [MACHINERY('Pages'), SHARE_IMAGE_CACHE], PNG_ROUTES),
  restrict(PNG_ROUTES, [
    {
      regex: '(^|/)integrations/(?!share-images(/index)?$)',
      message:
        'An image route serves what src/integrations/share-images draws: it imports that module (its index) and nothing else of the machinery; content comes from src/data.',
    },
    SHARE_IMAGE_CACHE,
  ]),
  restrict(
    ['src/integrations/**'],
    [NO_RENDERING, SHARE_IMAGE_CACHE],
    ['src/integrations/share-images/shared.ts', ...WORKER_MODULES],
  ),
  // Loaded by the share-image drawing thread through Node's own TypeScript support, which
  // resolves nothing by guessing: every relative import names its file. worker.ts imports
  // cache.ts, which is the drawing thread's own copy.
  restrict(WORKER_MODULES, [NAMED_FILES, NO_RENDERING]),
  restrict(WORKER_LIB, [...PURE, NAMED_FILES]),
  restrict(WORKER_CONFIG, [NAMED_FILES]),
);
