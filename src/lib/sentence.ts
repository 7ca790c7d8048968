/**
 * Sentences with places for links: a dictionary gives the whole sentence, `{name}` where each
 * link goes ("Also browse the {timeline}, {glossary} and {topics}."), so each language orders
 * the words and punctuates the sentence itself. Pure; `Sentence.astro` renders the parts.
 */

/**
 * The full stop a sentence or a list entry ends with, unless its last word already ends in one:
 * a Russian date does («25 ноября 2026 г.»), and a second stop would follow it.
 */
export function closingStop(text: string): string {
  return text.endsWith('.') ? '' : '.';
}

/** A part of a sentence: its own words, or the place of a named link. */
export type SentencePart = { text: string } | { slot: string };

/**
 * A sentence's parts. Every name in `names` must have its place in the sentence, once, and the
 * sentence may name no other: a dictionary that drops or misspells a place fails, saying which
 * (`where` names the dictionary key).
 */
export function sentenceParts(
  sentence: string,
  names: readonly string[],
  where: string,
): SentencePart[] {
  const parts: SentencePart[] = [];
  const seen: string[] = [];
  let last = 0;
  for (const match of sentence.matchAll(/\{([A-Za-z]+)\}/g)) {
    const name = match[1]!;
    if (!names.includes(name)) {
      throw new Error(
        `${where}: "{${name}}" is not a place this sentence has; expected ${names.map((n) => `{${n}}`).join(', ')}`,
      );
    }
    if (seen.includes(name)) throw new Error(`${where}: "{${name}}" is in the sentence twice`);
    seen.push(name);
    if (match.index > last) parts.push({ text: sentence.slice(last, match.index) });
    parts.push({ slot: name });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  const missing = names.filter((name) => !seen.includes(name));
  if (missing.length > 0) {
    throw new Error(
      `${where}: the sentence leaves out ${missing.map((n) => `{${n}}`).join(', ')}: "${sentence}"`,
    );
  }
  return parts;
}
