/**
 * Share images: 1200×630 PNGs drawn at build time from a page's title, dek and kind, with the
 * site's brand and the fonts in src/assets/fonts (nothing is fetched). Drawn images are cached on
 * disk under a key made of everything that shapes them, so an unchanged page is never redrawn.
 */
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { SITE } from '../site';

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
}

/** The public path of a named share image: `home` is `/og/home.png`. */
export function shareImagePath(name: string): string {
  return `/og/${name}.png`;
}

/** Headline size in pixels: long titles get smaller type, so they wrap into at most four lines. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 32) return 76;
  if (length <= 50) return 66;
  if (length <= 70) return 58;
  if (length <= 100) return 50;
  return 42;
}

const FONT_DIR = 'src/assets/fonts';
const FONT_FILES = {
  400: 'source-serif-4-latin-400-normal.woff',
  700: 'source-serif-4-latin-700-normal.woff',
} as const;

const fontCache = new Map<string, Buffer>();

/** A font file's bytes, read once per build from the repository. */
function fontBytes(root: string, file: string): Buffer {
  const path = join(root, FONT_DIR, file);
  let bytes = fontCache.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fontCache.set(path, bytes);
  }
  return bytes;
}

/** The fonts satori draws with. */
function loadFonts(root: string) {
  return ([400, 700] as const).map((weight) => ({
    name: 'Source Serif 4',
    data: fontBytes(root, FONT_FILES[weight]),
    weight,
    style: 'normal' as const,
  }));
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The image's layout: brand bar, kicker, headline, dek, footer with the address. */
function layout(input: ShareImageInput): Node {
  const ink = '#1b1b1a';
  const muted = '#55524c';
  const accent = '#9b1c1f';
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#fbfaf7',
      color: ink,
      fontFamily: 'Source Serif 4',
      paddingTop: 48,
      paddingBottom: 44,
      paddingLeft: 72,
      paddingRight: 72,
      borderTopWidth: 16,
      borderTopStyle: 'solid',
      borderTopColor: accent,
    },
    [
      el(
        'div',
        { display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: -0.5 },
        SITE.title,
      ),
      el(
        'div',
        {
          display: 'flex',
          marginTop: 40,
          fontSize: 24,
          fontWeight: 700,
          letterSpacing: 3,
          color: accent,
          textTransform: 'uppercase',
        },
        input.kicker,
      ),
      el(
        'div',
        {
          display: 'block',
          width: SHARE_IMAGE.width - 144,
          marginTop: 12,
          fontSize: titleFontSize(input.title),
          fontWeight: 700,
          lineHeight: 1.12,
          letterSpacing: -1,
          overflow: 'hidden',
          maxHeight: titleFontSize(input.title) * 1.12 * 4,
          lineClamp: 4,
        },
        input.title,
      ),
      el(
        'div',
        {
          display: 'block',
          width: SHARE_IMAGE.width - 144,
          marginTop: 20,
          fontSize: 28,
          lineHeight: 1.35,
          color: muted,
          overflow: 'hidden',
          maxHeight: 28 * 1.35 * 2,
          lineClamp: 2,
        },
        input.dek,
      ),
      el(
        'div',
        {
          // Pinned to the bottom: the text above can never push it off the image.
          position: 'absolute',
          left: 72,
          right: 72,
          bottom: 44,
          display: 'flex',
          paddingTop: 20,
          borderTopWidth: 2,
          borderTopStyle: 'solid',
          borderTopColor: ink,
          justifyContent: 'space-between',
          fontSize: 24,
          color: muted,
        },
        [
          el('div', { display: 'flex' }, SITE.tagline),
          el('div', { display: 'flex', fontWeight: 700, color: ink }, input.host),
        ],
      ),
    ],
  );
}

/** Draws a share image as PNG bytes. */
export async function renderShareImage(
  input: ShareImageInput,
  root: string = process.cwd(),
): Promise<Buffer> {
  const svg = await satori(layout(input) as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts: loadFonts(root),
  });
  // Rasterising runs on libuv's thread pool, so other pages render meanwhile on a multi-core machine.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } });
  return image.asPng();
}

/** The cache key: the inputs, the drawing code and the fonts. Any change to one redraws. */
export function shareImageKey(input: ShareImageInput, root: string = process.cwd()): string {
  const hash = createHash('sha256').update(JSON.stringify(input)).update(layout.toString());
  hash.update(String(titleFontSize)).update(SITE.title).update(SITE.tagline);
  for (const file of Object.values(FONT_FILES)) hash.update(fontBytes(root, file));
  return hash.digest('hex').slice(0, 32);
}

/**
 * A share image from the cache in `cacheDir`, drawn and stored first if its key is new.
 * Returns the bytes and whether they came from the cache.
 */
export async function cachedShareImage(
  input: ShareImageInput,
  cacheDir: string,
  draw: (input: ShareImageInput) => Promise<Buffer> = renderShareImage,
): Promise<{ png: Buffer; cached: boolean }> {
  const file = join(cacheDir, `${shareImageKey(input)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await draw(input);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a build cut short never leaves a half-written image in the cache.
  writeFileSync(`${file}.tmp`, png);
  renameSync(`${file}.tmp`, file);
  return { png, cached: false };
}

/** The publisher logo for structured data: a 512×512 square with the site's initial. */
export async function renderLogo(root: string = process.cwd()): Promise<Buffer> {
  const size = 512;
  const logo = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: '#9b1c1f',
      color: '#ffffff',
      fontFamily: 'Source Serif 4',
      fontWeight: 700,
      fontSize: 360,
      borderRadius: 80,
    },
    SITE.title.charAt(0),
  );
  const svg = await satori(logo as Parameters<typeof satori>[0], {
    width: size,
    height: size,
    fonts: loadFonts(root),
  });
  return new Resvg(svg).render().asPng();
}
