/**
 * Draws share images and the publisher logo: the card's layout (src/lib/share-card.ts) set with
 * Skia (@napi-rs/canvas: HarfBuzz shaping, kerning, per-character font fallback among the
 * bundled fonts) and written as PNG by sharp (libvips), whose encoder is several times faster
 * than Skia's at the same size. See docs/decisions/0001-share-image-engine.md.
 *
 * Loaded by the drawing thread (worker.ts) with Node's own TypeScript support: imports here name
 * their files with `.ts`, and only erasable syntax is used (tsconfig's erasableSyntaxOnly).
 */
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import {
  cardLayout,
  SHARE_IMAGE,
  type Paint,
  type ShareImageInput,
  type TextMeasure,
  type TextStyle,
} from '../../lib/share-card.ts';
import { SITE } from '../../site.ts';
import { BRAND_COLORS } from '../../styles/tokens.ts';
import { cssFont, FONT_FILES, fontFacts } from './fonts.ts';

let registered = false;

/** Gives Skia the bundled fonts, once per thread (it would otherwise only know the system's). */
function registerFonts(): void {
  if (registered) return;
  for (const { path, family } of FONT_FILES) {
    if (!GlobalFonts.registerFromPath(path, family))
      throw new Error(`${path}: Skia could not load this font`);
  }
  registered = true;
}

/** The style each context was last set to: setting the same font again costs Skia a lookup. */
const lastStyle = new WeakMap<SKRSContext2D, TextStyle>();

/** Sets a context to draw text in a style. */
function setStyle(context: SKRSContext2D, style: TextStyle): void {
  const last = lastStyle.get(context);
  if (last?.weight === style.weight && last.size === style.size && last.tracking === style.tracking)
    return;
  context.font = cssFont(style);
  context.letterSpacing = `${style.tracking}px`;
  lastStyle.set(context, style);
}

/** Text measured as Skia will draw it. */
function measureWith(context: SKRSContext2D): TextMeasure {
  const { metrics } = fontFacts();
  return {
    width: (text, style) => {
      setStyle(context, style);
      // Letter spacing is added after every character, the last one too; the line ends at its ink.
      return context.measureText(text).width - (text ? style.tracking : 0);
    },
    ascent: (style) => metrics[style.weight].ascent * style.size,
    descent: (style) => metrics[style.weight].descent * style.size,
  };
}

const PAINTS: Record<Paint, string> = {
  paper: BRAND_COLORS.paper,
  ink: BRAND_COLORS.ink,
  muted: BRAND_COLORS.muted,
  accent: BRAND_COLORS.accent,
};

/** A canvas's pixels as a PNG. */
function png(canvas: Canvas): Promise<Buffer> {
  const { width, height } = canvas;
  return (
    sharp(canvas.data(), { raw: { width, height, channels: 4 } })
      // zlib level 3: 14 ms an image and 86 KB; level 6 took 23 ms for 78 KB (see the decision record).
      .png({ compressionLevel: 3 })
      .toBuffer()
  );
}

/**
 * The share images' canvas, drawn over for each image: a card is drawn and its pixels copied out
 * synchronously, and its first rectangle paints every pixel, so nothing of the last card remains.
 * A new 3 MB canvas per image kept the drawing thread's collector busy.
 */
let card: { canvas: Canvas; context: SKRSContext2D } | undefined;

/** Draws a share image as PNG bytes. */
export function renderShareImage(input: ShareImageInput): Promise<Buffer> {
  registerFonts();
  if (!card) {
    const canvas = createCanvas(SHARE_IMAGE.width, SHARE_IMAGE.height);
    card = { canvas, context: canvas.getContext('2d') };
  }
  const { canvas, context } = card;
  for (const op of cardLayout(input, SITE, measureWith(context))) {
    context.fillStyle = PAINTS[op.paint];
    if (op.kind === 'rect') context.fillRect(op.x, op.y, op.width, op.height);
    else {
      setStyle(context, op.style);
      context.fillText(op.text, op.x, op.baseline);
    }
  }
  return png(canvas);
}

/** The publisher logo for structured data: a 512×512 rounded square with the site's initial. */
export function renderLogo(): Promise<Buffer> {
  registerFonts();
  const size = 512;
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  context.fillStyle = BRAND_COLORS.accent;
  context.beginPath();
  context.roundRect(0, 0, size, size, 80);
  context.fill();
  // The initial, centred by its outline rather than its advance, so it sits visually in the middle.
  const style: TextStyle = { weight: 700, size: 360, tracking: 0 };
  setStyle(context, style);
  const initial = SITE.title.charAt(0);
  const box = context.measureText(initial);
  const [width, height] = [
    box.actualBoundingBoxLeft + box.actualBoundingBoxRight,
    box.actualBoundingBoxAscent + box.actualBoundingBoxDescent,
  ];
  context.fillStyle = '#ffffff';
  context.fillText(
    initial,
    Math.round((size - width) / 2 + box.actualBoundingBoxLeft),
    Math.round((size - height) / 2 + box.actualBoundingBoxAscent),
  );
  return png(canvas);
}

/** Text measured as the share images set it, on a scratch canvas (for tests and tools). */
export function shareImageMeasure(): TextMeasure {
  registerFonts();
  return measureWith(createCanvas(1, 1).getContext('2d'));
}
