/**
 * Each page keeps only the CSS rules that can match it. Astro bundles one stylesheet per route,
 * so every article carries the rules of every MDX component and every utility the site uses;
 * inlined in each page, those bytes delay its first paint. A rule is dropped only when each of
 * its selectors names a class that appears nowhere in the page (its markup and its scripts) nor
 * in the site's client scripts: rules for tags, attributes, states and themes always stay.
 * Parsing and printing is Lightning CSS's (docs/decisions/0002-per-page-css.md).
 */
import { transform, type CustomAtRules, type Selector, type Visitor } from 'lightningcss';

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

/** `css` without the style rules no element of a page with these `words` can match. */
export function pruneUnusedRules(css: string, words: ReadonlySet<string>): string {
  const pruned = rewrite(css, {
    Rule: {
      style(rule) {
        const canMatch = rule.value.selectors.some((selector) =>
          requiredClasses(selector).every((name) => words.has(name)),
        );
        // Nothing returned keeps the rule as it was; an empty list removes it.
        return canMatch ? undefined : [];
      },
    },
  });
  // A media or supports block left empty goes too (empty layers stay: they set the order).
  const empty = (rule: { value: { rules: unknown[] } }) =>
    rule.value.rules.length > 0 ? undefined : [];
  return rewrite(pruned, { Rule: { media: empty, supports: empty } });
}
