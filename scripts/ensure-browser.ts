/**
 * Makes sure the browser tests have a Chromium, installing one if needed, and says what it does.
 * Order: Playwright's own build, CHROMIUM_PATH, a system Chromium; then `npx playwright install
 * chromium`; then, as root with apt-get, Debian's `chromium-headless-shell` package (or
 * `chromium`). Exits 1 when all fail: browser tests are never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER_HELP, type FoundBrowser } from './browser.ts';

function log(message: string): void {
  console.log(`[browser] ${message}`);
}

function run(command: string, args: string[], timeoutMs: number): boolean {
  log(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  if (result.error) log(`${command} failed: ${result.error.message}`);
  return result.status === 0;
}

function report(): FoundBrowser | null {
  const found = findChromium();
  if (found)
    log(
      `using ${found.origin === 'playwright' ? "Playwright's Chromium" : `${found.origin} Chromium`} at ${found.path}`,
    );
  return found;
}

const canApt =
  typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** Installs a Debian package, reading the package lists first if they do not have it. */
function aptInstall(name: string): boolean {
  const install = () => run('apt-get', ['install', '-y', '-qq', name], 10 * 60_000);
  return install() || (run('apt-get', ['update', '-qq'], 5 * 60_000) && install());
}

const found = report();
if (!found) {
  log('no Chromium found; trying to install Playwright’s own build');
  run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 5 * 60_000);
  if (!report()) {
    if (canApt) {
      log(
        'Playwright could not download a browser; installing Debian’s Chromium headless shell with apt-get',
      );
      // The headless shell is what the tests use first (browser.ts); the full browser where a
      // release has no such package.
      if (!aptInstall('chromium-headless-shell')) aptInstall('chromium');
    }
    if (!report()) {
      console.error(NO_BROWSER_HELP);
      process.exit(1);
    }
  }
} else if (found.origin === 'system' && !found.path.includes('headless-shell') && canApt) {
  // A full Chromium works, but the headless shell runs the same tests on about a third less CPU
  // (browser.ts): worth a package where one can be installed. If it cannot, the full one serves.
  log('only a full Chromium: adding Debian’s headless shell, which the tests run faster on');
  if (aptInstall('chromium-headless-shell')) report();
}
