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
      const messages = await lint(`${source}\nexport const x = 1;\n`, 'src/lib/example.ts');
      expect(messages.join('\n'), source).toMatch(/src\/lib holds pure functions/);
    }
  });

  it('lets a lib file import lib, schemas and config', async () => {
    const code = [
      "import { formatDate } from './dates';",
      "import { TAG_IDS } from '../schemas/vocabulary';",
      "import { SITE } from '../site';",
      'export const x = [formatDate, TAG_IDS, SITE];',
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

  it('makes the share-image worker’s modules name their files', async () => {
    const messages = await lint(
      "import { fontFacts } from './fonts';\nexport default fontFacts;\n",
      'src/build/share-images/draw.ts',
    );
    expect(messages.join()).toMatch(/write the file extension/);
  });
});
