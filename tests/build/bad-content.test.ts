import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy, projectCopy } from './harness';

/**
 * Each fixture under tests/fixtures/build/ is one kind of bad content. Building the site with it
 * must fail, say what is wrong in words the editor can act on (file, field or line, what was
 * expected), and leave no dist/ behind.
 */
const FIXTURES = 'tests/fixtures/build';

interface Case {
  expect: string[];
  append?: Record<string, string>;
}

describe.concurrent('the build refuses bad content, clearly', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const spec = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as Case;
    it(`refuses ${name}`, { timeout: 180_000 }, async () => {
      const filesDir = join(FIXTURES, name, 'files');
      const copy = projectCopy({
        ...(existsSync(filesDir) ? { filesDir } : {}),
        ...(spec.append ? { append: spec.append } : {}),
      });
      try {
        const { status, output } = await buildCopy(copy);
        expect(status, output).not.toBe(0);
        for (const expected of spec.expect) expect(output).toContain(expected);
        expect(existsSync(join(copy, 'dist')), 'a failed build leaves no dist/').toBe(false);
        expect(output).toContain('Build failed: dist/ was removed');
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });
  }
});
