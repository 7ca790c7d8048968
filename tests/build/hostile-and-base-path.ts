import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { HtmlValidate } from 'html-validate/node';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf, textOf } from '../html-tree';
import type { BuiltSite } from './harness';

/**
 * One real build of the whole site plus an article whose title and description are hostile
 * text, served under BASE_PATH=/relos/ (fixture-site.test.ts): the text must come out as text
 * everywhere, and every link must still resolve under the sub-path.
 */
export const HOSTILE = 'tests/fixtures/build-ok/hostile';
export const spec = JSON.parse(readFileSync(join(HOSTILE, 'case.json'), 'utf8')) as {
  env: Record<string, string>;
  title: string;
  description: string;
};

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** What the hostile text must never become: an element that runs or loads something. */
function expectInert(elements: Tree.Element[], where: string): void {
  for (const element of elements) {
    expect(element.tagName, where).not.toMatch(/^(img|iframe|object|embed)$/);
    expect(
      element.attrs.map((attr) => attr.name).filter((name) => name.startsWith('on')),
      `${where}: <${element.tagName}>`,
    ).toEqual([]);
    if (element.tagName === 'script' && attribute(element, 'type') !== 'application/ld+json') {
      expect(textOf(element), `${where}: a script`).not.toContain('alert(');
    }
  }
}

/**
 * Two translations made older than their English (their `translates` moved back before the
 * updates log's entries of 1 December that touch them), so the build shows them as out of date.
 * Whatever day they translate now, they are moved to 25 November.
 */
export function ageTranslations(dir: string): void {
  const age = (file: string, from: RegExp) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const aged = text.replace(from, (match) => match.replace(/\d{4}-\d{2}-\d{2}$/, '2026-11-25'));
    expect(aged, file).not.toBe(text);
    writeFileSync(path, aged);
  };
  age('content/ru/pages/about.mdx', /^translates: 2026-12-01$/m);
  age('content/hi/status.yaml', /- id: in-force\n {2}translates: \d{4}-\d{2}-\d{2}/);
}

/** The tests of the hostile text under the sub-path, on a site built with its fixture. */
export function hostileTests(site: BuiltSite): void {
  const { read } = site;

  describe('a build under BASE_PATH=/relos/ with hostile text', () => {
    it('succeeds and passes the link check under the sub-path', () => {
      expect(site.status, site.output).toBe(0);
      expect(site.output).toMatch(/every internal link and fragment on \d+ pages resolves/);
      const home = read('index.html');
      expect(home).toContain('href="/relos/articles/');
      expect(home).not.toMatch(/href="\/articles\//);
      expect(read('robots.txt')).toContain('Sitemap: https://example.org/relos/sitemap-index.xml');
    });

    it('keeps the hostile title and description as text in the page, its title and its metadata', () => {
      const html = read('articles/hostile-text/index.html');
      // The page as a browser builds it: text that looks like markup stays text or an attribute's
      // value; only the scripts the build wrote are scripts.
      const elements = elementsOf(parse(html));
      expectInert(elements, 'the article page');
      const only = (tag: string, test: (element: Tree.Element) => boolean = () => true) => {
        const found = elements.filter((element) => element.tagName === tag && test(element));
        expect(found.length, tag).toBe(1);
        return found[0]!;
      };
      expect(textOf(only('title', (element) => element.namespaceURI === HTML_NS))).toBe(spec.title);
      expect(textOf(only('h1')).trim()).toBe(spec.title);
      const meta = (key: string, value: string) =>
        attribute(
          only('meta', (element) => attribute(element, key) === value),
          'content',
        );
      expect(meta('property', 'og:title')).toBe(spec.title);
      expect(meta('name', 'description')).toBe(spec.description);
    });

    it('keeps JSON-LD intact: no text ends the script, and the headline round-trips', () => {
      const html = read('articles/hostile-text/index.html');
      const blocks = elementsOf(parse(html))
        .filter(
          (element) =>
            element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json',
        )
        .map(textOf);
      expect(blocks.length).toBe(2);
      const article = blocks
        .map((block) => JSON.parse(block) as Record<string, unknown>)
        .find((data) => data['@type'] === 'NewsArticle');
      expect(article?.['headline']).toBe(spec.title);
      expect(article?.['description']).toBe(spec.description);
    });

    it('carries the exact text in the RSS and JSON feeds, with no markup from it', () => {
      const xml = read('rss.xml');
      expect(SyntaxValidator.validate(xml), 'rss.xml is well-formed XML').toBe(true);
      const rss = new XMLParser({ processEntities: true, htmlEntities: true }).parse(xml) as {
        rss: {
          channel: { item: { title: string; description: string; 'content:encoded': string }[] };
        };
      };
      const item = rss.rss.channel.item.find((entry) => entry.title === spec.title);
      expect(item, 'the hostile article is in the feed under its exact title').toBeDefined();
      expect(item!.description).toBe(spec.description);
      expectInert(elementsOf(parseFragment(item!['content:encoded'])), 'the RSS item');
      const json = JSON.parse(read('feed.json')) as {
        items: { title: string; summary: string; content_html: string }[];
      };
      const entry = json.items.find((candidate) => candidate.title === spec.title);
      expect(entry).toBeDefined();
      expect(entry!.summary).toBe(spec.description);
      expect(entry!.content_html).toContain('&lt;script&gt;');
      expectInert(elementsOf(parseFragment(entry!.content_html)), 'the JSON Feed item');
    });

    it('sends an old address on with a page and a 301 rule, and dates the article in the sitemap', () => {
      const moved = read('articles/hostile-old-address/index.html');
      expect(moved).toContain(
        '<meta http-equiv="refresh" content="0; url=https://example.org/relos/articles/hostile-text/">',
      );
      expect(read('_redirects')).toContain(
        '/relos/articles/hostile-old-address/ /relos/articles/hostile-text/ 301',
      );
      const sitemap = read('sitemap-0.xml');
      expect(sitemap).toContain(
        '<url><loc>https://example.org/relos/articles/hostile-text/</loc><lastmod>2026-11-20T00:00:00.000Z</lastmod></url>',
      );
      // Other pages change with the build: no lastmod; a page every edition has lists the others
      // under the base path too.
      expect(sitemap).toMatch(
        /<url><loc>https:\/\/example\.org\/relos\/timeline\/<\/loc>(<xhtml:link [^>]+\/>)+<\/url>/,
      );
      expect(sitemap).toContain(
        '<xhtml:link rel="alternate" hreflang="ru-RU" href="https://example.org/relos/ru/timeline/"/>',
      );
    });

    it('says where a translation is older than its English, and which editions an update has not reached', () => {
      const about = read('ru/about/index.html');
      expect(about).toMatch(
        /<p class="translation-stale"><strong>Английская версия обновлена 1 декабря 2026 г\.<\/strong>\s*<a href="\/relos\/about\/" hreflang="en-GB">/,
      );
      const status = read('hi/status/index.html');
      const step = status.slice(status.indexOf('id="in-force"'));
      expect(step.slice(0, step.indexOf('</li>'))).toContain(
        'href="/relos/status/#in-force" hreflang="en-GB"',
      );
      expect(step.slice(0, step.indexOf('</li>'))).toContain('translation-stale');
      // Items not made older show no such note.
      expect(read('ru/status/index.html')).not.toContain('translation-stale');
      // The log says the update that changed that step has not reached the Hindi edition yet.
      const updates = read('updates/index.html');
      const entry = updates.slice(
        updates.indexOf('id="2026-12-01-no-official-or-reliable-source"'),
      );
      expect(entry.slice(0, entry.indexOf('</li>'))).toMatch(
        /\([^()]*<span lang="hi-IN">हिन्दी<\/span>\s*\)/,
      );
    });

    it('draws the share image', () => {
      const png = readFileSync(join(site.dir, 'dist/og/articles/hostile-text.png'));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });

    it('stays valid HTML', async () => {
      const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
      const report = await validator.validateString(read('articles/hostile-text/index.html'));
      // long-title counts "&quot;" as six characters; the 54-character title is within the limit.
      const messages = report.results.flatMap((r) =>
        r.messages.filter((m) => m.ruleId !== 'long-title'),
      );
      expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    });
  });
}
