/**
 * Builds the site in a throwaway copy: the project's files (not node_modules, dist or caches),
 * a node_modules folder of links to the real one (so each copy has its own Astro cache), plus a
 * fixture's files written over it. Used by the build tests, which need real builds.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProjectFiles, linkPackages } from '../../scripts/project-copy.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** What a fixture changes: files to write over the copy, text to append to files. */
export interface Fixture {
  /** A folder whose tree is copied over the project copy, or several, one after another. */
  filesDir?: string | readonly string[];
  /** Text appended to files, by project-relative path. */
  append?: Record<string, string>;
}

/** A fresh copy of the project with the fixture applied; returns its folder. */
export function projectCopy(fixture: Fixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'relos-build-'));
  copyProjectFiles(ROOT, dir);
  linkPackages(ROOT, dir);
  // Reuse the checkout's drawn share images and formatted citations: both caches are keyed by
  // what they are made from, so this only saves time (`npm test` builds the checkout first).
  // What a fixture or an edit changes is still drawn and formatted, on the copy's threads.
  for (const cache of ['share-images', 'citations']) {
    const from = join(ROOT, 'node_modules/.astro', cache);
    if (existsSync(from))
      cpSync(from, join(dir, 'node_modules/.astro', cache), { recursive: true });
  }
  for (const files of [fixture.filesDir ?? []].flat()) cpSync(files, dir, { recursive: true });
  for (const [file, text] of Object.entries(fixture.append ?? {}))
    appendFileSync(join(dir, file), text);
  return dir;
}

/**
 * The environment a build gets: the caller's, minus what Vitest adds. Vitest copies Vite's
 * `import.meta.env` (BASE_URL, SITE, MODE, NODE_ENV=test...) into process.env, and a child build
 * that inherited BASE_URL=/ would ignore BASE_PATH.
 */
function buildEnv(dir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(BASE_URL|SITE|ASSETS_PREFIX|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) {
      env[key] = value;
    }
  }
  return {
    ...env,
    ...extra,
    PATH: `${join(dir, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
  };
}

/**
 * Runs `npm run build`'s script in a copy and resolves with its exit status and combined output.
 * Asynchronous, so the concurrent tests of a file build side by side (two at a time, as
 * vitest.config.ts allows): a build alone leaves one of two cores mostly idle.
 */
export function buildCopy(
  dir: string,
  env: Record<string, string> = {},
): Promise<{ status: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: dir,
      env: buildEnv(dir, env),
      timeout: 180_000,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      // Astro colours its output; the assertions read plain text.
      resolve({ status: code ?? 1, output: output.replace(/\u001b\[[0-9;]*m/g, '') }),
    );
  });
}

/**
 * A copy built once, in a test file's `beforeAll`, and read by its tests: the fields are set
 * when the build ends; `read` and `exists` take paths under its dist/.
 */
export interface BuiltSite {
  dir: string;
  /** The site's base path, as the build was given it: `/`, or `/relos/`. */
  base: string;
  status: number;
  output: string;
  read(path: string): string;
  exists(path: string): boolean;
}

/** A BuiltSite with nothing built yet: `beforeAll` fills it in. */
export function builtSite(base: string): BuiltSite {
  const site: BuiltSite = {
    dir: '',
    base,
    status: 1,
    output: '',
    read: (path) => readFileSync(join(site.dir, 'dist', path), 'utf8'),
    exists: (path) => existsSync(join(site.dir, 'dist', path)),
  };
  return site;
}
