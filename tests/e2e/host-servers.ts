/**
 * Two servers for the embed tests (tests/e2e/embeds.spec.ts), started by Playwright:
 *
 * - the built site at its own address (`http://localhost:4321`, the build's `site` when SITE_URL
 *   is not set, so the pages' absolute links and oEmbed addresses answer), with the headers of
 *   `dist/_headers` applied by Netlify's own engine (`@netlify/headers`, which `netlify dev`
 *   uses), as a host that reads the file sends them;
 * - a page of another origin (`http://127.0.0.1:4330/host?html=…`) that shows the HTML it is
 *   given: an embed's snippet, or a frame of a normal page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import sirv from 'sirv';
import { HOST, SITE } from './origins.ts';

const dist = resolve('dist');
const headers = new HeadersHandler({
  projectDir: dist,
  logger: {
    error: (message: string) => {
      throw new Error(`dist/_headers: ${message}`);
    },
  } as unknown as ConstructorParameters<typeof HeadersHandler>[0]['logger'],
});
const files = sirv(dist, { dev: false, etag: false, ignores: false, dotfiles: false });
const notFound = readFileSync(resolve(dist, '404.html'));

/** The site: `_headers` applied to every response, then the file, or 404.html with 404. */
async function site(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', SITE);
  await headers.apply(new Request(url), undefined, (name, value) => res.setHeader(name, value));
  if (/^\/_(headers|redirects)$/.test(url.pathname)) res.statusCode = 404;
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
  });
}

/** The other origin: a page holding the HTML of its `html` parameter (base64url). */
function host(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', HOST);
  const html = Buffer.from(url.searchParams.get('html') ?? '', 'base64url').toString('utf8');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>` +
      `<body><main><h1>A story on another site</h1>${html}<p>The story goes on.</p></main></body></html>`,
  );
}

const listen = (server: ReturnType<typeof createServer>, port: number, address: string) =>
  new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, address, () => done());
  });

const port = Number(SITE.port);
const siteServers = ['127.0.0.1', '::1'].map(() =>
  createServer((req, res) => {
    site(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  }),
);
await listen(siteServers[0]!, port, '127.0.0.1');
// `localhost` may be IPv6 first; where the machine has no IPv6, IPv4 alone answers.
await listen(siteServers[1]!, port, '::1').catch(() => undefined);
await listen(createServer(host), Number(HOST.port), HOST.hostname);
console.log(`site (with dist/_headers) at ${SITE.origin}, other origin at ${HOST.origin}`);
