/**
 * Output files that are links to cache files: a thousand in milliseconds, where copying them
 * took most of a second. Used where the cache file is never written again once in place (a
 * changed image or index is a new file or folder), so neither copy ever changes the other.
 *
 * Loaded by Node itself on the share-image thread (share-images/cache.ts): only `node:` imports.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Puts `from` at `dest` as a hard link, or as a copy where a link cannot be made (another file
 * system). Makes `dest`'s folder; replaces a file already there.
 */
export function linkFile(from: string, dest: string): void {
  mkdirSync(dirname(dest), { recursive: true });
  rmSync(dest, { force: true });
  try {
    linkSync(from, dest);
  } catch {
    copyFileSync(from, dest);
  }
}
