/**
 * `npm run build`: `astro build`, and when it fails, the output folder is removed so nothing
 * half-built can be previewed or deployed as if it were good. Extra arguments go to astro build.
 * The benchmark (scripts/bench.ts) times this script, so it measures what `npm run build` does.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = outFlag >= 0 && args[outFlag + 1] ? args[outFlag + 1]! : 'dist';

/** Astro's command-line entry, as the project installed it (the `astro` command runs it too). */
const astro = join(
  dirname(createRequire(join(process.cwd(), 'package.json')).resolve('astro/package.json')),
  'bin/astro.mjs',
);

// Astro runs on this Node with one V8 option that NODE_OPTIONS does not take: V8 grows a heap
// by at most half of its size at a time, where it otherwise lets a heap it collects quickly grow
// up to fourfold. Every thread of the build grew its heap far ahead of its need: cold
// 1,000-article builds, five pairs alternating, peaked at 1,137 MB on average against 1,258 MB,
// in 36.4 s against 35.8 s. At 30% the peak was 1,111 MB, and the build 6% slower.
const result = spawnSync(process.execPath, ['--heap-growing-percent=50', astro, 'build', ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    // A build allocates many short-lived objects (one page after another); a larger young
    // generation lets V8 collect them far less often: a 1,000-article build took 25% less time
    // than with the default. 32 MB, not 64: the same CPU time (42.8 s against 43.0 s, 1,000
    // articles), 90 MB less at the peak.
    // `--expose-gc`: the middleware collects the bundler's garbage at once before the first page
    // renders (src/middleware.ts).
    NODE_OPTIONS: [process.env['NODE_OPTIONS'], '--max-semi-space-size=32', '--expose-gc']
      .filter(Boolean)
      .join(' '),
    // The bundler (Rolldown, whose native code allocates with mimalloc) keeps what it freed
    // resident for a while, and the pages are then rendered on top of it: returning it at once
    // took a 1,000-article build's peak from 1.65-1.87 GB to 1.42 GB, at the same CPU time.
    MIMALLOC_PURGE_DELAY: process.env['MIMALLOC_PURGE_DELAY'] ?? '0',
    // mimalloc (the bundler's, the canvas's and the Astro compiler's allocator) uses transparent
    // huge pages where the system allows them (this machine: always), and what it has freed then
    // stays resident: Rolldown alone, 1,000 modules, 275 MB resident after closing the bundle,
    // 211 MB without. Without them a 1,000-article build peaked at 1,170-1,212 MB against
    // 1,334-1,354 MB (end of bundling: 946-986 against 1,153-1,194 MB), at the same CPU time.
    MIMALLOC_ALLOW_THP: process.env['MIMALLOC_ALLOW_THP'] ?? '0',
  },
});
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir}/ was removed, so no half-built site is left to deploy.`);
  process.exit(result.status ?? 1);
}
