/**
 * Each page keeps only the CSS rules that can match it. Astro bundles one stylesheet per route,
 * so every article carries the rules of every MDX component and every utility the site uses;
 * inlined in each page, those bytes delay its first paint. A rule is dropped only when each of
 * its selectors names a class that is in none of the page's `class` attributes and in none of
 * its inline scripts: rules for tags, attributes, states and themes stay.
 * Parsing and printing is Lightning CSS's (docs/decisions/0002-per-page-css.md).
 */
import { transform, type Selector } from 'lightningcss';
import { inlineScripts } from './page-policy.ts';

/**
 * Every word that could be a class name in `text`: runs of characters other than quotes,
 * spaces and angle brackets, as Tailwind's own class detection reads markup, so
 * `sm:text-5xl` and `aria-[current=page]:underline` count whole.
 */
export function classWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.match(/[^<>"'`\s]*[^<>"'`\s:]/g) ?? []) {
    words.add(word);
    // A word inside a script may be glued to code around it: `className='share-button'` is read
    // as `className=` and `share-button`, but `('x')` only as `('x')`, hence the pieces too.
    for (const piece of word.split(/[^\w:[\]=.%/-]+/)) if (piece) words.add(piece);
  }
  return words;
}

/** What a page's class names are tested against: it has a class or it does not. */
export interface PageClasses {
  has(name: string): boolean;
}

/** The words of each set of scripts seen so far: every page carries the same few scripts. */
const scriptWords = new Map<string, Set<string>>();

/**
 * The classes a page can use: those in its `class` attributes, and every word of its inline
 * scripts (`scripts`, read from the page unless given), which create elements too.
 */
export function pageClasses(
  html: string,
  scripts: readonly string[] = inlineScripts(html),
): PageClasses {
  const classes = new Set<string>();
  // Many elements share a class list (every citation, every list item): split each list once.
  const lists = new Set<string>();
  for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) lists.add(list!);
  for (const list of lists) for (const name of list.split(/\s+/)) if (name) classes.add(name);
  const key = scripts.join('\u0000');
  let words = scriptWords.get(key);
  if (!words) scriptWords.set(key, (words = classWords(scripts.join('\n'))));
  const inScripts = words;
  return { has: (name) => classes.has(name) || inScripts.has(name) };
}

/**
 * The classes a selector needs at its top level (not inside `:not()`, `:is()` or `:where()`,
 * where an absent class can mean more matches, not fewer).
 */
function requiredClasses(selector: Selector): string[] {
  return selector.flatMap((component) => (component.type === 'class' ? [component.name] : []));
}

/** Every `id` named anywhere in a selector, inside `:is()`, `:not()` and the like too. */
function selectorIds(value: unknown, ids: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) selectorIds(item, ids);
  else if (value && typeof value === 'object') {
    const component = value as { type?: unknown; name?: unknown };
    if (component.type === 'id' && typeof component.name === 'string') ids.add(component.name);
    else for (const item of Object.values(value)) selectorIds(item, ids);
  }
}

/** What one stylesheet's rules need, read once: pages of one route share their stylesheet. */
interface Sheet {
  /** Every class a style rule needs at top level, sorted. */
  classes: string[];
  /**
   * Names Lightning CSS's `unusedSymbols` would delete elsewhere too: it drops a rule whose
   * selectors need an unused class *or id*, and also any declaration of an unknown or custom
   * property, keyframes, `@property`, `@counter-style` and `@font-palette-values` of that name
   * (Tailwind's `.border-collapse` shares its name with the property). A class with one of
   * these names is never passed as unused, so its rules stay.
   */
  guarded: Set<string>;
  /** Its trimmed versions, by the classes of its rules that a page has. */
  versions: Map<string, string>;
}

const sheets = new Map<string, Sheet>();

function sheetOf(css: string): Sheet {
  let sheet = sheets.get(css);
  if (sheet) return sheet;
  const classes = new Set<string>();
  const guarded = new Set<string>();
  const guard = (name: string) => void guarded.add(name);
  transform({
    filename: 'page.css',
    code: new TextEncoder().encode(css),
    visitor: {
      Rule: {
        style(rule) {
          for (const selector of rule.value.selectors)
            for (const name of requiredClasses(selector)) classes.add(name);
          selectorIds(rule.value.selectors, guarded);
        },
        keyframes: (rule) => guard(rule.value.name.value),
        property: (rule) => guard(rule.value.name),
        'counter-style': (rule) => guard(rule.value.name),
        'font-palette-values': (rule) => guard(rule.value.name),
      },
      Declaration: { custom: (property) => guard(property.name) },
    },
  });
  sheet = { classes: [...classes].sort(), guarded, versions: new Map() };
  sheets.set(css, sheet);
  return sheet;
}

/**
 * `css` without the style rules no element of a page with these `classes` can match: a rule goes
 * when each of its selectors needs a class the page lacks, and a `@media` or `@supports` block
 * left empty goes with it (Lightning CSS's `unusedSymbols`, in its native minifying pass).
 */
export function pruneUnusedRules(css: string, classes: PageClasses): string {
  const sheet = sheetOf(css);
  const key = sheet.classes.filter((name) => classes.has(name)).join(' ');
  const known = sheet.versions.get(key);
  if (known !== undefined) return known;
  const unusedSymbols = sheet.classes.filter(
    (name) => !classes.has(name) && !sheet.guarded.has(name),
  );
  const result = new TextDecoder().decode(
    transform({
      filename: 'page.css',
      code: new TextEncoder().encode(css),
      minify: true,
      unusedSymbols,
    }).code,
  );
  sheet.versions.set(key, result);
  return result;
}
