/**
 * Serves a build as a static host would, with the headers of its generated `_headers` file
 * (security headers, calendar content type), so browser tests see the site under its real
 * Content-Security-Policy. Files are served by sirv; unknown paths get the 404 page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseNetlifyHeaders } from '../../src/domain/outputs/host-headers.ts';

/** A running static host. */
export interface StaticHost {
  /** The site's root URL, base path included. */
  url: string;
  /** Stops the server. */
  stop(): Promise<void>;
}

/** Serves `outDir` (built with `base`) on a free loopback port. */
export async function startStaticHost(outDir: string, base = '/'): Promise<StaticHost> {
  const rules = parseNetlifyHeaders(readFileSync(join(outDir, '_headers'), 'utf8'));
  const files = sirv(outDir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = readFileSync(join(outDir, '404.html'));
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://host.invalid').pathname;
    for (const [name, value] of Object.entries(headersFor(pathname, rules)))
      response.setHeader(name, value);
    if (!pathname.startsWith(base)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    request.url = request.url!.slice(base.length - 1);
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections alive; close() alone would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
