import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, projectCopy } from './harness';

/**
 * Incremental builds reuse the last build's article pages and share images when nothing they
 * show has changed. An edit must reach every page that shows what was edited: after an article's
 * title and then a source's title are edited, the incremental build's output must equal, file
 * for file, a full build of the same content.
 * The search index is reused only when no page changed.
 */
// One build day for every build of the run (today: the content holds nothing dated after it), so
// the builds compared differ only by the edit. The site's address is the default, as in the
// checkout's own build, whose citations the copies start with (harness.ts).
const ENV = { BUILD_DATE: new Date().toISOString().slice(0, 10) };
const EDITED = 'russia-ratifies-relos';
const NEW_TITLE = 'Russia’s parliament ratifies the logistics pact (edited)';
const SOURCE = 'tass-2025-12-02-duma-ratifies';
const NEW_SOURCE_TITLE = 'Duma ratification report (edited title)';
// A Hindi timeline event that the Hindi translation of an article shows.
const EVENT = '2021-12-06-relos-put-off';
const NEW_EVENT_TITLE = '21वें शिखर सम्मेलन में RELOS टला (संपादित)';

const copies: string[] = [];
// Removing a built copy (its dist/ and caches) takes seconds, more on a busy machine.
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
}, 120_000);

function copy(): string {
  const dir = projectCopy({});
  copies.push(dir);
  return dir;
}

async function build(dir: string): Promise<string> {
  const { status, output } = await buildCopy(dir, ENV);
  expect(status, output).toBe(0);
  return output;
}

/** Every output file of a build, by path, the feed's build time left out. */
function outputs(dir: string): Map<string, Buffer> {
  const dist = join(dir, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.\w+$/.test(file),
  );
  return new Map(
    files.sort().map((file) => {
      const bytes = readFileSync(join(dist, file));
      // The feeds say when they were built; that differs from build to build by design.
      if (!/(^|\/)(rss|updates)\.xml$/.test(file)) return [file, bytes];
      const text = bytes.toString('utf8').replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, '');
      return [file, Buffer.from(text)];
    }),
  );
}

/** Article pages the build log says were copied from the last build rather than rendered. */
const restored = (log: string) =>
  [...log.matchAll(/\/articles\/([^/]+)\/index\.html \(restored\)/g)].map((m) => m[1]!);

function editArticleTitle(dir: string): void {
  const file = join(dir, 'content/articles', `${EDITED}.mdx`);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`);
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
}

function editSourceTitle(dir: string): void {
  const file = join(dir, 'content/sources.yaml');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`id: ${SOURCE}`);
  expect(at, `${SOURCE} in sources.yaml`).toBeGreaterThan(-1);
  const edited =
    text.slice(0, at) + text.slice(at).replace(/title: .*/, `title: "${NEW_SOURCE_TITLE}"`);
  writeFileSync(file, edited);
}

function editHindiEventTitle(dir: string): void {
  const file = join(dir, 'content/hi/timeline.yaml');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`id: ${EVENT}`);
  expect(at, `${EVENT} in content/hi/timeline.yaml`).toBeGreaterThan(-1);
  const edited =
    text.slice(0, at) + text.slice(at).replace(/title: .*/, `title: "${NEW_EVENT_TITLE}"`);
  writeFileSync(file, edited);
}

/**
 * A full build, with no page cache, of a fresh copy with the title and the source edited, as the
 * incremental copy will be after its second edit: started beside that copy's first build, when
 * both are cold, and compared with the incremental output once both edits are in. A page the
 * first edit should have re-rendered but did not still holds its old text then, since nothing
 * the second edit changes reaches it again.
 */
function fullBuild(): { dir: string; built: ReturnType<typeof buildCopy> } {
  const dir = copy();
  editArticleTitle(dir);
  editSourceTitle(dir);
  return { dir, built: buildCopy(dir, ENV) };
}

/** The incremental build's output equals a full build's, file for file. */
function expectSameOutputs(incremental: string, full: string): void {
  const expected = outputs(full);
  const actual = outputs(incremental);
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  const differing = [...expected].filter(([file, bytes]) => !bytes.equals(actual.get(file)!));
  expect(differing.map(([file]) => file)).toEqual([]);
}

describe('incremental builds', () => {
  const dir = copy();
  let full: ReturnType<typeof fullBuild>;
  // The first build, with no page cache yet, renders everything and fills the cache; the full
  // build to compare with runs beside it.
  beforeAll(async () => {
    full = fullBuild();
    await build(dir);
  }, 180_000);

  it('reuse every article page when nothing changed', async () => {
    const drawn = () => readdirSync(join(dir, 'node_modules/.astro/share-images')).sort();
    const served = () =>
      readdirSync(join(dir, 'dist/og'), { recursive: true, encoding: 'utf8' }).sort();
    const [images, output] = [drawn(), served()];
    const log = await build(dir);
    // Every article page: the English ones and each edition's translations.
    const articles = ['content/articles', 'content/hi/articles', 'content/ru/articles']
      .map((folder) => readdirSync(join(dir, folder)).length)
      .reduce((a, b) => a + b);
    expect(restored(log)).toHaveLength(articles);
    // The share images come from their cache (src/integrations/share-images): none is drawn
    // again, and the output has every one of them.
    expect(drawn()).toEqual(images);
    expect(served()).toEqual(output);
    expect(log).toContain('search index: no page changed, reused the last build’s index');
  }, 120_000);

  it('re-render the pages an edited title reaches, and only those', async () => {
    editArticleTitle(dir);
    const log = await build(dir);
    expect(log).toMatch(/search index: \d+ pages/);
    const showing = readdirSync(join(dir, 'dist/articles')).filter((slug) =>
      readFileSync(join(dir, 'dist/articles', slug, 'index.html'), 'utf8').includes('(edited)'),
    );
    // Its own page and those linking to it as related, older or newer.
    expect(showing.length).toBeGreaterThan(1);
    expect(restored(log).filter((slug) => showing.includes(slug))).toEqual([]);
    expect(restored(log).length).toBeGreaterThan(0);
  }, 180_000);

  it('re-render the pages that cite an edited source', async () => {
    editSourceTitle(dir);
    await build(dir);
    const citing = readdirSync(join(dir, 'dist/articles')).filter((slug) =>
      readFileSync(join(dir, 'dist/articles', slug, 'index.html'), 'utf8').includes(
        NEW_SOURCE_TITLE,
      ),
    );
    expect(citing.length).toBeGreaterThan(0);
    // Both edits are in: the output must be the full build's, file for file.
    const { status, output } = await full.built;
    expect(status, output).toBe(0);
    expectSameOutputs(dir, full.dir);
  }, 180_000);

  it('re-render the translated articles that show an edited event of their edition', async () => {
    // Only the Hindi data changes: nothing English, so the English pages' keys stay the same.
    // (No full build to compare with: the symptom is the Hindi article keeping the old title.)
    editHindiEventTitle(dir);
    const log = await build(dir);
    const showing = readdirSync(join(dir, 'dist/hi/articles')).filter((slug) =>
      readFileSync(join(dir, 'dist/hi/articles', slug, 'index.html'), 'utf8').includes(
        NEW_EVENT_TITLE,
      ),
    );
    expect(showing.length).toBeGreaterThan(0);
    // The English articles, whose keys did not change, were reused.
    expect(restored(log).length).toBeGreaterThan(0);
  }, 180_000);
});
