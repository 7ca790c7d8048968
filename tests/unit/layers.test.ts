import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** ESLint's messages for `code` as if it were the file at `filePath`, with the project's config. */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages.map((message) => message.message);
}

describe('the import direction (eslint.config.js)', { timeout: 30_000 }, () => {
  it('rejects a lib file importing a component, a page, build code or Astro', async () => {
    for (const source of [
      "import Header from '../components/site/Header.astro';",
      "import { getStaticPaths } from '../pages/articles/[slug].astro';",
      "import { collection } from '../build/content';",
      "import { getCollection } from 'astro:content';",
      "import { readFileSync } from 'node:fs';",
    ]) {
      for (const file of ['src/lib/example.ts', 'src/i18n/ui/example.ts']) {
        const messages = await lint(`${source}\nexport const x = 1;\n`, file);
        expect(messages.join('\n'), `${file}: ${source}`).toMatch(
          /src\/lib and src\/i18n hold pure functions/,
        );
      }
    }
  });

  it('lets a lib file import lib, schemas and config', async () => {
    const code = [
      "import { formatDate } from './dates';",
      "import { TAG_IDS } from '../schemas/vocabulary';",
      "import { SITE } from '../site';",
      "import { ui } from '../i18n/ui';",
      'export const x = [formatDate, TAG_IDS, SITE, ui];',
    ].join('\n');
    expect(await lint(code, 'src/lib/example.ts')).toEqual([]);
  });

  it('rejects a component importing a page, and a schema importing lib', async () => {
    expect(
      (
        await lint(
          "import X from '../../pages/index.astro';\nexport default X;\n",
          'src/components/site/Example.ts',
        )
      ).join(),
    ).toMatch(/never import a page/);
    expect(
      (
        await lint(
          "import { TAGS } from '../lib/tags';\nexport default TAGS;\n",
          'src/schemas/example.ts',
        )
      ).join(),
    ).toMatch(/Schemas import no site code/);
  });

  it('lets the content config import from src/build only the early share-image loader', async () => {
    expect(
      (
        await lint(
          "import { collection } from './build/content';\nexport default collection;\n",
          'src/content.config.ts',
        )
      ).join(),
    ).toMatch(/from src\/build only the loader/);
    expect(
      await lint(
        "import { drawingShareImages } from './build/share-images/early';\nexport default drawingShareImages;\n",
        'src/content.config.ts',
      ),
    ).toEqual([]);
  });

  it('makes build code take the share-image cache from shared.ts, not by importing it', async () => {
    for (const [source, file] of [
      ["import { cachedShareImage } from '../../build/share-images/cache';", 'src/pages/og/x.ts'],
      ["import { prefetchShareImages } from './cache';", 'src/build/share-images/index.ts'],
    ] as const) {
      const messages = await lint(`${source}\nexport default 1;\n`, file);
      expect(messages.join(), source).toMatch(/shareImageCache\(\)/);
    }
  });

  it('makes the share-image worker’s modules name their files', async () => {
    const messages = await lint(
      "import { fontFacts } from './fonts';\nexport default fontFacts;\n",
      'src/build/share-images/draw.ts',
    );
    expect(messages.join()).toMatch(/write the file extension/);
  });
});
