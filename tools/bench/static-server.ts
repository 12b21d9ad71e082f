/**
 * A small static server for a built site on 127.0.0.1, compressing like a static host does
 * (brotli, else gzip, for text and WebAssembly), so transferred bytes in the browser are the ones a
 * visitor would download. Pagefind's `.pf_*` files are already compressed and go out as they are.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Callbacks that see every request the server answers (workers' requests included). */
export interface TrafficHooks {
  /** A request arrived. */
  onRequest?(): void;
  /** Its response was sent: body bytes as sent (compressed where compressed), and the path asked for. */
  onResponse?(bodyBytes: number, path: string): void;
}

/** Serves `root` on an ephemeral loopback port. */
export async function serveStatic(root: string, hooks: TrafficHooks = {}): Promise<StaticServer> {
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    hooks.onRequest?.();
    const end = response.end.bind(response);
    // Count what goes out, whoever asked for it (the page, or Pagefind's web worker).
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      hooks.onResponse?.(Buffer.isBuffer(chunk) ? chunk.length : typeof chunk === 'string' ? Buffer.byteLength(chunk) : 0, request.url ?? '/');
      return (end as (...args: unknown[]) => typeof response)(chunk, ...rest);
    }) as typeof response.end;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const body = readFileSync(path);
      const extension = extname(path);
      const headers: Record<string, string> = { 'Content-Type': contentTypes[extension] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' };
      const accepts = String(request.headers['accept-encoding'] ?? '');
      const compressible = extension in contentTypes && !path.includes('.pf_');
      if (compressible && /\bbr\b/.test(accepts)) {
        const key = `br:${path}`;
        if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        headers['Content-Encoding'] = 'br';
        response.writeHead(200, headers).end(compressed.get(key));
      } else if (compressible && /\bgzip\b/.test(accepts)) {
        const key = `gz:${path}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        headers['Content-Encoding'] = 'gzip';
        response.writeHead(200, headers).end(compressed.get(key));
      } else {
        response.writeHead(200, headers).end(body);
      }
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
