/**
 * The reader measurements on the real-content build: page weight of each page type
 * (scripts/bench-weight.ts, shared with tests/e2e/budgets.spec.ts), and Lighthouse against
 * `astro preview`.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  articlePaths,
  FIXED_PAGES,
  measurePage,
  type Fetcher,
  type PageWeight,
} from '../bench-weight.ts';
import { CHROME_FLAGS, QUIET_LOAD } from './options.ts';
import { run } from './processes.ts';

export interface Lighthouse {
  scores: Record<string, number>;
  cls: number;
  /** Audits that cost points, per category below 100. */
  failing: { category: string; id: string; title: string; displayValue?: string }[];
  /** The lab metrics behind the performance score, as Lighthouse shows them. */
  metrics: Record<string, string>;
  /** First and largest contentful paint in ms: each the median of the runs. */
  fcpMs: number;
  lcpMs: number;
  /** First and largest contentful paint of every run, in ms. */
  fcpRuns: number[];
  lcpRuns: number[];
  /** Lighthouse's own warnings, e.g. that the CPU looked slower than it expects. */
  warnings: string[];
  /** The performance score of every run; the other fields are the median run's. */
  performanceRuns: number[];
  /** The 1-minute load average as each run started. */
  loads: number[];
  /** CLS of every run; `cls` is the worst, since any shift in any run is a real one. */
  clsRuns: number[];
  /** The elements that moved, from the `layout-shifts` audit of any run. */
  shifted: string[];
}

const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'speed-index': 'SI',
} as const;

export interface ReaderRow {
  type: string;
  path: string;
  /** undefined: the page is not in the build (search, before it exists). */
  weight: PageWeight | undefined;
  lighthouse?: Lighthouse;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Serves a built dist/ to measurePage as the host would: `/x/` is `/x/index.html`. */
function distFetcher(dist: string): Fetcher {
  return async (url) => {
    let file = join(dist, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) {
      file = join(file, 'index.html');
    }
    return existsSync(file) ? readFileSync(file) : undefined;
  };
}

/** Page weight of each page type; for articles, every one is measured and the heaviest shown. */
export async function measureReaders(
  dist: string,
  origin: URL,
): Promise<{ rows: ReaderRow[]; articles: PageWeight[] }> {
  const fetch = distFetcher(dist);
  const articles: PageWeight[] = [];
  for (const path of await articlePaths(origin, fetch))
    articles.push(await measurePage(new URL(path, origin), fetch));
  if (!articles.length) throw new Error('the sitemap lists no articles');
  const heaviest = articles.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
  const rows: ReaderRow[] = [];
  for (const page of FIXED_PAGES) {
    const exists = (await fetch(new URL(page.path, origin))) !== undefined;
    if (!exists && !('optional' in page)) throw new Error(`${page.path} is missing from the build`);
    rows.push({
      type: page.type,
      path: page.path,
      weight: exists ? await measurePage(new URL(page.path, origin), fetch) : undefined,
    });
    if (page.path === '/')
      rows.push({ type: 'article (heaviest)', path: heaviest.path, weight: heaviest });
  }
  return { rows, articles };
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      details?: { items?: { node?: { selector?: string }; score?: number }[] };
    }
  >;
  runWarnings?: string[];
  runtimeError?: { message: string };
}

/**
 * Waits, up to `maxMs`, until the machine is quiet (1-minute load average under one runnable
 * process): Lighthouse's simulated throttling multiplies the CPU time it observes, so a build
 * still winding down inflates every paint it reports. Returns the load it started at.
 */
export async function settle(maxMs = 90_000): Promise<number> {
  const start = loadavg()[0]!;
  const deadline = Date.now() + maxMs;
  while (loadavg()[0]! >= QUIET_LOAD && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 2000));
  return start;
}

/** Lighthouse, mobile profile and default (simulated) throttling, against a served page. */
async function lighthouse(dir: string, url: string, out: string): Promise<Lighthouse> {
  const load = loadavg()[0]!;
  await run(
    join(dir, 'node_modules', '.bin', 'lighthouse'),
    [url, `--chrome-flags=${CHROME_FLAGS}`, '--output=json', `--output-path=${out}`, '--quiet'],
    {
      cwd: dir,
      logFile: `${out}.log`,
      timeoutMs: 240_000,
      env: {
        ...process.env,
        CHROME_PATH: '/usr/bin/chromium',
        PATH: `${join(dir, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
      },
    },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  const scores: Record<string, number> = {};
  const failing: Lighthouse['failing'] = [];
  for (const category of CATEGORIES) {
    const entry = report.categories[category];
    scores[category] = Math.round((entry?.score ?? 0) * 100);
    if (!entry || scores[category] === 100) continue;
    for (const ref of entry.auditRefs) {
      const audit = report.audits[ref.id];
      // Informative and not-applicable audits carry no score; a score below 1 is a finding.
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['notApplicable', 'informative', 'manual', 'error'].includes(audit.scoreDisplayMode))
        continue;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  const metrics: Record<string, string> = {};
  for (const [id, name] of Object.entries(METRICS))
    metrics[name] = report.audits[id]?.displayValue ?? '?';
  return {
    scores,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    failing,
    metrics,
    fcpMs: report.audits['first-contentful-paint']?.numericValue ?? Number.NaN,
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    fcpRuns: [report.audits['first-contentful-paint']?.numericValue ?? Number.NaN],
    lcpRuns: [report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN],
    warnings: report.runWarnings ?? [],
    performanceRuns: [scores['performance'] ?? 0],
    loads: [load],
    clsRuns: [report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN],
    shifted: (report.audits['layout-shifts']?.details?.items ?? []).flatMap((item) =>
      item.node?.selector ? [item.node.selector] : [],
    ),
  };
}

/** The middle item by `value` (the lower of the two middle ones for an even count). */
function median<T>(items: T[], value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
const itself = (n: number) => n;

/**
 * Lighthouse `runs` times on one page, returning the median run by performance score: one run
 * swings with whatever else the CPU is doing (total blocking time above all). First and largest
 * contentful paint are each the median of the runs, since the median-score run can be any run's
 * paint. CLS is the worst run's: a shift that shows up once depends on timing, and readers get
 * that timing too.
 */
export async function lighthouseMedian(
  dir: string,
  url: string,
  out: string,
  runs: number,
): Promise<Lighthouse> {
  const results: Lighthouse[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouse(dir, url, `${out}-${i + 1}.json`));
  const performance = (r: Lighthouse) => r.scores['performance'] ?? 0;
  const middle = median(results, performance);
  const clsRuns = results.map((r) => r.cls);
  const fcpRuns = results.map((r) => r.fcpMs);
  const lcpRuns = results.map((r) => r.lcpMs);
  return {
    ...middle,
    fcpMs: median(fcpRuns, itself),
    lcpMs: median(lcpRuns, itself),
    fcpRuns,
    lcpRuns,
    cls: Math.max(...clsRuns),
    performanceRuns: results.map(performance),
    loads: results.flatMap((r) => r.loads),
    clsRuns,
    shifted: [...new Set(results.flatMap((r) => r.shifted))],
  };
}

/** Serves `dir`'s dist/ with `astro preview` while `use` runs, then stops it. */
export async function withPreview<T>(
  dir: string,
  port: number,
  use: (origin: string) => Promise<T>,
): Promise<T> {
  const origin = `http://127.0.0.1:${port}`;
  const logFile = join(dir, '.bench-preview.log');
  const out = openSync(logFile, 'a');
  // Its own process group, so stopping it stops npx and the server under it.
  const server = spawn(
    'npx',
    ['astro', 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        PATH: `${join(dir, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  closeSync(out);
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null)
        throw new Error(`astro preview exited:\n${readFileSync(logFile, 'utf8')}`);
      const up = await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`astro preview did not answer on ${origin}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return await use(origin);
  } finally {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  }
}
