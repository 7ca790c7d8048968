/**
 * The share card's layout: where each line of a share image goes, at what size and in which
 * colour. Pure: text is measured by the function it is given (src/integrations/share-images draws with
 * Skia and measures with it), so the layout can be tested without fonts or a canvas.
 */

/** The size every share image has. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** What a share image shows. */
export interface ShareImageInput {
  /** The headline. */
  title: string;
  /** The line under it (the article's dek or the page's description). */
  dek: string;
  /** The small label above the headline: "News", "Timeline". */
  kicker: string;
  /** The site's address as shown in the footer of the image, e.g. `relos.example.org`. */
  host: string;
  /** The footer's tagline in the image's language (default: the English one). */
  tagline?: string | undefined;
}

/** The text of a share image: everything but the host, which is the build's. */
export type ShareImageText = Omit<ShareImageInput, 'host'>;

/** The address shown in an image's footer: the site's host. */
export function shareImageHost(site: URL | string | undefined): string {
  return site ? new URL(site).host : 'localhost';
}

/** The public path of a named share image: `home` is `/og/home.png`. */
export function shareImagePath(name: string): string {
  return `/og/${name}.png`;
}

/** A font weight the card uses. */
export type Weight = 400 | 700;

/** How a run of text is set: weight, size in pixels, extra space after each letter in pixels. */
export interface TextStyle {
  weight: Weight;
  size: number;
  tracking: number;
}

/** Measures text as it will be drawn: advance width, and the font's ascent and descent, in px. */
export interface TextMeasure {
  width(text: string, style: TextStyle): number;
  ascent(style: TextStyle): number;
  descent(style: TextStyle): number;
}

/** The card's colours, by role. */
export type Paint = 'paper' | 'ink' | 'muted' | 'accent';

/** One thing to draw: a filled rectangle, or a line of text with its baseline's start. */
export type CardOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; paint: Paint }
  | { kind: 'text'; text: string; style: TextStyle; x: number; baseline: number; paint: Paint };

/**
 * Scripts whose letters join (Devanagari's headstroke) are never letter-spaced: tracking would
 * break the line that runs along the top of each word.
 */
const JOINED_SCRIPT = /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}]/u;

/** The style a run is drawn in: its tracking dropped when the run is in a joined script. */
export function styleFor(text: string, style: TextStyle): TextStyle {
  return style.tracking !== 0 && JOINED_SCRIPT.test(text) ? { ...style, tracking: 0 } : style;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A text's user-perceived characters: a Devanagari conjunct with its vowel sign is one. */
function clusters(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/**
 * Breaks text into lines no wider than `width`, at spaces (inside a word only when the word alone
 * is too wide, and then between characters, never inside one). Beyond `maxLines`, the last line
 * ends in an ellipsis.
 */
export function wrap(
  measure: TextMeasure,
  text: string,
  style: TextStyle,
  width: number,
  maxLines: number,
): string[] {
  const fits = (line: string) => measure.width(line, styleFor(line, style)) <= width;
  /** A word wider than a line (a long address, say), cut where it must be. */
  const cut = (word: string) => {
    const parts: string[] = [];
    let part = '';
    for (const char of clusters(word)) {
      if (part && !fits(part + char)) {
        parts.push(part);
        part = '';
      }
      part += char;
    }
    return [...parts, part];
  };
  // Measuring is most of a share image's drawing, so only what decides the lines is measured:
  // words are set until a line past `maxLines` begins (the lines before it are final then), and a
  // word is measured alone only where it begins a line. A word that fits after another fits
  // alone: a line is never narrower for a word more, with no tracking or a tightening one (with
  // added tracking, a word alone can be set wider than beside a joined script, so every word is
  // measured alone first, as they all once were). The lines are the same either way.
  const eager = style.tracking > 0;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const tokens = eager ? words.flatMap((word) => (fits(word) ? [word] : cut(word))) : words;
  const lines: string[] = [];
  const set = (token: string) => {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${token}`)) {
      lines[lines.length - 1] = `${last} ${token}`;
      return true;
    }
    return false;
  };
  for (const token of tokens) {
    if (lines.length > maxLines) break;
    if (set(token)) continue;
    if (eager || fits(token)) {
      lines.push(token);
      continue;
    }
    // Too wide alone: its parts are set as the words of the text would be, the first one after
    // the line before if it fits there.
    for (const part of cut(token)) if (!set(part)) lines.push(part);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The last line ends at a word that leaves room for the ellipsis; inside a word only when its
  // first word alone is too wide.
  const ending = (line: string) => `${line.replace(/[\s,;:.–—-]+$/u, '')}…`;
  let last = kept[maxLines - 1]!;
  while (!fits(ending(last)) && /\s/u.test(last)) last = last.replace(/\s+\S+$/u, '');
  let chars = clusters(last);
  while (chars.length > 1 && !fits(ending(chars.join('')))) chars = chars.slice(0, -1);
  kept[maxLines - 1] = ending(chars.join(''));
  return kept;
}

const MARGIN = 72;
const TEXT_WIDTH = SHARE_IMAGE.width - 2 * MARGIN;
const TITLE_TOP = 181;
/** The footer's rule; the dek stops at least this far above it. */
const FOOTER_RULE = 540;
const FOOTER_GAP = 24;
/** The least room between the footer's tagline and the host. */
const HOST_GAP = 32;
const TITLE_SIZES = [76, 66, 58, 50, 42] as const;
const TITLE_LEADING = 1.12;
const DEK = { size: 28, leading: 1.35, gap: 20 } as const;
const STYLES = {
  name: { weight: 700, size: 30, tracking: -0.5 },
  kicker: { weight: 700, size: 24, tracking: 3 },
  dek: { weight: 400, size: DEK.size, tracking: 0 },
  tagline: { weight: 400, size: 24, tracking: 0 },
  host: { weight: 700, size: 24, tracking: 0 },
} as const satisfies Record<string, TextStyle>;

/** The headline's style at a size. */
function titleStyle(size: number): TextStyle {
  return { weight: 700, size, tracking: -1 };
}

/**
 * The headline's size and lines: the largest size that sets it in three lines, or four lines at
 * the smallest size, the fourth ending in an ellipsis when even that is not enough.
 */
export function titleLayout(
  measure: TextMeasure,
  title: string,
): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lines = wrap(measure, title, titleStyle(size), TEXT_WIDTH, 4);
    if (lines.length <= 3) return { size, lines };
  }
  const size = TITLE_SIZES.at(-1)!;
  return { size, lines: wrap(measure, title, titleStyle(size), TEXT_WIDTH, 4) };
}

/**
 * The card: accent bar, site name, kicker, headline, dek, and a footer with the tagline and the
 * address. `brand` is the site's name and tagline.
 */
export function cardLayout(
  input: ShareImageInput,
  brand: { title: string; tagline: string },
  measure: TextMeasure,
): CardOp[] {
  const ops: CardOp[] = [
    { kind: 'rect', x: 0, y: 0, ...SHARE_IMAGE, paint: 'paper' },
    { kind: 'rect', x: 0, y: 0, width: SHARE_IMAGE.width, height: 16, paint: 'accent' },
  ];
  /** A line in a line box of `lineHeight` from `top`, its baseline placed as CSS places it. */
  const text = (
    value: string,
    base: TextStyle,
    x: number,
    top: number,
    lineHeight: number,
    paint: Paint,
  ) => {
    const style = styleFor(value, base);
    const [ascent, descent] = [measure.ascent(style), measure.descent(style)];
    const baseline = Math.round(top + (lineHeight - ascent - descent) / 2 + ascent);
    ops.push({ kind: 'text', text: value, style, x, baseline, paint });
  };
  text(brand.title, STYLES.name, MARGIN, 64, 36, 'ink');
  text(input.kicker.toUpperCase(), STYLES.kicker, MARGIN, 140, 29, 'accent');

  const title = titleLayout(measure, input.title);
  const titleLine = title.size * TITLE_LEADING;
  let top = TITLE_TOP;
  for (const line of title.lines) {
    text(line, titleStyle(title.size), MARGIN, top, titleLine, 'ink');
    top += titleLine;
  }
  const dekLine = DEK.size * DEK.leading;
  const room = Math.floor((FOOTER_RULE - FOOTER_GAP - top - DEK.gap) / dekLine);
  top += DEK.gap;
  if (room > 0) {
    for (const line of wrap(measure, input.dek, STYLES.dek, TEXT_WIDTH, Math.min(2, room))) {
      text(line, STYLES.dek, MARGIN, top, dekLine, 'muted');
      top += dekLine;
    }
  }

  ops.push({ kind: 'rect', x: MARGIN, y: FOOTER_RULE, width: TEXT_WIDTH, height: 2, paint: 'ink' });
  const hostWidth = measure.width(input.host, styleFor(input.host, STYLES.host));
  // The tagline takes the footer's width but the host's and a gap; a longer one (the Russian
  // tagline is) ends in an ellipsis rather than run under the host.
  const [tagline = ''] = wrap(
    measure,
    input.tagline ?? brand.tagline,
    STYLES.tagline,
    TEXT_WIDTH - hostWidth - HOST_GAP,
    1,
  );
  text(tagline, STYLES.tagline, MARGIN, FOOTER_RULE + 22, 29, 'muted');
  text(
    input.host,
    STYLES.host,
    SHARE_IMAGE.width - MARGIN - hostWidth,
    FOOTER_RULE + 22,
    29,
    'ink',
  );
  return ops;
}

/** A character as an error message names it: itself and its code point, `"𐀀" (U+10000)`. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `"${char}" (U+${code})`;
}

/**
 * The characters of `text` that no font covers, each once, in order. Spaces and the invisible
 * joiners shaping uses (ZWJ, ZWNJ, variation selectors) need no glyph of their own.
 */
export function uncoveredCharacters(
  text: string,
  covers: (codePoint: number) => boolean,
): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/[\s\u200c\u200d\ufe00-\ufe0f]/u.test(char)) continue;
    if (!covers(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
