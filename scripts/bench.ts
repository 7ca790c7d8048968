/**
 * `npm run bench`: the performance budgets of issue 8, measured.
 *
 * 1. Builds: the real content, then 200 and 1,000 synthetic articles (scripts/bench-content.ts),
 *    each in its own temporary copy of the project: cold, rebuilt with the build cache, rebuilt
 *    with only the share images cached (every page rendered), and after editing one article;
 *    wall time and peak RSS come from /usr/bin/time.
 * 2. Readers: page weight of each page type in the real-content build (scripts/bench-weight.ts,
 *    shared with tests/e2e/budgets.spec.ts) and Lighthouse scores against `astro preview`.
 * 3. Prints the tables, writes BENCHMARKS.md, and exits non-zero when a budget fails.
 *
 * 4. With --starter <dir> (a checkout of withastro/astro's examples/blog), the site against the
 *    official blog starter with the same synthetic articles (scripts/bench/builds.ts).
 *
 * Flags: --quick (real and 200 only, no Lighthouse; prints, does not write BENCHMARKS.md),
 * --lighthouse-runs=N (default 5), --keep (leave the temporary copies and logs for inspection),
 * --starter <dir>.
 * Nothing is built in the project's own dist/ or node_modules/.astro. The parts are in
 * scripts/bench/: options.ts (flags and budgets), processes.ts, builds.ts, readers.ts (page
 * weight and Lighthouse), verdicts.ts and report.ts (BENCHMARKS.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { PageWeight } from './bench-weight.ts';
import {
  buildVariant,
  coldBuildOf,
  compareWithStarter,
  snapshot,
  type StarterComparison,
  type Variant,
} from './bench/builds.ts';
import {
  BEFORE_BUILD_COST_COMMIT,
  ENGLISH_ONLY_COMMIT,
  KEEP,
  LIGHTHOUSE_RUNS,
  log,
  QUICK,
  ROOT,
  STARTER,
} from './bench/options.ts';
import { freePort } from './bench/processes.ts';
import {
  lighthouseMedian,
  measureReaders,
  settle,
  withPreview,
  type ReaderRow,
} from './bench/readers.ts';
import { report } from './bench/report.ts';
import { buildVerdicts, readerVerdicts } from './bench/verdicts.ts';

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'relos-bench-'));
  // One port for the whole run: the builds' SITE_URL matches where Lighthouse finds them, so
  // canonical and share URLs point at the origin being tested, as on a real deploy.
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  log(`working in ${work}`);
  try {
    snapshot(join(work, 'source'));
    let readers: { rows: ReaderRow[]; articles: PageWeight[] } | undefined;
    const variants: Variant[] = [];
    variants.push(
      await buildVariant(work, 0, siteUrl, async (dir) => {
        log('real content: measuring page weights');
        readers = await measureReaders(join(dir, 'dist'), new URL(`${siteUrl}/`));
        if (QUICK) return;
        const measured = readers;
        await withPreview(dir, port, async (origin) => {
          for (const row of measured.rows) {
            if (!row.weight) continue;
            const load = await settle();
            log(
              `Lighthouse ${row.path} (${LIGHTHOUSE_RUNS} runs; load ${load.toFixed(1)}, now ${loadavg()[0]!.toFixed(1)})`,
            );
            row.lighthouse = await lighthouseMedian(
              dir,
              `${origin}${row.path}`,
              join(dir, `.bench-lighthouse-${row.type.replace(/\W+/g, '-')}`),
              LIGHTHOUSE_RUNS,
            );
          }
        });
      }),
    );
    for (const n of QUICK ? [200] : [200, 1000])
      variants.push(await buildVariant(work, n, siteUrl));
    // What the Hindi and Russian editions cost: the real site against the English-only one.
    const englishOnly = await coldBuildOf(work, ENGLISH_ONLY_COMMIT, siteUrl);
    // The real site before issue 26's build-cost work, built alternately with this commit's.
    const before = await coldBuildOf(
      work,
      BEFORE_BUILD_COST_COMMIT,
      siteUrl,
      variants.find((v) => v.synthetic === 0)!.dir,
    );
    // The official Astro blog starter with the same synthetic articles (issue 26), if given.
    let starter: StarterComparison | undefined;
    if (STARTER) {
      const dirs = new Map(variants.filter((v) => v.synthetic).map((v) => [v.synthetic, v.dir]));
      starter = await compareWithStarter(work, STARTER, dirs, siteUrl);
    }
    if (!readers) throw new Error('the reader measurements did not run');

    const verdicts = [
      ...buildVerdicts(variants, before),
      ...readerVerdicts(readers.rows, readers.articles),
    ];
    const markdown = report(
      variants,
      readers.rows,
      readers.articles,
      verdicts,
      englishOnly,
      before,
      starter,
    );
    const file = join(ROOT, 'BENCHMARKS.md');
    const formatted = await format(markdown, { ...(await resolveConfig(file)), filepath: file });
    process.stdout.write(`\n${formatted}\n`);
    if (QUICK) log('--quick: BENCHMARKS.md left as it was');
    else writeFileSync(file, formatted);
    const failed = verdicts.filter((v) => v.pass === false);
    if (failed.length) {
      log(
        `${failed.length} budget(s) FAIL:\n${failed.map((v) => `  FAIL ${v.budget}: ${v.measured}`).join('\n')}`,
      );
      process.exitCode = 1;
    } else log('every budget passes');
    if (!KEEP) rmSync(work, { recursive: true, force: true });
  } catch (error) {
    // The copies hold the build logs: keep them to see what went wrong.
    log(`failed; the copies and their logs (.bench-*.log) are in ${work}`);
    throw error;
  }
  if (KEEP) log(`kept ${work}`);
}

await main();
