import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishInPage } from '../e2e/interface-language';
import type { BuiltSite } from './harness';

/**
 * A fourth edition is a locale entry, a dictionary and content (docs/i18n/README.md, "Adding a
 * language"). These tests read one, in Greek (another language, another script), built in a
 * throwaway copy of the project, never in the site (fixture-site.test.ts): the fixture brings
 * the dictionary (src/i18n/ui/el.ts), one translated article and two English ones, and
 * `addLocale` writes the locale entry into src/i18n/locales.ts, which is all a new language
 * asks. Everything the edition has not translated (the other articles, the fixed pages, every
 * data collection) falls back to English, marked with its language and a note in Greek. The
 * English-only fixture article is also how the Hindi and Russian editions' "in English" mark is
 * tested now that every real article is translated (or will be).
 */
export const FOURTH_LANGUAGE = 'tests/fixtures/build-ok/fourth-language';
const ENTRY = `el: { tag: 'el-GR', ogLocale: 'el_GR', name: 'Ελληνικά', short: 'ΕΛ', dictionary: el, opened: '2026-12-06' },`;

/** The locale entry and its dictionary's import, as a person adding a language writes them. */
export function addLocale(dir: string): void {
  const file = join(dir, 'src/i18n/locales.ts');
  const text = readFileSync(file, 'utf8');
  const added = text
    .replace(/(import \{ ru \} from '\.\/ui\/ru';\n)/, `$1import { el } from './ui/el';\n`)
    .replace(/(\n\} as const satisfies Record<string, Locale>;)/, `\n  ${ENTRY}$1`);
  expect(added.split(ENTRY).length, 'the locale entry went in').toBe(2);
  expect(added).toContain("import { el } from './ui/el';");
  writeFileSync(file, added);
}

/** Every page under a folder of a built site, as paths. */
function pagesUnder(site: BuiltSite, folder: string): string[] {
  return readdirSync(join(site.dir, 'dist', folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${folder}/${file}`);
}

/** A page's hreflang alternates, as `tag → path`. */
function alternates(html: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<link rel="alternate"[^>]*hreflang="[^"]+"[^>]*>/g)) {
    links[/hreflang="([^"]+)"/.exec(tag)![1]!] = new URL(/href="([^"]+)"/.exec(tag)![1]!).pathname;
  }
  return links;
}

/** The tests of the Greek edition, on a site built with its fixture and `addLocale`. */
export function fourthLanguageTests(site: BuiltSite): void {
  const { read, exists } = site;
  // Addresses in the pages, under the site's base path.
  const at = (path: string) => `${site.base}${path}`;
  // The stale note's link below is written out under it.
  expect(site.base).toBe('/relos/');

  describe('a fourth edition, in Greek, from a locale entry, a dictionary and content', () => {
    it('builds, every link of it resolving', () => {
      expect(site.status, site.output).toBe(0);
      expect(site.output).toMatch(/every internal link and fragment on \d+ pages resolves/);
    });

    it('has every fixed page, topic and feed under /el/, in Greek', () => {
      for (const path of [
        '',
        'status/',
        'timeline/',
        'what-it-allows/',
        'glossary/',
        'updates/',
        'about/',
        'subscribe/',
        'search/',
        'tags/',
        'tags/ratification/',
      ]) {
        const html = read(`el/${path}index.html`);
        expect(html, `/el/${path}`).toContain('<html lang="el-GR"');
        const title = /<title>([^<]+)<\/title>/.exec(html)![1]!;
        const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!;
        expect(`${title} ${h1}`, `/el/${path}`).toMatch(/\p{Script=Greek}/u);
      }
      expect(read('el/rss.xml')).toContain('<language>el-GR</language>');
      expect(read('el/rss.xsl')).toContain('Ροή RSS');
      // Its switcher has a column more, so its links stay on one row (LanguageSwitcher.astro).
      expect(read('el/index.html')).toMatch(/<div class="max-w-page [^"]* editions-4"/);
      expect(read('el/index.html')).toContain('.editions-4{--language-switcher-columns:4;');
    });

    it('gives its translated article a page with the English facts and reciprocal alternates', () => {
      const html = read('el/articles/fixture-in-greek/index.html');
      expect(html).toContain('Ένα δοκιμαστικό άρθρο με ελληνική μετάφραση');
      expect(html).toContain('Μετάφραση της αγγλικής έκδοσης της 22 Νοεμβρίου 2026.');
      // Its English was checked again after the day it translates: the page says so first.
      expect(html).toMatch(
        /<p class="translation-stale"><strong>Η αγγλική έκδοση ενημερώθηκε στις 30 Νοεμβρίου 2026\.<\/strong>\s*<a href="\/relos\/articles\/fixture-in-greek\/" hreflang="en-GB">/,
      );
      expect(alternates(html)).toEqual({
        'en-GB': at('articles/fixture-in-greek/'),
        'el-GR': at('el/articles/fixture-in-greek/'),
        'x-default': at('articles/fixture-in-greek/'),
      });
      expect(alternates(read('articles/fixture-in-greek/index.html'))).toEqual(alternates(html));
      expect(read('el/rss.xml')).toContain(
        `<link>https://example.org${at('el/articles/fixture-in-greek/')}</link>`,
      );
    });

    it('lists an article it has not translated in English, saying so in Greek, as Hindi and Russian do', () => {
      for (const [lang, words] of [
        ['el', 'στα αγγλικά'],
        ['hi', 'अंग्रेज़ी में'],
        ['ru', 'на английском'],
      ] as const) {
        expect(exists(`${lang}/articles/fixture-only-in-english/index.html`), lang).toBe(false);
        for (const page of [
          'index.html',
          'tags/ratification/index.html',
          'search/index.html',
          '404.html',
        ]) {
          const html = read(`${lang}/${page}`);
          const link = html.indexOf(`href="${at('articles/fixture-only-in-english/')}"`);
          expect(link, `${lang}/${page}`).toBeGreaterThan(0);
          // The mark is beside the link: in the teaser's kicker above it, or after it.
          const around = html.slice(link - 700, link + 700);
          expect(around, `${lang}/${page}`).toContain('hreflang="en-GB"');
          expect(around, `${lang}/${page}`).toContain(words);
        }
        // In its feeds, in English and said to be.
        const rss = read(`${lang}/rss.xml`);
        const item = rss.slice(rss.indexOf('<title>A test article that no edition has translated'));
        expect(item.slice(0, item.indexOf('</item>')), lang).toContain(
          '<dc:language>en-GB</dc:language>',
        );
      }
      // The English page has no alternates, and its switcher sends each edition's reader to its
      // front page, where a note says the page is not translated.
      const english = read('articles/fixture-only-in-english/index.html');
      expect(alternates(english)).toEqual({});
      for (const lang of ['el', 'hi', 'ru'])
        expect(english).toContain(`href="${at(`${lang}/#untranslated`)}"`);
      expect(read('el/index.html')).toMatch(
        /id="untranslated"[^>]*>Εκείνη η σελίδα δεν έχει μεταφραστεί ακόμη στα ελληνικά/,
      );
    });

    it('shows in English, marked and with a note in Greek, the pages and entries it has not translated', () => {
      const about = read('el/about/index.html');
      expect(about).toContain('<p class="edition-note">Αυτή η σελίδα δεν έχει μεταφραστεί ακόμη');
      expect(about).toMatch(/<h1 [^>]*lang="en-GB"[^>]*>/);
      expect(about).toMatch(/class="prose[^"]*"[^>]*lang="en-GB"/);
      const page = read('el/status/index.html');
      expect(page).toContain(
        '<p class="edition-note">Μέρη αυτής της σελίδας δεν έχουν μεταφραστεί',
      );
      expect(page).toMatch(/class="status-title" lang="en-GB"/);
      // The Hindi and Russian editions translate every page and collection: no such note.
      for (const lang of ['hi', 'ru']) {
        for (const path of pagesUnder(site, lang))
          expect(read(path), path).not.toContain('class="edition-note"');
      }
    });

    // Three editions' pages parsed and read word by word: about 1.5 s alone, several times that
    // beside the other build tests and the browser tests.
    it(
      'leaves no English unmarked on any page of the Greek, Hindi or Russian edition',
      { timeout: 60_000 },
      () => {
        for (const lang of ['el', 'hi', 'ru']) {
          for (const path of pagesUnder(site, lang)) {
            expect(englishInPage(read(path), lang), path).toEqual([]);
          }
        }
      },
    );

    it('draws its share images in Greek', () => {
      for (const image of [
        'og/el/home.png',
        'og/el/status.png',
        'og/el/articles/fixture-in-greek.png',
      ]) {
        const png = readFileSync(join(site.dir, 'dist', image));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
      }
    });
  });
}
