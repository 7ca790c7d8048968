/**
 * The build measurements: a snapshot of the project, a buildable copy of it per variant (the
 * real content, 200 and 1,000 synthetic articles), and each variant built cold, cached, with
 * only share images cached, and after one edit, timed by /usr/bin/time.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { editArticle, SYNTHETIC_PREFIX, writeSyntheticArticles } from '../bench-content.ts';
import { copyProjectFiles, linkPackages } from '../project-copy.ts';
import { CACHE, log, ROOT, RUNS, SHARE_IMAGES } from './options.ts';
import { run } from './processes.ts';

/**
 * A snapshot of the project's files, without build output or caches, taken once per run: every
 * variant then builds the same code even while people keep editing the project.
 */
export function snapshot(dest: string): void {
  copyProjectFiles(ROOT, dest);
}

/**
 * A buildable copy of the snapshot. Its node_modules is a real folder of per-entry symlinks into
 * the project's, so it shares the installed packages but has its own node_modules/.astro (the
 * content store and the share-image cache).
 */
function makeCopy(source: string, dest: string): void {
  cpSync(source, dest, { recursive: true });
  linkPackages(ROOT, dest);
}

export function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix));
}

/** The drawn share images: one PNG per image, named by the hash of its inputs. */
const shareImages = (dir: string) => new Set(filesUnder(join(dir, SHARE_IMAGES), '.png'));

export interface BuildRun {
  seconds: number;
  peakRssMb: number;
  pages: number;
  /** Share images drawn by this build: PNGs in the cache that were not there before. */
  drawn: number;
  /** The 1-minute load average when it started: other work on the machine skews the timing. */
  load: number;
}

/**
 * The build `npm run build` runs (scripts/build.ts, which runs `astro build` with its Node
 * options) under /usr/bin/time; returns wall seconds, peak RSS and what it made.
 */
async function timedBuild(dir: string, label: string, siteUrl: string): Promise<BuildRun> {
  const before = shareImages(dir);
  const load = loadavg()[0]!;
  const timeFile = join(dir, `.bench-time-${label}`);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  await run('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, 'node', 'scripts/build.ts'], {
    cwd: dir,
    logFile: join(dir, `.bench-build-${label}.log`),
    env: {
      ...process.env,
      PATH: `${join(dir, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
      SITE_URL: siteUrl,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  // `time -o` writes "Command exited…" first when the command fails; the figures are last.
  const [seconds, kb] = readFileSync(timeFile, 'utf8')
    .trim()
    .split('\n')
    .pop()!
    .split(' ')
    .map(Number);
  const after = shareImages(dir);
  return {
    seconds: seconds!,
    peakRssMb: kb! / 1024,
    pages: filesUnder(join(dir, 'dist'), '.html').length,
    drawn: [...after].filter((file) => !before.has(file)).length,
    load,
  };
}

/** The cold build of another commit of the project, for comparison. */
export interface Baseline {
  commit: string;
  cold: BuildRun;
}

/**
 * The fastest of RUNS cold builds of the project at `commit` (its files from `git archive`, with
 * this checkout's packages): today the English-only site, against which the editions are compared.
 */
export async function coldBuildOf(
  work: string,
  commit: string,
  siteUrl: string,
): Promise<Baseline> {
  const dir = join(work, `commit-${commit.slice(0, 7)}`);
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  linkPackages(ROOT, dir);
  let fastest: BuildRun | undefined;
  for (let run = 1; run <= RUNS; run++) {
    rmSync(join(dir, CACHE), { recursive: true, force: true });
    log(`commit ${commit.slice(0, 7)}: cold build${RUNS > 1 ? ` (${run} of ${RUNS})` : ''}`);
    const result = await timedBuild(dir, `baseline-${run}`, siteUrl);
    if (!fastest || result.seconds < fastest.seconds) fastest = result;
  }
  return { commit, cold: fastest! };
}

export interface Variant {
  label: string;
  synthetic: number;
  /** Published article pages in the build. */
  articles: number;
  cold: BuildRun;
  cached: BuildRun;
  /** Every page rendered again; only the share images kept (as after a change to a template). */
  rendered: BuildRun;
  edit: BuildRun;
  /** What `cached` kept from the cold build's node_modules/.astro. */
  keptCache: string[];
}

/**
 * Builds one variant four times: cold (no cache); cached (the build cache kept: share images,
 * unchanged pages and search index; the content store dropped so every article is read, validated
 * and compiled again); rendered (only the share images kept: every page rendered again); and after
 * editing one article (every cache in place). `between` runs after the cached build, on its dist/.
 */
export async function buildVariant(
  work: string,
  synthetic: number,
  siteUrl: string,
  between?: (dir: string) => Promise<void>,
): Promise<Variant> {
  const label = synthetic ? `${synthetic} synthetic` : 'real content';
  const dir = join(work, synthetic ? `n${synthetic}` : 'real');
  log(`${label}: copying the project to ${dir}`);
  makeCopy(join(work, 'source'), dir);
  if (synthetic) writeSyntheticArticles(dir, synthetic);

  /** The fastest of RUNS builds, each after `prepare`: other work on the machine only adds time. */
  const best = async (name: string, prepare: () => void): Promise<BuildRun> => {
    let fastest: BuildRun | undefined;
    for (let run = 1; run <= RUNS; run++) {
      prepare();
      log(`${label}: ${name} build${RUNS > 1 ? ` (${run} of ${RUNS})` : ''}`);
      const result = await timedBuild(dir, `${name}-${run}`, siteUrl);
      if (!fastest || result.seconds < fastest.seconds) fastest = result;
    }
    return fastest!;
  };

  const cold = await best('cold', () => rmSync(join(dir, CACHE), { recursive: true, force: true }));
  let keptCache: string[] = [];
  const cached = await best('cached', () => {
    rmSync(join(dir, CACHE, 'data-store.json'), { force: true });
    keptCache = readdirSync(join(dir, CACHE)).sort();
  });
  const articles = readdirSync(join(dir, 'dist', 'articles')).filter((d) =>
    existsSync(join(dir, 'dist', 'articles', d, 'index.html')),
  ).length;

  if (between) await between(dir);

  const rendered = await best('rendered (only share images cached)', () => {
    for (const entry of readdirSync(join(dir, CACHE))) {
      if (entry !== 'share-images')
        rmSync(join(dir, CACHE, entry), { recursive: true, force: true });
    }
  });

  // The edited article: a synthetic one when there are any, else the first real one.
  const articleDir = join(dir, 'content', 'articles');
  const files = readdirSync(articleDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const target = files.find((f) => f.startsWith(SYNTHETIC_PREFIX)) ?? files[0];
  if (!target) throw new Error(`${label}: no article to edit`);
  editArticle(join(articleDir, target));
  log(`${label}: rebuild after editing ${target}`);
  const edit = await timedBuild(dir, 'edit', siteUrl);
  return { label, synthetic, articles, cold, cached, rendered, edit, keptCache };
}
