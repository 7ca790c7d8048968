import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { addLocale, FOURTH_LANGUAGE, fourthLanguageTests } from './fourth-language';
import { buildCopy, builtSite, projectCopy } from './harness';
import { ageTranslations, HOSTILE, hostileTests, spec } from './hostile-and-base-path';

/**
 * One build that must succeed, read by two sets of tests: a fourth edition, in Greek, added as
 * docs/i18n/README.md says (fourth-language.ts), and an article with hostile text, the site under
 * BASE_PATH=/relos/ (hostile-and-base-path.ts). Built once, not twice: a build of the whole site
 * is the costliest thing the suite does, and neither fixture touches what the other checks.
 */
const site = builtSite(spec.env['BASE_PATH']!);

beforeAll(async () => {
  site.dir = projectCopy({ filesDir: [join(FOURTH_LANGUAGE, 'files'), join(HOSTILE, 'files')] });
  addLocale(site.dir);
  ageTranslations(site.dir);
  ({ status: site.status, output: site.output } = await buildCopy(site.dir, spec.env));
}, 240_000);

// Removing a built copy (its dist/ and caches) takes seconds, more on a busy machine.
afterAll(() => {
  if (site.dir) rmSync(site.dir, { recursive: true, force: true });
}, 120_000);

fourthLanguageTests(site);
hostileTests(site);
