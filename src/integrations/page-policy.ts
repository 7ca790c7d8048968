/**
 * The per-page policy step (src/middleware.ts): each rendered page keeps in its
 * Content-Security-Policy only the hashes of its own inline code, and inline code the build did
 * not write fails the build. Hashing is Node's (`node:crypto`), so this is build machinery, not
 * src/lib; the policy's fixed parts are in src/lib/security.ts.
 */
import { createHash } from 'node:crypto';
import type { Token } from 'parse5';
import { SAXParser } from 'parse5-sax-parser';
import { THEME_INIT_SCRIPT } from '../lib/theme.ts';

/** A CSP hash of an inline script or stylesheet: `sha256-<base64 digest>` (quoted in a policy). */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** Hashes of the inline scripts the site writes itself: only the theme script, which must run first. */
export const INLINE_SCRIPT_HASHES: readonly `sha256-${string}`[] = [cspHash(THEME_INIT_SCRIPT)];

/**
 * The `type` values (trimmed, any case) of a script the browser runs: JavaScript, a module, and
 * the two JSON scripts the policy also governs (import maps, speculation rules). Anything else,
 * JSON-LD among them, is a data block. https://html.spec.whatwg.org/#prepare-the-script-element
 */
const SCRIPT_TYPES = new Set([
  'module',
  'importmap',
  'speculationrules',
  ...['application/ecmascript', 'application/javascript', 'application/x-ecmascript'],
  ...['application/x-javascript', 'text/ecmascript', 'text/javascript', 'text/javascript1.0'],
  ...['text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4'],
  ...['text/javascript1.5', 'text/jscript', 'text/livescript', 'text/x-ecmascript'],
  'text/x-javascript',
]);

/** Whether a `<script>` with these attributes runs its own text (no `src`, a script type). */
function runsAsScript(attributes: ReadonlyMap<string, string>): boolean {
  if (attributes.has('src')) return false;
  const type = attributes.get('type');
  const language = attributes.get('language');
  // No type but a language: "text/" and the language, as browsers read the old attribute.
  const kind = (type === undefined && language ? `text/${language}` : (type ?? ''))
    .trim()
    .toLowerCase();
  return kind === '' || SCRIPT_TYPES.has(kind);
}

/** One inline `<script>` or `<style>` element of a page: its text, and where that text is. */
interface InlineCode {
  tag: 'script' | 'style';
  /** Its text as the browser reads (and hashes) it. */
  code: string;
  /** Where its text is in the page: from the end of its start tag to the start of its end tag. */
  start: number;
  end: number;
  /** A stylesheet, or a script the browser runs (JSON-LD and other data blocks are neither). */
  runs: 'style' | 'script' | false;
}

/** What the policy step reads from a page. */
interface PageReading {
  /** The first Content-Security-Policy `<meta>`: its policy, and where its tag is. */
  policy: { value: string; start: number; end: number } | undefined;
  elements: InlineCode[];
}

/** The element whose text is being read: a `<script>`, `<style>` or `<noscript>`. */
interface OpenElement {
  tag: 'script' | 'style' | 'noscript';
  attributes: ReadonlyMap<string, string>;
  start: number;
  code: string;
}

/**
 * parse5's tokenizer, driven as parse5-sax-parser drives it (the tree builder's switches into
 * script, raw text and foreign content), with its token callbacks taken directly: no event per
 * token, attributes read only for the four elements this step looks at, and text kept only inside
 * them. The stream's text events would otherwise join every run of the page's text with its
 * source location, a new object per character token: most of the step's time on a 60 KB page.
 */
class PageReader extends SAXParser {
  readonly reading: PageReading = { policy: undefined, elements: [] };
  #open: OpenElement | undefined;

  constructor() {
    super({ sourceCodeLocationInfo: true });
  }

  /** Reads the whole page, synchronously: it is one chunk, given to the stream's own steps. */
  readAll(html: string): PageReading {
    this._transform(html, 'utf8', () => {});
    this._final(() => {});
    this.#close(html.length);
    return this.reading;
  }

  #close(end: number): void {
    const open = this.#open;
    if (!open) return;
    const { tag, attributes, start, code } = open;
    this.#open = undefined;
    if (tag === 'noscript') {
      // Its contents are text to a browser that runs scripts, and markup to one that does not,
      // whose policy would then need their hashes: this step does not read them as markup.
      if (/<(script|style)/i.test(code)) {
        throw new Error(
          'a <noscript> holds a <script> or <style>, which the policy step cannot check: move it out of the <noscript>',
        );
      }
      return;
    }
    const runs = tag === 'style' ? 'style' : runsAsScript(attributes) ? 'script' : false;
    this.reading.elements.push({ tag, code, start, end, runs });
  }

  override onCharacter({ chars }: Token.CharacterToken): void {
    if (this.#open) this.#open.code += chars;
  }
  override onWhitespaceCharacter(token: Token.CharacterToken): void {
    this.onCharacter(token);
  }
  override onNullCharacter(token: Token.CharacterToken): void {
    this.onCharacter(token);
  }
  override onComment(): void {}
  override onDoctype(): void {}
  override onEof(): void {}

  override onStartTag({ tagName, attrs, location }: Token.TagToken): void {
    if (tagName === 'meta') {
      if (this.reading.policy) return;
      const attributes = new Map(attrs.map(({ name, value }) => [name, value]));
      if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
        this.reading.policy = {
          value: attributes.get('content') ?? '',
          start: location!.startOffset,
          end: location!.endOffset,
        };
      }
    } else if (tagName === 'script' || tagName === 'style' || tagName === 'noscript') {
      this.#close(location!.startOffset);
      const attributes = new Map(attrs.map(({ name, value }) => [name, value]));
      this.#open = { tag: tagName, attributes, start: location!.endOffset, code: '' };
    }
  }

  override onEndTag({ tagName, location }: Token.TagToken): void {
    if (this.#open?.tag === tagName) this.#close(location!.startOffset);
  }
}

/**
 * Reads a page with parse5's HTML tokenizer (parse5-sax-parser: the standard's tokenizer, with
 * the tree builder's switches into script, raw text and foreign content), as a browser reads it:
 * text that looks like a tag inside an attribute value or a comment is no element, and a
 * script's text ends where the browser ends it. `<template>` contents count as the page's (a
 * script cloned from one runs).
 */
function readPage(html: string): PageReading {
  return new PageReader().readAll(html);
}

/** The code of each inline script of a page that the browser runs (not JSON-LD or other data). */
export function inlineScripts(html: string): string[] {
  return readPage(html).elements.flatMap(({ runs, code }) => (runs === 'script' ? [code] : []));
}

/** Hashes of the code seen so far: every page repeats the same few scripts and stylesheets. */
const knownHashes = new Map<string, `sha256-${string}`>();

function hashOf(code: string): `sha256-${string}` {
  let hash = knownHashes.get(code);
  if (!hash) knownHashes.set(code, (hash = cspHash(code)));
  return hash;
}

/**
 * A page with a policy of its own. Astro writes one policy into every page, listing the hash of
 * every inline script and stylesheet of the whole site: 1.5 KB of hashes, which do not compress,
 * on every page. This keeps in `script-src` and `style-src` only the hashes of this page's code.
 * Each stylesheet is first passed through `restyle`, with the code of the page's inline scripts
 * (it removes the rules the page cannot use), and allowed by its new hash. Inline code the
 * policy does not list is an error: the build did not put it there, and a browser would refuse
 * to run it.
 */
export function narrowPagePolicy(
  html: string,
  restyle: (css: string, scripts: readonly string[]) => string,
): string {
  const { policy, elements: all } = readPage(html);
  if (!policy) throw new Error('the page has no Content-Security-Policy <meta>');
  const elements = all.filter(({ runs }) => runs);
  for (const { tag, code } of elements) {
    if (!policy.value.includes(`'${hashOf(code)}'`)) {
      throw new Error(
        `an inline <${tag}> the build did not write (its hash is not in the policy): ${code.slice(0, 80)}`,
      );
    }
  }
  const pageScripts = elements.flatMap(({ runs, code }) => (runs === 'script' ? [code] : []));
  const scripts = pageScripts.map(hashOf);
  const styles: string[] = [];
  // What the page gets instead of the text between `start` and `end`, in the page's order.
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { start, end, code, runs } of elements) {
    if (runs !== 'style') continue;
    const css = restyle(code, pageScripts);
    styles.push(hashOf(css));
    edits.push({ start, end, text: css });
  }
  const narrowed = policy.value
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const hashes = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
      if (!hashes) return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
      return [name, ...kept, ...[...new Set(hashes)].map((hash) => `'${hash}'`)].join(' ');
    })
    .join('; ');
  edits.push({
    start: policy.start,
    end: policy.end,
    text: `<meta http-equiv="content-security-policy" content="${narrowed.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`,
  });
  edits.sort((a, b) => a.start - b.start);
  let page = '';
  let done = 0;
  for (const { start, end, text } of edits) {
    page += html.slice(done, start) + text;
    done = end;
  }
  return page + html.slice(done);
}
