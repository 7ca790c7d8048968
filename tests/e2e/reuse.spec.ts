/**
 * Issue 28, parts 3 to 5, against the built site: every cited page's `citation_*` tags, Cite box
 * and downloads (parsed by parsers other than the one that wrote them), the open data (the
 * Frictionless package validated by the Frictionless JS library, each CSV read back with its
 * schema's header), and the licence where it must be named.
 */
import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import citationJs from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseCsv } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { expect, test } from './fixtures';
import { sitemapPaths } from './pages';

const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
const EDITIONS = [
  { prefix: '', tag: 'en-GB' },
  { prefix: '/hi', tag: 'hi-IN' },
  { prefix: '/ru', tag: 'ru-RU' },
] as const;
const FIXED = ['/status/', '/timeline/', '/what-it-allows/'] as const;

/** Every page that must carry a Cite box: each article of each edition, and the fixed pages. */
async function citedPaths(request: Parameters<typeof sitemapPaths>[0]): Promise<string[]> {
  const paths = await sitemapPaths(request);
  const articles = paths.filter((path) => /^(\/(hi|ru))?\/articles\/[^/]+\/$/.test(path));
  expect(articles.length, 'articles in the sitemap').toBeGreaterThanOrEqual(9);
  return [...articles, ...EDITIONS.flatMap(({ prefix }) => FIXED.map((path) => prefix + path))];
}

/** The content of each `<meta name="…">` of a page. */
function metaOf(html: string): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const [, name, content] of html.matchAll(/<meta name="([^"]+)" content="([^"]*)"/g)) {
    meta.set(name!, [...(meta.get(name!) ?? []), content!]);
  }
  return meta;
}

test('every article of every edition, and the status, timeline and explainer pages, carry the citation tags', async ({
  request,
}) => {
  for (const path of await citedPaths(request)) {
    const html = await (await request.get(path)).text();
    const meta = metaOf(html);
    const tag = EDITIONS.find(({ prefix }) => prefix && path.startsWith(`${prefix}/`))?.tag;
    for (const name of [
      'citation_title',
      'citation_author',
      'citation_publication_date',
      'citation_online_date',
      'citation_public_url',
      'citation_language',
      'citation_facts_checked',
    ]) {
      expect(meta.get(name), `${path}: ${name}`).toHaveLength(1);
    }
    expect(meta.get('citation_language')![0], path).toBe(tag ?? 'en-GB');
    expect(new URL(meta.get('citation_public_url')![0]!).pathname, path).toBe(path);
    expect(meta.get('citation_publication_date')![0], path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta.get('citation_facts_checked')![0], path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The desk, as the page's byline names it, never a person.
    expect(meta.get('citation_author')![0], path).toMatch(/RELOS Explained/);
    // The title is the page's own, in its language.
    expect(html, path).toContain(
      `<meta property="og:title" content="${meta.get('citation_title')![0]}"`,
    );
    // The Cite box links the three downloads at the page's own address.
    for (const format of ['bib', 'ris', 'json']) {
      expect(html, path).toContain(`href="${path}citation.${format}"`);
    }
  }
});

test('the BibTeX, RIS and CSL-JSON downloads parse, name the page, its language and the day facts were checked', async ({
  request,
}) => {
  const { Cite } = citationJs;
  for (const path of await citedPaths(request)) {
    const meta = metaOf(await (await request.get(path)).text());
    const [url] = meta.get('citation_public_url')!;
    const [title] = meta.get('citation_title')!;
    const [language] = meta.get('citation_language')!;
    const checked = meta.get('citation_facts_checked')![0]!;

    const bib = await request.get(`${path}citation.bib`);
    expect(bib.status(), `${path}citation.bib`).toBe(200);
    const library = parseBibtex(await bib.text(), { sentenceCase: false });
    expect(library.errors, `${path}citation.bib`).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const entry = library.entries[0]!;
    expect(entry.type).toBe('online');
    expect(entry.fields['url']).toBe(url);
    expect(entry.fields['title']).toBe(title);
    expect(entry.fields['language']).toBe(language);
    expect(entry.fields['note']).toContain(checked);

    const risText = await (await request.get(`${path}citation.ris`)).text();
    const [ris] = parseRis(risText);
    expect(ris, `${path}citation.ris`).toBeDefined();
    expect(ris!.URL).toBe(url);
    expect(ris!.title).toBe(title);
    expect(ris!.language).toBe(language);
    expect(risText).toMatch(new RegExp(`^N1  - .*${checked}`, 'm'));

    const csl = (await (await request.get(`${path}citation.json`)).json()) as Record<
      string,
      unknown
    >[];
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({ type: 'webpage', URL: url, title, language });
    expect(String(csl[0]!['note'])).toContain(checked);
    // CSL-JSON that Citation.js reads back as the same item.
    expect(new Cite(csl).data[0]).toMatchObject({ URL: url, title });
  }
});

test('the three styles render from a page’s CSL-JSON, in each edition’s language', async ({
  request,
}) => {
  // citeproc-js reads each style anew for each language: Chicago's 240 KB take seconds.
  test.setTimeout(120_000);
  const { Cite, plugins } = citationJs;
  const csl = plugins.config.get('@csl') as {
    styles: { add: (name: string, xml: string) => void };
    locales: { add: (name: string, xml: string) => void };
  };
  csl.styles.add('mla', readFileSync('src/data/csl/modern-language-association.csl', 'utf8'));
  csl.styles.add('chicago', readFileSync('src/data/csl/chicago-notes-bibliography.csl', 'utf8'));
  for (const { prefix, tag } of EDITIONS) {
    csl.locales.add(tag, readFileSync(`src/data/csl/locales-${tag}.xml`, 'utf8'));
    const path = `${prefix}/status/`;
    const item = await (await request.get(`${path}citation.json`)).json();
    // All three in English; APA and MLA in Hindi and Russian (Chicago's engine is the slow one).
    const styles = tag === 'en-GB' ? ['apa', 'mla', 'chicago'] : ['apa', 'mla'];
    const rendered = Object.fromEntries(
      styles.map((template) => [
        template,
        new Cite(item).format('bibliography', { format: 'text', template, lang: tag }).trim(),
      ]),
    );
    // Three different styles, each naming the page; and the page shows the same three.
    expect(new Set(Object.values(rendered)).size, path).toBe(styles.length);
    const page = await (await request.get(path)).text();
    for (const [style, text] of Object.entries(rendered)) {
      expect(text, `${path} ${style}`).toContain(item[0].URL);
      expect(text, `${path} ${style}`).toContain('RELOS Explained');
      const shown = new RegExp(`<p class="cite-text" id="cite-${style}"[^>]*>([\\s\\S]*?)</p>`)
        .exec(page)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .replace(/&#38;/g, '&');
      expect(shown, `${path}: the ${style} citation in the Cite box`).toBe(text);
    }
    // Dates as each edition writes them (src/data/csl/README.md): "6 декабря 2026 г.", "6 दिसंबर 2026".
    if (tag === 'ru-RU') {
      expect(rendered['mla']).toMatch(
        /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\./,
      );
    }
    if (tag === 'hi-IN') expect(rendered['mla']).toMatch(/\d{1,2} [\u0900-\u097f]+ \d{4},/);
  }
});

test('the Cite box reads without scripts, opens, and copies a citation', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/articles/russia-ratifies-relos/');
  const box = page.locator('details.cite-box');
  await box.locator('summary').click();
  const apa = box.locator('#cite-apa');
  await expect(apa).toBeVisible();
  await expect(apa).toContainText('RELOS Explained staff');
  await box.getByRole('button', { name: 'Copy the MLA citation' }).click();
  await expect(box.getByRole('status')).toHaveText('Citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    ((await box.locator('#cite-mla').textContent()) ?? '').replace(/\s+/g, ' ').trim(),
  );
  expect(copied).toContain('Russia’s Parliament');

  // Without scripts, the citations are all there; only the buttons are missing.
  const bare = await context.browser()!.newContext({ javaScriptEnabled: false });
  const plain = await bare.newPage();
  await plain.goto(`${baseURL}/hi/status/`);
  await plain.locator('details.cite-box summary').click();
  await expect(plain.locator('#cite-chicago')).toContainText('RELOS Explained');
  await expect(plain.locator('details.cite-box button')).toHaveCount(0);
  await bare.close();
});

test('each edition’s data package validates with the Frictionless tools, and each CSV has its schema’s header', async ({
  request,
}) => {
  const counts = new Map<string, number>();
  for (const { prefix } of EDITIONS) {
    const dir = `dist${prefix}/data`;
    const descriptor = JSON.parse(readFileSync(`${dir}/datapackage.json`, 'utf8'));
    expect(descriptor.licenses).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0', path: LICENCE }),
    ]);
    expect(descriptor.factsChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(descriptor.sources.length).toBeGreaterThan(10);
    const pkg = await Package.load(descriptor, { basePath: dir });
    expect(pkg.errors.map(String), `${dir}/datapackage.json`).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resourceNames).toContain('timeline');
    for (const resource of pkg.resources) {
      const file = `${resource.name}.csv`;
      // Read with the schema: every value cast to its type, every foreign key resolved.
      const rows = await resource
        .read({ relations: true })
        .catch((error: { errors?: unknown[] }) => {
          throw new Error(
            `${dir}/${file}: ${String(error)} ${(error.errors ?? []).map(String).join('; ')}`,
          );
        });
      const csv = parseCsv(readFileSync(`${dir}/${file}`), {
        bom: false,
        relax_column_count: false,
      });
      expect(csv[0], `${dir}/${file}: its header`).toEqual(resource.schema.fieldNames);
      expect(csv.length - 1, `${dir}/${file}: rows`).toBe(rows.length);
      const json = await (await request.get(`${prefix}/data/${resource.name}.json`)).json();
      expect(json.length, `${prefix}/data/${resource.name}.json: the same rows`).toBe(rows.length);
      expect(Object.keys(json[0] ?? {}), `${resource.name}.json: the same fields`).toEqual(
        resource.schema.fieldNames,
      );
      // The same facts in every edition: as many rows, with the same ids.
      const key = resource.name;
      if (counts.has(key)) expect(rows.length, `${dir}/${file}`).toBe(counts.get(key));
      counts.set(key, rows.length);
    }
  }
  // Translated text: the Hindi timeline is in Devanagari, the Russian in Cyrillic.
  expect(readFileSync('dist/hi/data/timeline.csv', 'utf8')).toMatch(/[\u0900-\u097f]/);
  expect(readFileSync('dist/ru/data/timeline.csv', 'utf8')).toMatch(/[\u0400-\u04ff]/);
});

test('the licence is named in every page’s footer, the feeds and the JSON-LD', async ({
  request,
}) => {
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    expect(html, `${path}: footer`).toMatch(
      new RegExp(`<footer[\\s\\S]*<a href="${LICENCE}" rel="license"[^>]*>CC BY 4.0</a>`),
    );
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map(([, body]) => JSON.parse(body!) as { '@type': string; license?: string })
      .filter((data) => data['@type'] !== 'BreadcrumbList');
    expect(jsonLd.length, `${path}: JSON-LD`).toBeGreaterThan(0);
    for (const data of jsonLd) expect(data.license, `${path}: ${data['@type']}`).toBe(LICENCE);
  }
  for (const { prefix } of EDITIONS) {
    for (const feed of ['rss.xml', 'updates.xml']) {
      const xml = await (await request.get(`${prefix}/${feed}`)).text();
      expect(xml).toContain(`<creativeCommons:license>${LICENCE}</creativeCommons:license>`);
      expect(xml).toMatch(/<copyright>[^<]*CC BY 4\.0[^<]*<\/copyright>/);
    }
    for (const feed of ['feed.json', 'updates.json']) {
      const json = await (await request.get(`${prefix}/${feed}`)).json();
      expect(json._relos.license).toBe(LICENCE);
      expect(new URL(json._relos.about).pathname).toBe(`${prefix}/republish/`);
    }
  }
});
