/**
 * Throwaway copies of the project, for the build tests (tests/build/harness.ts) and the
 * benchmark (scripts/bench.ts): the project's own files, and a node_modules folder of links to
 * the installed packages, so each copy shares the packages but has its own caches.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries never copied: installs, build output, caches, test reports. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
]);

/** node_modules entries each copy keeps for itself: they are caches a build writes. */
const OWN_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

/** Copies the project's own files (no installs, output or caches) from `root` into `dest`. */
export function copyProjectFiles(root: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(root, entry), join(dest, entry), { recursive: true });
  }
}

/** Gives `dest` a node_modules of links to `root`'s packages, without their build caches. */
export function linkPackages(root: string, dest: string): void {
  mkdirSync(join(dest, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) {
      symlinkSync(join(root, 'node_modules', entry), join(dest, 'node_modules', entry));
    }
  }
}
