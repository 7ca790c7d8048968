/**
 * The part of opentype.js (2.x, which ships no types) the share images use: parsing a font and
 * reading its glyphs' outlines and advances.
 */
declare module 'opentype.js' {
  export interface PathCommand {
    type: 'M' | 'L' | 'Q' | 'C' | 'Z';
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  }
  export interface Path {
    commands: PathCommand[];
  }
  export interface Glyph {
    index: number;
    unicode?: number;
    advanceWidth?: number;
    /** The outline at (x, y), the baseline origin, for a font size in pixels; y grows downwards. */
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    /** The glyph for a character, or .notdef (index 0) when the font has none. */
    charToGlyph(char: string): Glyph;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
