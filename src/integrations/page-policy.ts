/**
 * The per-page policy step (src/middleware.ts): each rendered page keeps in its
 * Content-Security-Policy only the hashes of its own inline code, and inline code the build did
 * not write fails the build. Hashing is Node's (`node:crypto`), so this is build machinery, not
 * src/lib; the policy's fixed parts are in src/lib/security.ts.
 */
import { createHash } from 'node:crypto';
import { THEME_INIT_SCRIPT } from '../lib/theme';

/** A CSP hash of an inline script or stylesheet: `sha256-<base64 digest>` (quoted in a policy). */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** Hashes of the inline scripts the site writes itself: only the theme script, which must run first. */
export const INLINE_SCRIPT_HASHES: readonly `sha256-${string}`[] = [cspHash(THEME_INIT_SCRIPT)];

/** The page's Content-Security-Policy `<meta>`, as Astro writes it into the head. */
const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** Inline code the browser runs: `<style>`, and `<script>` without `src` that is JavaScript. */
const INLINE_CODE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

function runsAsScript(attributes: string): boolean {
  if (/\ssrc=/i.test(attributes)) return false;
  const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === '' || type === 'module' || type === 'text/javascript';
}

/** One inline `<script>` or `<style>` element of a page: where it is, and its parts. */
interface InlineCode {
  start: number;
  end: number;
  tag: string;
  attributes: string;
  code: string;
  /** A stylesheet, or a script the browser runs (JSON-LD and other data blocks are neither). */
  runs: 'style' | 'script' | false;
}

function inlineCode(html: string): InlineCode[] {
  return [...html.matchAll(INLINE_CODE)].map((match) => {
    const [element, tag, attributes, code] = match as unknown as [string, string, string, string];
    const isStyle = tag.toLowerCase() === 'style';
    const runs = isStyle ? 'style' : runsAsScript(attributes) ? 'script' : false;
    return { start: match.index, end: match.index + element.length, tag, attributes, code, runs };
  });
}

/** The code of each inline script of a page that the browser runs (not JSON-LD or other data). */
export function inlineScripts(html: string): string[] {
  return inlineCode(html).flatMap(({ runs, code }) => (runs === 'script' ? [code] : []));
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
  const meta = POLICY_META.exec(html);
  if (!meta) throw new Error('the page has no Content-Security-Policy <meta>');
  const policy = meta[1]!;
  const elements = inlineCode(html).filter(({ runs }) => runs);
  for (const { tag, code } of elements) {
    if (!policy.includes(`'${hashOf(code)}'`)) {
      throw new Error(
        `an inline <${tag}> the build did not write (its hash is not in the policy): ${code.slice(0, 80)}`,
      );
    }
  }
  const pageScripts = elements.flatMap(({ runs, code }) => (runs === 'script' ? [code] : []));
  const scripts = pageScripts.map(hashOf);
  const styles: string[] = [];
  let page = '';
  let done = 0;
  for (const { start, end, tag, attributes, code, runs } of elements) {
    if (runs !== 'style') continue;
    const css = restyle(code, pageScripts);
    styles.push(hashOf(css));
    page += `${html.slice(done, start)}<${tag}${attributes}>${css}</${tag}>`;
    done = end;
  }
  page += html.slice(done);
  const narrowed = policy
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
  return page.replace(
    POLICY_META,
    () => `<meta http-equiv="content-security-policy" content="${narrowed}">`,
  );
}
