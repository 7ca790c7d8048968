/**
 * English left in a page of another edition: every Latin-script word a reader meets on a Hindi
 * or Russian page (its text, `<title>`, meta description and share texts, alt texts, titles,
 * `aria-label`s, and the strings scripts show, kept in `data-*` attributes) that is not part of
 * a name. Text in another language is marked so (`lang`), as WCAG 3.1.2 asks: an untranslated
 * article's headline, a source's title, a quotation; it is left out, as are code, addresses and
 * sources lists. What remains must be the edition's language, or a name:
 * - a word with a capital inside, a digit or a dot (eFinder, S-400, Life.ru), or in capitals
 *   (TASS, PTI, RSS);
 * - two or more capitalised words together (India Today, Press Trust of India);
 * - one of {@link NAMES}.
 * A lowercase word, or a capitalised word alone ("Topics", "Copy link"), is English left behind.
 */
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { attribute, textOf } from '../html-tree';

/** Single capitalised words that are names: brands and the like, kept in Latin by the editions. */
export const NAMES = [
  'Explained',
  'Kommersant',
  'Sputnik',
  'Telegram',
  'X',
  // Citation styles and the reference managers the Cite box names (RIS is read by them).
  'Chicago',
  'Zotero',
  'Mendeley',
  // The open-data page: the data package's standard, the spreadsheet and the character set.
  'Frictionless',
  'Excel',
  'Unicode',
  // The share images' fonts' makers, named on the Republish page.
  'Adobe',
  // A browser's storage and the site's key in it, named on the About page.
  'localStorage',
  'relos-visit',
];

/**
 * English that an edition quotes on purpose: the updates log gives the English edition's former
 * labels in brackets beside their translation, so a reader can find them in the English edition
 * (docs/i18n/hi-translator-notes.md, "Quotes").
 */
export const QUOTED = [
  // Excel's menu path, quoted as an English Excel shows it (the Hindi data page: most Hindi
  // readers' Excel is in English).
  'Data › From Text/CSV',
  'Law and process',
  'Limited',
  'On land',
  'Paid separately',
  'Procedure set',
  'Taking effect and how long it lasts',
  // The English expansion the Hindi glossary gives beside its own for a Latin acronym (HADR).
  'Humanitarian assistance and disaster relief',
];

/** Attributes whose text a reader meets: as a tooltip, an alt text, a spoken name. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);

/**
 * `data-*` attributes that hold values for scripts, not words: every other one holds what a
 * script shows (a button's new label, the search results line), as text or as JSON, unless its
 * value is an identifier.
 */
const MACHINE_DATA = new Set([
  'data-base',
  'data-country',
  'data-domain',
  'data-forget-visit',
  'data-frames',
  'data-key',
  'data-kind',
  'data-locale',
  'data-state',
  'data-status',
  'data-updated',
  'data-url',
  'data-verdict',
  'data-zone',
]);

/**
 * The words in a `data-*` attribute: its text, or each text of its JSON that has a space, save
 * those of a list that names its language (`[url, day, headline, "en-GB"]`: the script marks it).
 */
function dataWords(value: string): string[] {
  // An identifier (`united-states-lemoa`) is a value, not words.
  if (/^[a-z0-9-]+$/.test(value)) return [];
  if (!/^[[{]/.test(value)) return [value];
  const texts: string[] = [];
  const walk = (item: unknown): void => {
    if (typeof item === 'string') {
      if (/\s/.test(item)) texts.push(item);
    } else if (
      Array.isArray(item) &&
      item.some((part) => /^[a-z]{2}-[A-Z]{2}$/.test(String(part)))
    ) {
      return;
    } else if (item && typeof item === 'object') Object.values(item).forEach(walk);
  };
  walk(JSON.parse(value));
  return texts;
}

/** `<meta>` whose content a reader meets: in search results and share previews. */
const READ_META =
  /^(description|og:title|og:description|og:image:alt|twitter:(title|description|image:alt))$/;

/** Elements whose text is not the edition's words: code (an embed's snippet too), scripts, styles. */
const SKIPPED = new Set(['script', 'style', 'code', 'pre', 'svg', 'textarea']);

/** One piece of text with English in it. */
export interface EnglishFound {
  /** Where: the text, or an element's attribute. */
  where: string;
  /** The English words. */
  words: string[];
  /** The text, shortened. */
  text: string;
}

/** The words of a text that are English, not names (see the module's comment). */
export function englishWords(text: string): string[] {
  // Addresses and site paths, and the places a script fills in a message ("{n}").
  let rest = ` ${text} `
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/(?<![\p{L}\p{N}])\/[\p{Script=Latin}\p{N}._/-]*\//gu, ' ')
    .replace(/\{\w+\}/g, ' ')
    // A domain after a name in another script: «Газета.Ru».
    .replace(/(?<=(?!\p{Script=Latin})\p{L})\.\p{Script=Latin}+/gu, ' ');
  for (const name of [...NAMES, ...QUOTED]) {
    rest = rest.replace(
      new RegExp(
        `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'gu',
      ),
      ' ',
    );
  }
  const found: string[] = [];
  // Runs of Latin words separated by spaces only: a name is such a run of capitalised words.
  for (const [run] of rest.matchAll(
    /\p{Script=Latin}[\p{Script=Latin}\p{N}'’.&-]*(?:[ \u00a0]+(?:\p{Script=Latin}|\p{N})[\p{Script=Latin}\p{N}'’.&-]*)*/gu,
  )) {
    const words = run.split(/[ \u00a0]+/);
    const isName = (word: string) =>
      /\p{N}/u.test(word) ||
      /^\p{Script=Latin}+\.\p{Script=Latin}/u.test(word) ||
      (/.\p{Lu}/u.test(word.replace(/['’]s$/, '')) && !/^\p{Lu}\p{Ll}+$/u.test(word));
    const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
    const connective = (word: string) => /^(of|the|and|de|for|&)$/.test(word);
    if (
      capitalised.length >= 2 &&
      words.every((word) => /^\p{Lu}/u.test(word) || connective(word) || isName(word))
    )
      continue;
    for (const word of words) if (!isName(word)) found.push(word);
  }
  return found;
}

/**
 * The English on a page of the edition whose language is `lang` (`hi`, `ru`): each text or
 * attribute in the page's language (by the nearest `lang`) that holds a word no name explains.
 */
export function englishInPage(html: string, lang: string): EnglishFound[] {
  const found: EnglishFound[] = [];
  const own = (tag: string) => tag.split('-')[0]!.toLowerCase() === lang;
  const document = parse(html);
  const marked = markedTexts(document, own);
  const check = (where: string, text: string) => {
    // A text the page marks as another language somewhere (an untranslated article's headline,
    // an entry shown in English) may come back in an attribute, where no mark can go.
    let rest = text;
    if (where !== 'text') for (const name of marked) rest = rest.split(name).join(' ');
    const words = englishWords(rest);
    if (words.length > 0) found.push({ where, words, text: text.trim().slice(0, 120) });
  };
  const visit = (node: Tree.Node, pageLang: string, inSources: boolean) => {
    if (!('tagName' in node) && node.nodeName === '#text') {
      if (own(pageLang) && !inSources) check('text', (node as Tree.TextNode).value);
      return;
    }
    if (!('childNodes' in node)) return;
    let current = pageLang;
    let sources = inSources;
    if ('tagName' in node) {
      const element = node as Tree.Element;
      if (SKIPPED.has(element.tagName)) return;
      current = attribute(element, 'lang') ?? pageLang;
      // A sources list: titles and publishers, in whatever language the source has.
      sources ||=
        /^source-/.test(attribute(element, 'id') ?? '') ||
        /\bsource-links\b/.test(attribute(element, 'class') ?? '');
      if (own(current) && !sources) {
        for (const attr of element.attrs) {
          const where = `<${element.tagName} ${attr.name}>`;
          if (READ_ATTRIBUTES.has(attr.name)) check(where, attr.value);
          else if (attr.name.startsWith('data-') && !MACHINE_DATA.has(attr.name)) {
            for (const words of dataWords(attr.value)) check(where, words);
          }
        }
        const name = attribute(element, 'name') ?? attribute(element, 'property') ?? '';
        if (element.tagName === 'meta' && READ_META.test(name)) {
          check(`<meta ${name}>`, attribute(element, 'content') ?? '');
        }
      }
    }
    for (const child of (node as Tree.ParentNode).childNodes) visit(child, current, sources);
    if ('content' in node && node.content) visit(node.content as Tree.Node, current, sources);
  };
  visit(document, '', false);
  return found;
}

/** The texts of the elements a page marks as in another language than its own, longest first. */
function markedTexts(document: Tree.Document, own: (tag: string) => boolean): string[] {
  const texts = new Set<string>();
  const visit = (node: Tree.Node, inOwn: boolean) => {
    if (!('childNodes' in node)) return;
    let here = inOwn;
    if ('tagName' in node) {
      const tag = attribute(node as Tree.Element, 'lang');
      if (tag !== undefined) here = own(tag);
      if (tag !== undefined && !here) {
        const text = textOf(node as Tree.Element)
          .replace(/\s+/g, ' ')
          .trim();
        if (text.length > 2) texts.add(text);
      }
    }
    for (const child of (node as Tree.ParentNode).childNodes) visit(child, here);
  };
  visit(document, true);
  return [...texts].sort((a, b) => b.length - a.length);
}
