/** The budgets, checked: one verdict per budget, over every variant or page it covers. */
import { availableParallelism } from 'node:os';
import { isEditionArticlePath, READER_BUDGETS, type PageWeight } from '../bench-weight.ts';
import type { Baseline, Variant } from './builds.ts';
import { BUILD_BUDGETS, PAINT_BUDGET_MS } from './options.ts';
import { CATEGORIES, type ReaderRow } from './readers.ts';
import { kb, seconds } from './report.ts';

export interface Verdict {
  budget: string;
  measured: string;
  /** Absent for a figure reported for information, with no budget. */
  pass?: boolean;
}

export function buildVerdicts(variants: Variant[], before?: Baseline): Verdict[] {
  const verdicts: Verdict[] = [];
  const byN = new Map(variants.map((v) => [v.synthetic, v]));
  const small = byN.get(200);
  const large = byN.get(1000);
  // Quick runs have no 1,000 build: the marginal cost is then taken from real → 200, as a hint.
  const [from, to] = large && small ? [small, large] : [byN.get(0), small];
  if (from && to) {
    const extra = to.articles - from.articles;
    const span = `(t(${to.synthetic || 'real'}) − t(${from.synthetic || 'real'})) / ${extra}`;
    /** Milliseconds one more article adds to a figure of the builds. */
    const perArticle = (figure: (v: Variant) => number) =>
      ((figure(to) - figure(from)) / extra) * 1000;
    const cold = perArticle((v) => v.cold.seconds);
    const coldCpu = perArticle((v) => v.cold.cpuSeconds);
    const cached = perArticle((v) => v.cached.seconds);
    const rendered = perArticle((v) => v.rendered.seconds);
    verdicts.push({
      budget: `marginal cost per article, cold ≤ ${BUILD_BUDGETS.marginalColdMs} ms`,
      measured: `${cold.toFixed(1)} ms: ${span}; CPU ${coldCpu.toFixed(1)} ms an article, on ${availableParallelism()} cores`,
      pass: cold <= BUILD_BUDGETS.marginalColdMs,
    });
    verdicts.push({
      budget: `marginal cost per article, share images cached ≤ ${BUILD_BUDGETS.marginalCachedMs} ms`,
      measured: `${cached.toFixed(1)} ms: ${span}`,
      pass: cached <= BUILD_BUDGETS.marginalCachedMs,
    });
    verdicts.push({
      budget:
        'for information: marginal cost per article, every page rendered, share images cached',
      measured: `${rendered.toFixed(1)} ms: ${span}`,
    });
  }
  if (large && small) {
    const growth = large.cold.seconds / small.cold.seconds;
    verdicts.push({
      budget: `1,000 build ≤ ${BUILD_BUDGETS.growth} × 200 build (cold)`,
      measured: `${growth.toFixed(2)} × (${large.cold.seconds.toFixed(1)} s / ${small.cold.seconds.toFixed(1)} s)`,
      pass: growth <= BUILD_BUDGETS.growth,
    });
  }
  if (large) {
    const peak = Math.max(
      large.cold.peakRssMb,
      large.cached.peakRssMb,
      large.rendered.peakRssMb,
      large.edit.peakRssMb,
    );
    verdicts.push({
      budget: `peak memory with 1,000 synthetic articles ≤ ${BUILD_BUDGETS.peakRssMb1000} MB (any build)`,
      measured: `${peak.toFixed(0)} MB`,
      pass: peak <= BUILD_BUDGETS.peakRssMb1000,
    });
  }
  if (before?.beside) {
    const [now, then] = [before.beside.seconds, before.cold.seconds];
    verdicts.push({
      budget: `real content: cold build no slower than before issue 26's build-cost work (\`${before.commit.slice(0, 7)}\`)`,
      measured: `${now.toFixed(1)} s against ${then.toFixed(1)} s (the fastest of each, built alternately)`,
      pass: now <= then,
    });
  }
  for (const v of variants) {
    verdicts.push({
      budget: `${v.label}: editing one article redraws ≤ ${BUILD_BUDGETS.redrawnAfterEdit} share image (not all ${v.cold.drawn})`,
      measured: `${v.edit.drawn} redrawn`,
      pass: v.edit.drawn <= BUILD_BUDGETS.redrawnAfterEdit,
    });
  }
  return verdicts;
}

/**
 * One verdict per budget, over every page it covers: the worst page is shown, and every page
 * over the limit is named.
 */
function worst<T>(
  budget: string,
  items: T[],
  value: (item: T) => number,
  name: (item: T) => string,
  show: (v: number) => string,
  ok: (v: number) => boolean,
  higherIsWorse = true,
): Verdict {
  const sorted = [...items].sort((a, b) =>
    higherIsWorse ? value(b) - value(a) : value(a) - value(b),
  );
  const over = sorted.filter((item) => !ok(value(item)));
  const top = sorted[0];
  const measured =
    top === undefined
      ? 'no pages'
      : `${higherIsWorse ? 'max' : 'min'} ${show(value(top))} (\`${name(top)}\`)`;
  return {
    budget,
    measured: over.length
      ? `${measured}; over: ${over.map((i) => `\`${name(i)}\` ${show(value(i))}`).join(', ')}`
      : measured,
    pass: over.length === 0,
  };
}

export function readerVerdicts(rows: ReaderRow[], articles: PageWeight[]): Verdict[] {
  const others = rows.flatMap((r) => (r.weight && !r.type.startsWith('article') ? [r.weight] : []));
  const pages = [...others, ...articles];
  const path = (w: PageWeight) => w.path;
  const kbText = (bytes: number) => `${kb(bytes)} KB`;
  const english = articles.filter((w) => !isEditionArticlePath(w.path));
  const translated = articles.filter((w) => isEditionArticlePath(w.path));
  const verdicts = [
    worst(
      `every English article (${english.length}): first render ≤ ${kb(READER_BUDGETS.articleGzip)} KB gzip`,
      english,
      (w) => w.total.gzip,
      path,
      kbText,
      (v) => v <= READER_BUDGETS.articleGzip,
    ),
    worst(
      `every Hindi and Russian article (${translated.length}): first render ≤ ${kb(READER_BUDGETS.editionArticleGzip)} KB gzip`,
      translated,
      (w) => w.total.gzip,
      path,
      kbText,
      (v) => v <= READER_BUDGETS.editionArticleGzip,
    ),
    worst(
      `every other page type: first render ≤ ${kb(READER_BUDGETS.pageGzip)} KB gzip`,
      others,
      (w) => w.total.gzip,
      path,
      kbText,
      (v) => v <= READER_BUDGETS.pageGzip,
    ),
    worst(
      `every page: ≤ ${READER_BUDGETS.requestsBeforeReadable} requests before readable`,
      pages,
      (w) => w.requestsBeforeReadable,
      path,
      String,
      (v) => v <= READER_BUDGETS.requestsBeforeReadable,
    ),
    worst(
      `every page: all JS ≤ ${kb(READER_BUDGETS.jsGzip)} KB gzip`,
      pages,
      (w) => w.js.gzip,
      path,
      kbText,
      (v) => v <= READER_BUDGETS.jsGzip,
    ),
    worst(
      'every page: no render-blocking script',
      pages,
      (w) => w.blockingScripts.length,
      path,
      String,
      (v) => v <= READER_BUDGETS.blockingScripts,
    ),
    worst(
      'every page: every referenced CSS, font and JS file exists',
      pages,
      (w) => w.missing.length,
      path,
      String,
      (v) => v === 0,
    ),
  ];
  const audited = rows.filter((r) => r.lighthouse);
  if (audited.length) {
    for (const category of CATEGORIES) {
      verdicts.push(
        worst(
          `every page type: Lighthouse ${category} = 100`,
          audited,
          (r) => r.lighthouse?.scores[category] ?? 0,
          (r) => r.path,
          String,
          (v) => v === 100,
          false,
        ),
      );
    }
    verdicts.push(
      worst(
        `every page type: first and largest contentful paint ≤ ${PAINT_BUDGET_MS / 1000} s (Lighthouse mobile)`,
        audited,
        (r) => Math.max(r.lighthouse?.fcpMs ?? Number.NaN, r.lighthouse?.lcpMs ?? Number.NaN),
        (r) => r.path,
        seconds,
        (v) => v <= PAINT_BUDGET_MS,
      ),
      worst(
        'every page type: CLS = 0',
        audited,
        (r) => r.lighthouse?.cls ?? Number.NaN,
        (r) => r.path,
        (v) => v.toFixed(3),
        (v) => v === 0,
      ),
    );
  }
  return verdicts;
}
