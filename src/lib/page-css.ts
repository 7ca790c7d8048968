/**
 * Each page keeps only the CSS rules that can match it. Astro bundles one stylesheet per route,
 * so every article carries the rules of every MDX component and every utility the site uses;
 * inlined in each page, those bytes delay its first paint. A rule is dropped only when each of
 * its selectors names a class that is in none of the page's `class` attributes and in none of
 * its scripts nor the site's script files: rules for tags, attributes, states and themes stay.
 * Parsing and printing is Lightning CSS's (docs/decisions/0002-per-page-css.md).
 */
import {
  transform,
  type CustomAtRules,
  type Rule as CssRule,
  type Selector,
  type Visitor,
} from 'lightningcss';
import { inlineScripts } from './security';

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

/** The words of each script seen so far: every page carries the same few scripts. */
const scriptWords = new Map<string, Set<string>>();

/**
 * The classes a page can use: those in its `class` attributes, and every word of its inline
 * scripts, which create elements too.
 */
export function pageClasses(html: string): Set<string> {
  const classes = new Set<string>();
  for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of list!.split(/\s+/)) if (name) classes.add(name);
  }
  for (const code of inlineScripts(html)) {
    let words = scriptWords.get(code);
    if (!words) scriptWords.set(code, (words = classWords(code)));
    for (const word of words) classes.add(word);
  }
  return classes;
}

/**
 * The classes a selector needs at its top level (not inside `:not()`, `:is()` or `:where()`,
 * where an absent class can mean more matches, not fewer).
 */
function requiredClasses(selector: Selector): string[] {
  return selector.flatMap((component) => (component.type === 'class' ? [component.name] : []));
}

/** Lightning CSS's minifying pass over `css` with `visitor`. */
function rewrite(css: string, visitor: Visitor<CustomAtRules>): string {
  const options = { filename: 'page.css', code: new TextEncoder().encode(css), minify: true };
  return new TextDecoder().decode(transform({ ...options, visitor }).code);
}

/** Whether a style rule can match a page with these classes: one of its selectors can. */
function canMatch(selectors: readonly Selector[], classes: ReadonlySet<string>): boolean {
  return selectors.some((selector) => requiredClasses(selector).every((name) => classes.has(name)));
}

/**
 * Every class the rules of `css` need, once per stylesheet: pages of one route share theirs, so
 * what a page keeps is decided by which of these it has, and pages that have the same ones get
 * the same CSS without parsing it again.
 */
const neededClasses = new Map<string, string[]>();
/** Each stylesheet's trimmed versions, by the classes of its rules that a page has. */
const pruned = new Map<string, Map<string, string>>();

function classesNeeded(css: string): string[] {
  let needed = neededClasses.get(css);
  if (!needed) {
    const names = new Set<string>();
    rewrite(css, {
      Rule: {
        style(rule) {
          for (const selector of rule.value.selectors)
            for (const name of requiredClasses(selector)) names.add(name);
        },
      },
    });
    needed = [...names].sort();
    neededClasses.set(css, needed);
  }
  return needed;
}

/** Whether any style rule in these rules (and the blocks inside them) can match. */
function anyCanMatch(rules: readonly CssRule[], classes: ReadonlySet<string>): boolean {
  return rules.some((rule) => {
    if (rule.type === 'style') return canMatch(rule.value.selectors, classes);
    if (rule.type === 'media' || rule.type === 'supports')
      return anyCanMatch(rule.value.rules, classes);
    // Any other rule (a layer, `@property`, keyframes, font faces) is not a style rule to drop.
    return true;
  });
}

/** `css` without the style rules no element of a page with these `classes` can match. */
export function pruneUnusedRules(css: string, classes: ReadonlySet<string>): string {
  const key = classesNeeded(css)
    .filter((name) => classes.has(name))
    .join(' ');
  let versions = pruned.get(css);
  if (!versions) pruned.set(css, (versions = new Map()));
  const known = versions.get(key);
  if (known !== undefined) return known;
  // A media or supports block that would be left empty goes whole (empty layers stay: they set
  // the order). Nothing returned keeps a rule as it was; an empty list removes it.
  const block = (rule: { value: { rules: CssRule[] } }) =>
    anyCanMatch(rule.value.rules, classes) ? undefined : [];
  const result = rewrite(css, {
    Rule: {
      style: (rule) => (canMatch(rule.value.selectors, classes) ? undefined : []),
      media: block,
      supports: block,
    },
  });
  versions.set(key, result);
  return result;
}
