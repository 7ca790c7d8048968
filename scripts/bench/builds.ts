/**
 * The build measurements: a snapshot of the project, a buildable copy of it per variant (the
 * real content, 200 and 1,000 synthetic articles), and each variant built cold, cached, with
 * only share images cached, and after one edit, timed by /usr/bin/time.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  editArticle,
  SYNTHETIC_PREFIX,
  writeStarterPosts,
  writeSyntheticArticles,
} from '../bench-content.ts';
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
  /** CPU seconds (user and system) of the build and every thread and process it started. */
  cpuSeconds: number;
  peakRssMb: number;
  pages: number;
  /** Share images drawn by this build: PNGs in the cache that were not there before. */
  drawn: number;
  /** The 1-minute load average when it started: other work on the machine skews the timing. */
  load: number;
}

/** The site's build command: what `npm run build` runs (scripts/build.ts, `astro build` with its Node options). */
const SITE_BUILD = ['node', 'scripts/build.ts'];
/** The starter's: its `npm run build`, `astro build`, run by the project's Node. */
const STARTER_BUILD = ['node', 'node_modules/astro/bin/astro.mjs', 'build'];

/**
 * A build (by default the one `npm run build` runs) under /usr/bin/time; returns wall and CPU
 * seconds, peak RSS and what it made.
 */
async function timedBuild(
  dir: string,
  label: string,
  siteUrl: string,
  command: string[] = SITE_BUILD,
): Promise<BuildRun> {
  const before = shareImages(dir);
  const load = loadavg()[0]!;
  const timeFile = join(dir, `.bench-time-${label}`);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  await run('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, ...command], {
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
  const [seconds, kb, user, system] = readFileSync(timeFile, 'utf8')
    .trim()
    .split('\n')
    .pop()!
    .split(' ')
    .map(Number);
  const after = shareImages(dir);
  return {
    seconds: seconds!,
    cpuSeconds: user! + system!,
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
  /** The cold build of the copy it was built beside, alternating with it, when one was given. */
  beside?: BuildRun;
}

/**
 * The fastest of RUNS cold builds of the project at `commit` (its files from `git archive`, with
 * this checkout's packages): the English-only site, against which the editions are compared, and
 * the site before issue 26's build-cost work. Given `beside` (a copy of this commit's project),
 * that copy is built cold right after each of them, so both see the machine alike.
 */
export async function coldBuildOf(
  work: string,
  commit: string,
  siteUrl: string,
  beside?: string,
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
  let besideFastest: BuildRun | undefined;
  for (let run = 1; run <= RUNS; run++) {
    rmSync(join(dir, CACHE), { recursive: true, force: true });
    log(`commit ${commit.slice(0, 7)}: cold build${RUNS > 1 ? ` (${run} of ${RUNS})` : ''}`);
    const result = await timedBuild(dir, `baseline-${run}`, siteUrl);
    if (!fastest || result.seconds < fastest.seconds) fastest = result;
    if (beside) {
      rmSync(join(beside, CACHE), { recursive: true, force: true });
      log(`this commit, beside ${commit.slice(0, 7)}: cold build (${run} of ${RUNS})`);
      const now = await timedBuild(beside, `beside-${commit.slice(0, 7)}-${run}`, siteUrl);
      if (!besideFastest || now.seconds < besideFastest.seconds) besideFastest = now;
    }
  }
  return { commit, cold: fastest!, ...(besideFastest ? { beside: besideFastest } : {}) };
}

export interface Variant {
  label: string;
  /** Its copy of the project, with its synthetic articles. */
  dir: string;
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
  return { label, dir, synthetic, articles, cold, cached, rendered, edit, keptCache };
}

/** The official Astro blog starter beside the site, as issue 26 compares them. */
export interface StarterComparison {
  /** Cold builds with 200 and 1,000 synthetic articles, the fastest of RUNS each, alternating. */
  cold: Map<number, { site: BuildRun; starter: BuildRun }>;
  /** Rebuilds at 1,000 with every cache in place and nothing changed, the fastest of RUNS each. */
  warm: { site: BuildRun; starter: BuildRun };
  /** The largest peak RSS of any build at 1,000, each side. */
  peakRssMb: { site: number; starter: number };
}

/**
 * A copy of the starter (`--starter`, a checkout of withastro/astro's examples/blog) with `n`
 * synthetic posts: the site's synthetic articles as Markdown (scripts/bench-content.ts), built
 * with this project's packages (node_modules is links to them, as for the site's copies).
 */
function starterCopy(work: string, starter: string, n: number): string {
  const dir = join(work, `starter-n${n}`);
  cpSync(starter, dir, {
    recursive: true,
    filter: (file) => !/[\\/](node_modules|dist|\.astro)$/.test(file),
  });
  linkPackages(ROOT, dir);
  writeStarterPosts(ROOT, dir, n);
  return dir;
}

/**
 * The site against the starter, each with the same 200 and 1,000 synthetic articles: RUNS cold
 * builds of each, alternating site and starter so that other work on the machine falls on both
 * alike, then RUNS warm rebuilds at 1,000, alternating too. `siteDirs` are the site's copies
 * with those articles (the variants' own copies).
 */
export async function compareWithStarter(
  work: string,
  starter: string,
  siteDirs: Map<number, string>,
  siteUrl: string,
): Promise<StarterComparison> {
  const faster = (a: BuildRun | undefined, b: BuildRun) => (!a || b.seconds < a.seconds ? b : a);
  const cold = new Map<number, { site: BuildRun; starter: BuildRun }>();
  const peak = { site: 0, starter: 0 };
  const note = (n: number, side: 'site' | 'starter', result: BuildRun) => {
    if (n === 1000) peak[side] = Math.max(peak[side], result.peakRssMb);
    return result;
  };
  const starters = new Map<number, string>();
  for (const [n, siteDir] of siteDirs) {
    const starterDir = starterCopy(work, starter, n);
    starters.set(n, starterDir);
    let site: BuildRun | undefined;
    let theirs: BuildRun | undefined;
    for (let i = 1; i <= RUNS; i++) {
      for (const [side, dir] of [
        ['site', siteDir],
        ['starter', starterDir],
      ] as const) {
        rmSync(join(dir, CACHE), { recursive: true, force: true });
        log(`${n} synthetic, against the starter: ${side} cold build (${i} of ${RUNS})`);
        const result = note(
          n,
          side,
          await timedBuild(
            dir,
            `vs-starter-cold-${i}`,
            siteUrl,
            side === 'site' ? SITE_BUILD : STARTER_BUILD,
          ),
        );
        if (side === 'site') site = faster(site, result);
        else theirs = faster(theirs, result);
      }
    }
    cold.set(n, { site: site!, starter: theirs! });
  }
  const largest = Math.max(...siteDirs.keys());
  let warmSite: BuildRun | undefined;
  let warmStarter: BuildRun | undefined;
  for (let i = 1; i <= RUNS; i++) {
    log(`${largest} synthetic, against the starter: warm rebuilds (${i} of ${RUNS})`);
    warmSite = faster(
      warmSite,
      note(
        largest,
        'site',
        await timedBuild(siteDirs.get(largest)!, `vs-starter-warm-${i}`, siteUrl),
      ),
    );
    warmStarter = faster(
      warmStarter,
      note(
        largest,
        'starter',
        await timedBuild(starters.get(largest)!, `vs-starter-warm-${i}`, siteUrl, STARTER_BUILD),
      ),
    );
  }
  return { cold, warm: { site: warmSite!, starter: warmStarter! }, peakRssMb: peak };
}
