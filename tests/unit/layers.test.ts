import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * ESLint's messages for `code` as if it were the file at `filePath`, with the project's config
 * (an unused import is not what these probes are about).
 */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId !== '@typescript-eslint/no-unused-vars')
    .map((message) => message.message);
}

/** ESLint's messages for one import line (and a use of it) in the file at `filePath`. */
async function lintImport(source: string, filePath: string): Promise<string> {
  return (await lint(`${source}\nexport const x = 1;\n`, filePath)).join('\n');
}

// share-card.ts is in src/lib and also loaded by the share-image worker: a file in two blocks of
// the config keeps only the last block's patterns, so it is probed beside an ordinary lib file.
const PURE_FILES = ['src/lib/example.ts', 'src/i18n/ui/example.ts', 'src/lib/share-card.ts'];

describe('the import direction (eslint.config.js)', { timeout: 60_000 }, () => {
  it('keeps src/lib and src/i18n pure: no component, page, data, machinery or Astro', async () => {
    for (const [source, says] of [
      ["import Header from '../components/site/Header.astro';", /pages → layouts → components/],
      ["import { getStaticPaths } from '../pages/articles/[slug].astro';", /pages → layouts/],
      ["import { getCollection } from 'astro:content';", /nothing of Astro/],
      ["import { collection } from '../data/content';", /src\/data imports lib, not the other/],
      ["import { narrowPagePolicy } from '../integrations/page-policy';", /imports lib, never/],
      ["import { renderLogo } from '../integrations/share-images';", /imports lib, never/],
    ] as const) {
      for (const file of PURE_FILES) {
        const messages = await lintImport(source, file);
        expect(messages, `${file}: ${source}`).toMatch(
          /src\/lib and src\/i18n hold pure functions/,
        );
        expect(messages, `${file}: ${source}`).toMatch(says);
      }
    }
  });

  it('keeps src/lib and src/i18n free of Node modules and native packages', async () => {
    const node = /no Node module/;
    const native = /no native or binary package \(sharp, @napi-rs\/canvas, lightningcss, fontkit/;
    for (const [source, says] of [
      ["import { createHash } from 'node:crypto';", node],
      ["import { createHash } from 'crypto';", node],
      ["import { readFileSync } from 'node:fs';", node],
      ["import { readFile } from 'fs/promises';", node],
      ["import { Worker } from 'node:worker_threads';", node],
      ["import { transform } from 'lightningcss';", native],
      ["import sharp from 'sharp';", native],
      ["import { createCanvas } from '@napi-rs/canvas';", native],
      ["import * as fontkit from 'fontkit';", native],
      ["import * as pagefind from 'pagefind';", native],
      ["import { transform } from 'esbuild';", native],
      ["import addon from './addon.node';", native],
    ] as const) {
      for (const file of PURE_FILES) {
        expect(await lintImport(source, file), `${file}: ${source}`).toMatch(says);
      }
    }
  });

  it('keeps src/lib and src/i18n from reading the environment', async () => {
    for (const file of PURE_FILES) {
      expect((await lint('export const base = import.meta.env.BASE_URL;\n', file)).join()).toMatch(
        /read no import\.meta\.env/,
      );
      expect((await lint("export const site = process.env['SITE_URL'];\n", file)).join()).toMatch(
        /read no process\.env/,
      );
    }
  });

  it('lets a lib file import lib, schemas, config and pure packages', async () => {
    const code = [
      "import sanitizeHtml from 'sanitize-html';",
      "import { formatDate } from './dates';",
      "import { pagesFor } from './pages';",
      "import { TAG_IDS } from '../schemas/vocabulary';",
      "import { SITE } from '../site';",
      "import { ui } from '../i18n/ui';",
      'export const x = [sanitizeHtml, formatDate, pagesFor, TAG_IDS, SITE, ui];',
    ].join('\n');
    expect(await lint(code, 'src/lib/example.ts')).toEqual([]);
  });

  it('rejects a component or layout importing the machinery or a page, and lets it import data', async () => {
    for (const file of ['src/components/site/Example.ts', 'src/layouts/Example.ts']) {
      for (const source of [
        "import { renderLogo } from '../../integrations/share-images';",
        "import { narrowPagePolicy } from '../../integrations/page-policy';",
        "import { buildSearchIndex } from '../integrations/search-index';",
      ]) {
        expect(await lintImport(source, file), `${file}: ${source}`).toMatch(
          /Components and layouts never import the build machinery \(src\/integrations\): content comes from src\/data/,
        );
      }
      expect(await lintImport("import X from '../../pages/index.astro';", file)).toMatch(
        /never import a page/,
      );
      expect(await lintImport("import { edition } from '../../data/editions';", file)).toBe('');
    }
  });

  it('rejects a page importing the machinery, except an image route importing share-images', async () => {
    for (const file of ['src/pages/example.ts', 'src/pages/[...lang]/rss.xml.ts']) {
      expect(
        await lintImport("import { renderLogo } from '../integrations/share-images';", file),
      ).toMatch(/Pages never import the build machinery/);
    }
    expect(
      await lintImport(
        "import { shareImagePaths } from '../../integrations/share-images';",
        'src/pages/og/[...name].png.ts',
      ),
    ).toBe('');
    for (const source of [
      "import { renderLogo } from '../integrations/share-images/draw';",
      "import { buildSearchIndex } from '../integrations/search-index';",
    ]) {
      expect(await lintImport(source, 'src/pages/logo.png.ts'), source).toMatch(
        /An image route serves what src\/integrations\/share-images draws/,
      );
    }
  });

  it('keeps data from importing the machinery or what renders it', async () => {
    expect(
      await lintImport(
        "import { pageCss } from '../integrations/page-css';",
        'src/data/example.ts',
      ),
    ).toMatch(/src\/data is content access: it never imports the build machinery/);
    expect(
      await lintImport(
        "import { mdxComponents } from '../components/mdx/components';",
        'src/data/feed-items.ts',
      ),
    ).toMatch(/never imports a component, layout or page, which import it/);
  });

  it('keeps the machinery from importing what renders', async () => {
    for (const file of ['src/integrations/example.ts', 'src/integrations/share-images/draw.ts']) {
      expect(
        await lintImport("import Header from '../components/site/Header.astro';", file),
      ).toMatch(/never a component, layout or page/);
    }
  });

  it('rejects a schema importing lib or data', async () => {
    for (const source of [
      "import { TAGS } from '../lib/tags';",
      "import { collection } from '../data/content';",
    ]) {
      expect(await lintImport(source, 'src/schemas/example.ts')).toMatch(
        /Schemas import no site code/,
      );
    }
  });

  it('lets the content config import from src/integrations only the early share-image loader', async () => {
    for (const source of [
      "import { collection } from './data/content';",
      "import { buildSearchIndex } from './integrations/search-index';",
    ]) {
      expect(await lintImport(source, 'src/content.config.ts'), source).toMatch(
        /from src\/integrations only the loader/,
      );
    }
    expect(
      await lintImport(
        "import { drawingShareImages } from './integrations/share-images/early';",
        'src/content.config.ts',
      ),
    ).toBe('');
  });

  it('makes build code take the share-image cache from shared.ts, not by importing it', async () => {
    for (const [source, file] of [
      [
        "import { cachedShareImage } from '../../integrations/share-images/cache';",
        'src/pages/og/x.ts',
      ],
      [
        "import { cachedShareImage } from '../../integrations/share-images/cache';",
        'src/pages/og/[...name].png.ts',
      ],
      ["import { prefetchShareImages } from './cache';", 'src/integrations/share-images/index.ts'],
    ] as const) {
      expect(await lintImport(source, file), `${file}: ${source}`).toMatch(/shareImageCache\(\)/);
    }
  });

  it('makes the share-image worker’s modules name their files', async () => {
    for (const [source, file] of [
      ["import { fontFacts } from './fonts';", 'src/integrations/share-images/draw.ts'],
      ["import { SITE } from '../site';", 'src/lib/share-card.ts'],
      ["import { SITE } from './site';", 'src/styles/tokens.ts'],
    ] as const) {
      expect(await lintImport(source, file), `${file}: ${source}`).toMatch(
        /write the file extension/,
      );
    }
    expect(
      await lintImport(
        "import { fontFacts } from './fonts.ts';",
        'src/integrations/share-images/draw.ts',
      ),
    ).toBe('');
  });
});
