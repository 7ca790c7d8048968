/**
 * Makes sure the browser tests have a Chromium, installing one if needed, and says what it does.
 * Order: Playwright's own build, CHROMIUM_PATH, a system Chromium; then `npx playwright install
 * chromium`; then, as root with apt-get, Debian's `chromium` package. Exits 1 when all fail:
 * browser tests are never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER_HELP } from './browser.ts';

function log(message: string): void {
  console.log(`[browser] ${message}`);
}

function run(command: string, args: string[], timeoutMs: number): boolean {
  log(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  if (result.error) log(`${command} failed: ${result.error.message}`);
  return result.status === 0;
}

function report(): boolean {
  const found = findChromium();
  if (found)
    log(
      `using ${found.origin === 'playwright' ? "Playwright's Chromium" : `${found.origin} Chromium`} at ${found.path}`,
    );
  return found !== null;
}

if (!report()) {
  log('no Chromium found; trying to install Playwright’s own build');
  run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 5 * 60_000);
  if (!report()) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      log('Playwright could not download a browser; installing Debian’s chromium with apt-get');
      run('apt-get', ['update', '-qq'], 5 * 60_000);
      run('apt-get', ['install', '-y', '-qq', 'chromium'], 10 * 60_000);
    }
    if (!report()) {
      console.error(NO_BROWSER_HELP);
      process.exit(1);
    }
  }
}
