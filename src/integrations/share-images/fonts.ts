/**
 * The share images' fonts: OFL files installed from npm (@fontsource), never fetched or taken
 * from the machine. Source Serif 4 (the site's headline face) sets Latin, Greek and Cyrillic; Noto Serif
 * Devanagari sets Hindi. Each file is one script's subset, registered under its own family name,
 * and the card asks for them in order, so each character is drawn by the first file that has it.
 *
 * Loaded by the drawing thread (worker.ts) with Node's own TypeScript support: imports here name
 * their files with `.ts`, and only erasable syntax is used (tsconfig's erasableSyntaxOnly).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { TextStyle, Weight } from '../../lib/share-card.ts';

const require = createRequire(import.meta.url);

/** The font families, in the order a character is looked for, and the npm files of each weight. */
const FACES = [
  ...['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext'].map((subset) => ({
    family: `RELOS Source Serif 4 ${subset}`,
    file: (weight: Weight) =>
      `@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`,
  })),
  {
    family: 'RELOS Noto Serif Devanagari',
    file: (weight: Weight) =>
      `@fontsource/noto-serif-devanagari/files/noto-serif-devanagari-devanagari-${weight}-normal.woff`,
  },
];

/** The fonts' names as an error message gives them. */
export const FONT_NAMES = 'Source Serif 4 (Latin, Greek, Cyrillic) and Noto Serif Devanagari';

const WEIGHTS: readonly Weight[] = [400, 700];

/** A font file on disk. */
export interface FontFile {
  family: string;
  weight: Weight;
  path: string;
}

/** Every font file the share images use, resolved in node_modules. */
export const FONT_FILES: readonly FontFile[] = FACES.flatMap(({ family, file }) =>
  WEIGHTS.map((weight) => ({ family, weight, path: require.resolve(file(weight)) })),
);

/** The CSS font shorthand of a style: weight, size and the family list. */
export function cssFont(style: TextStyle): string {
  return `${style.weight} ${style.size}px ${FACES.map((face) => `"${face.family}"`).join(', ')}`;
}

interface FontFacts {
  /** Every code point some font has a glyph for. */
  covered: Set<number>;
  /** The first (Latin) face's ascent and descent per em, by weight: lines are placed by them. */
  metrics: Record<Weight, { ascent: number; descent: number }>;
  /** A digest of every font file, for the cache key. */
  digest: string;
}

let facts: FontFacts | undefined;

/** What the fonts cover and measure, read once per process. */
export function fontFacts(): FontFacts {
  if (facts) return facts;
  const covered = new Set<number>();
  const hash = createHash('sha256');
  const metrics = {} as FontFacts['metrics'];
  for (const { path, weight, family } of FONT_FILES) {
    const bytes = readFileSync(path);
    hash.update(bytes);
    const font = fontkit.create(bytes);
    if (!('characterSet' in font))
      throw new Error(`${path}: expected one font, found a collection`);
    for (const code of font.characterSet) covered.add(code);
    if (family === FACES[0]!.family) {
      metrics[weight] = {
        ascent: font.ascent / font.unitsPerEm,
        descent: -font.descent / font.unitsPerEm,
      };
    }
  }
  facts = { covered, metrics, digest: hash.digest('hex') };
  return facts;
}
