/**
 * `npm run build`: `astro build`, and when it fails, the output folder is removed so nothing
 * half-built can be previewed or deployed as if it were good. Extra arguments go to astro build.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = outFlag >= 0 && args[outFlag + 1] ? args[outFlag + 1]! : 'dist';

const result = spawnSync('astro', ['build', ...args], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir}/ was removed, so no half-built site is left to deploy.`);
  process.exit(result.status ?? 1);
}
