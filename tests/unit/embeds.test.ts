import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHTS,
  EMBED_KINDS,
  embedPath,
  embedSnippet,
  fullPagePath,
  isEmbedPath,
  oembedPath,
  oembedProblems,
} from '../../src/lib/embeds';
import { buildHead, type PageMeta } from '../../src/lib/head';
import { headersFile, MAX_HEADER_RULES } from '../../src/lib/security';

describe('embed addresses', () => {
  it('are stable paths built from the anchors the full pages use', () => {
    expect(embedPath({ kind: 'status' })).toBe('/embed/status/');
    expect(embedPath({ kind: 'step', id: 'in-force' })).toBe('/embed/status/in-force/');
    expect(embedPath({ kind: 'timeline' })).toBe('/embed/timeline/');
    expect(embedPath({ kind: 'year', id: 2025 })).toBe('/embed/timeline/2025/');
    expect(embedPath({ kind: 'event', id: '2025-12-02-duma-ratifies' })).toBe(
      '/embed/timeline/2025-12-02-duma-ratifies/',
    );
    expect(embedPath({ kind: 'key-figures' })).toBe('/embed/key-figures/');
    expect(embedPath({ kind: 'provision', id: 'port-call-notice' })).toBe(
      '/embed/what-it-allows/port-call-notice/',
    );
    expect(() => embedPath({ kind: 'event', id: '../x' })).toThrow(/event's id/);
  });

  it('each credit the item on its full page', () => {
    expect(fullPagePath({ kind: 'step', id: 'in-force' })).toBe('/status/#in-force');
    expect(fullPagePath({ kind: 'year', id: 2025 })).toBe('/timeline/#y2025');
    expect(fullPagePath({ kind: 'key-figures' })).toBe('/what-it-allows/');
  });

  it('are told apart from every other path, in every edition', () => {
    expect(isEmbedPath('/embed/status/')).toBe(true);
    expect(isEmbedPath('/ru/embed/timeline/2025/')).toBe(true);
    expect(isEmbedPath('/status/')).toBe(false);
    expect(isEmbedPath('/oembed/embed/status.json')).toBe(false);
  });

  it('each has a height for hosts that ignore the height message', () => {
    for (const kind of EMBED_KINDS) expect(EMBED_HEIGHTS[kind]).toBeGreaterThan(200);
  });
});

describe('the snippet', () => {
  const snippet = embedSnippet({
    src: 'https://example.org/relos/embed/status/',
    title: 'RELOS Explained: "Where" <RELOS> stands',
    height: 1000,
  });

  it('is a titled frame of a fixed height, then a listener for its own origin only', () => {
    expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/relos\/embed\/status\/"/);
    expect(snippet).toContain('title="RELOS Explained: &quot;Where&quot; &lt;RELOS> stands"');
    expect(snippet).toContain('height="1000"');
    expect(snippet).toContain('e.origin!=="https://example.org"');
    expect(snippet).toContain('d.sentinel!=="amp"||d.type!=="embed-size"');
  });

  it('sizes the frame that sent a height message, and ignores other origins', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!;
    const source = {};
    const frame = { contentWindow: source, style: { height: '' } };
    const other = { contentWindow: {}, style: { height: '' } };
    let listener: (event: unknown) => void = () => undefined;
    new Function('addEventListener', 'document', script)(
      (_: string, handler: (event: unknown) => void) => (listener = handler),
      { querySelectorAll: () => [frame, other] },
    );
    const message = { sentinel: 'amp', type: 'embed-size', height: 812.4 };
    listener({ origin: 'https://evil.example', data: message, source });
    expect(frame.style.height).toBe('');
    listener({ origin: 'https://example.org', data: { ...message, height: 'x' }, source });
    expect(frame.style.height).toBe('');
    listener({ origin: 'https://example.org', data: message, source });
    expect(frame.style.height).toBe('813px');
    expect(other.style.height).toBe('');
  });
});

describe('oEmbed', () => {
  it('has a static response per page, under its edition', () => {
    expect(oembedPath('/embed/status/')).toBe('/oembed/embed/status.json');
    expect(oembedPath('/hi/articles/x/')).toBe('/oembed/hi/articles/x.json');
    expect(() => oembedPath('/')).toThrow(/front page/);
  });

  it('finds what the specification requires and a response lacks', () => {
    const rich = {
      version: '1.0',
      type: 'rich',
      html: '<iframe></iframe>',
      width: 600,
      height: 400,
      thumbnail_url: 'https://example.org/og/x.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    };
    expect(oembedProblems(rich)).toEqual([]);
    expect(oembedProblems({ version: '1.0', type: 'link' })).toEqual([]);
    const noHtml: Record<string, unknown> = { ...rich };
    delete noHtml['html'];
    expect(oembedProblems(noHtml)).toEqual(['"html" is missing']);
    expect(oembedProblems({ ...rich, version: 1, height: 0 })).toEqual([
      '"version" must be "1.0"',
      '"height" must be a positive integer',
    ]);
    const halfThumbnail: Record<string, unknown> = { ...rich };
    delete halfThumbnail['thumbnail_width'];
    expect(oembedProblems(halfThumbnail)).toEqual(['"thumbnail_width" is missing']);
    expect(oembedProblems({ version: '1.0', type: 'photo' })).toEqual([
      '"url" is missing',
      '"width" is missing',
      '"height" is missing',
    ]);
  });

  it('is named in the page head by a discovery link in the page’s edition', () => {
    const page: PageMeta = {
      title: 'Where RELOS stands',
      description: 'Every step.',
      path: '/status/',
      lang: 'ru',
      editions: ['en', 'ru'],
      image: { path: '/og/x.png', alt: 'x', width: 1200, height: 630 },
      oembed: { path: '/embed/status/', title: 'RELOS Explained: На каком этапе RELOS' },
    };
    const head = buildHead(page, { site: 'https://example.org', base: '/relos/' });
    expect(head.alternates).toContainEqual({
      type: 'application/json+oembed',
      title: 'RELOS Explained: На каком этапе RELOS',
      href: 'https://example.org/relos/oembed/ru/embed/status.json',
    });
  });
});

describe('the _headers file', () => {
  const files = [
    'index.html',
    '404.html',
    'rss.xml',
    'status/index.html',
    'articles/x/index.html',
    '_astro/a.js',
    'og/status.png',
    'embed/status/index.html',
    'embed/timeline/2025/index.html',
    'oembed/embed/status.json',
    'hi/index.html',
    'hi/rss.xml',
    'hi/status/index.html',
    'hi/embed/status/index.html',
    'ru/embed/key-figures/index.html',
  ];

  /** The headers each rule of a `_headers` file sets for a path, as Netlify's parser matches them. */
  async function rulesFor(file: string) {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    writeFileSync(join(dir, '_headers'), file);
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [join(dir, '_headers')],
      minimal: false,
      configHeaders: [],
    });
    expect(errors).toEqual([]);
    return (path: string) =>
      (headers as Header[])
        .filter((rule) => rule.forRegExp.test(path))
        .map((rule) => ({ for: rule.for, values: rule.values as Record<string, string> }));
  }

  it('lets any site frame the embeds, every edition’s, and refuses framing everywhere else', async () => {
    const matching = await rulesFor(headersFile('/relos/', files));
    /** Every value of a header for a path, from every rule that matches it. */
    const values = (path: string, name: string) =>
      matching(`/relos${path}`).flatMap((rule) => rule.values[name] ?? []);
    for (const path of ['/embed/status/', '/hi/embed/status/', '/ru/embed/key-figures/']) {
      expect(values(path, 'Content-Security-Policy'), path).toEqual([
        "frame-ancestors *; object-src 'none'; base-uri 'self'; upgrade-insecure-requests",
      ]);
      expect(values(path, 'X-Frame-Options'), path).toEqual([]);
    }
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/status/',
      '/status',
      '/articles/x/',
      '/hi/',
      '/hi/index.html',
      '/hi/status/',
      '/oembed/embed/status.json',
      '/og/status.png',
    ]) {
      expect(values(path, 'Content-Security-Policy'), path).toEqual([
        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; upgrade-insecure-requests",
      ]);
      expect(values(path, 'X-Frame-Options'), path).toEqual(['DENY']);
    }
  });

  it('sets no header twice with two values for one path, so Netlify and Cloudflare send the same', async () => {
    const matching = await rulesFor(headersFile('/', files));
    const paths = [...files.map((file) => `/${file.replace(/index\.html$/, '')}`), '/embed/', '/x'];
    for (const path of paths) {
      const seen = new Map<string, string>();
      for (const rule of matching(path)) {
        for (const [name, value] of Object.entries(rule.values)) {
          if (/^(content-security-policy|x-frame-options)$/i.test(name))
            expect(seen.has(name), `${path}: ${name} from two rules`).toBe(false);
          if (seen.has(name)) expect(value, `${path}: ${name}`).toBe(seen.get(name));
          seen.set(name, value);
        }
      }
      expect(seen.get('X-Content-Type-Options'), path).toBe('nosniff');
    }
    expect(headersFile('/', files)).toMatch(
      /^\/_astro\/\*\n(?: {2}.*\n)*? {2}Cache-Control: public, max-age=31536000, immutable$/m,
    );
  });

  it('fails, naming the limit, past the rules Cloudflare Pages reads', () => {
    const many = Array.from({ length: MAX_HEADER_RULES }, (_, i) => `folder-${i}/index.html`);
    expect(() => headersFile('/', many)).toThrow(/more than the 100 Cloudflare Pages reads/);
  });
});
