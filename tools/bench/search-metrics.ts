/**
 * Search cost: the size of the Pagefind index in dist/pagefind, and in Chromium the bytes
 * transferred and the time for a first query (from opening /search/ to the results' data) and for a
 * later one: it types into the search page's field and counts every response body byte the server
 * sends (a web worker's requests included, if Pagefind used one), by kind of file.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { listFiles } from './build-metrics.ts';
import { measureKeystrokes, type KeystrokeMetrics } from './keystrokes.ts';
import { serveStatic } from './static-server.ts';

/** Debian's Chromium with the flags of the house (no sandbox as root, no background traffic). */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Index files by kind, in bytes. */
export interface SearchIndexSize {
  files: number;
  bytes: number;
  byKind: Record<string, { files: number; bytes: number }>;
}

/** Bytes and requests of one step by kind of file (see `transferKind`). */
export type TransferByKind = Record<string, { requests: number; bytes: number }>;

/** One query in the browser. */
export interface QueryCost {
  query: string;
  /** Bytes transferred (headers and compressed bodies) for this step. */
  bytes: number;
  requests: number;
  byKind: TransferByKind;
  /** Milliseconds from typing the query until the last request it caused finished. */
  milliseconds: number;
}

/** Search metrics of one build, or why there are none. */
export type SearchMetrics =
  | { status: 'not built'; reason: string }
  | { status: 'failed'; reason: string; index: SearchIndexSize }
  | {
      status: 'measured';
      index: SearchIndexSize;
      /** Opening /search/: the page, its CSS and JS, and whatever Pagefind loads up front. */
      pageLoad: { bytes: number; requests: number; milliseconds: number; byKind: TransferByKind };
      firstQuery: QueryCost;
      laterQuery: QueryCost;
      /** Page load plus first query: what a visitor downloads to see the first results. */
      firstSearchBytes: number;
      /** Last keystroke to results, typed key by key; absent in reports written before it was measured. */
      keystrokes?: KeystrokeMetrics;
    };

/** The kind of a Pagefind output file, from its name. */
export function pagefindFileKind(file: string): string {
  if (file.includes('pf_fragment')) return 'fragments';
  if (file.includes('pf_index')) return 'index chunks';
  if (file.includes('pf_meta')) return 'metadata';
  if (file.includes('pf_filter')) return 'filters';
  if (/wasm/.test(file)) return 'wasm';
  if (/\.(js|css)$/.test(file)) return 'runtime (JS, CSS)';
  return 'other';
}

/** The kind of a file the search page downloads: a Pagefind file's kind, else the page, its CSS or its scripts. */
export function transferKind(urlPath: string): string {
  const path = urlPath.split(/[?#]/)[0]!;
  if (/\/pagefind\//.test(path)) return `Pagefind ${pagefindFileKind(path)}`;
  if (path.endsWith('.css')) return 'site CSS';
  if (path.endsWith('.js')) return 'site scripts';
  if (path.endsWith('/') || path.endsWith('.html')) return 'page HTML';
  return 'other';
}

/** Sizes of dist/pagefind by kind. */
export function searchIndexSize(dist: string): SearchIndexSize {
  const folder = join(dist, 'pagefind');
  const byKind: SearchIndexSize['byKind'] = {};
  let bytes = 0;
  const files = listFiles(folder);
  for (const file of files) {
    const size = statSync(join(folder, file)).size;
    const kind = pagefindFileKind(file);
    byKind[kind] = { files: (byKind[kind]?.files ?? 0) + 1, bytes: (byKind[kind]?.bytes ?? 0) + size };
    bytes += size;
  }
  return { files: files.length, bytes, byKind };
}

/** Counts response bytes (bodies as sent) and requests per step, at the server. */
class TransferCounter {
  bytes = 0;
  requests = 0;
  lastFinished = 0;
  pending = 0;
  byKind: TransferByKind = {};

  /** Counts one response. */
  add(bodyBytes: number, path: string): void {
    this.bytes += bodyBytes;
    const kind = transferKind(path);
    const entry = (this.byKind[kind] ??= { requests: 0, bytes: 0 });
    entry.requests += 1;
    entry.bytes += bodyBytes;
  }

  /** Starts a new step. */
  reset(): void {
    this.bytes = 0;
    this.requests = 0;
    this.byKind = {};
    this.lastFinished = performance.now();
  }
}

/** Waits until no request has been in flight for `quietMs` (or `limitMs` passed). */
async function waitForQuiet(counter: TransferCounter, quietMs: number, limitMs: number): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    if (counter.pending <= 0 && performance.now() - counter.lastFinished >= quietMs) return;
  }
}

/** The search field of the page's main content: a search or text input inside <main>, never the header's box (which only leads to /search/). */
async function searchField(page: Page) {
  for (const selector of ['main input[type="search"]', 'main input[name="q"]', 'main input[type="text"]']) {
    const field = page.locator(selector).first();
    if ((await field.count()) > 0) return field;
  }
  return undefined;
}

/** A result link of the search page (its own interface's), once a query has shown results. */
const resultSelector = '#search-results a';

/** Opens /search/ in a fresh Chromium profile and measures a first and a later query. */
export async function measureSearch(dist: string, queries: readonly [string, string]): Promise<SearchMetrics> {
  if (!existsSync(join(dist, 'pagefind'))) return { status: 'not built', reason: 'the build has no dist/pagefind (no search index yet)' };
  const index = searchIndexSize(dist);
  if (!existsSync(join(dist, 'search', 'index.html'))) return { status: 'failed', reason: 'dist/pagefind exists but there is no /search/ page', index };
  if (!existsSync(chromiumPath)) return { status: 'failed', reason: `no Chromium at ${chromiumPath} (apt-get install chromium)`, index };
  // Bytes are counted where they are sent: Pagefind fetches its index and WebAssembly from a web
  // worker, whose requests the page's DevTools session does not see.
  const counter = new TransferCounter();
  const server = await serveStatic(dist, {
    onRequest: () => {
      counter.requests++;
      counter.pending++;
    },
    onResponse: (bodyBytes, path) => {
      counter.pending--;
      counter.add(bodyBytes, path);
      counter.lastFinished = performance.now();
    },
  });
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumFlags, headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    counter.reset();
    const loadStarted = performance.now();
    await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
    await waitForQuiet(counter, 500, 15_000);
    const pageLoad = { bytes: counter.bytes, requests: counter.requests, milliseconds: Math.max(0, counter.lastFinished - loadStarted), byKind: counter.byKind };

    const field = await searchField(page);
    if (!field) return { status: 'failed', reason: '/search/ has no text input to type a query into', index };
    const runQuery = async (query: string): Promise<QueryCost> => {
      counter.reset();
      const started = performance.now();
      await field.fill(query);
      // A query that shows no result measured nothing: fail loudly rather than report 0 bytes.
      await page.locator(resultSelector).first().waitFor({ timeout: 15_000 });
      await waitForQuiet(counter, 700, 15_000);
      return { query, bytes: counter.bytes, requests: counter.requests, milliseconds: Math.max(0, counter.lastFinished - started), byKind: counter.byKind };
    };
    const firstQuery = await runQuery(queries[0]);
    const laterQuery = await runQuery(queries[1]);
    const keystrokes = await measureKeystrokes(page);
    return { status: 'measured', index, pageLoad, firstQuery, laterQuery, firstSearchBytes: pageLoad.bytes + firstQuery.bytes, keystrokes };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message.split('\n')[0]! : String(error), index };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
