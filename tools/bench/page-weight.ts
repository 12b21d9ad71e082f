/**
 * Page weight of a built site: for every HTML page, the bytes of its HTML, the CSS and JavaScript
 * it loads (linked files and inline blocks), raw, gzip and brotli, against the visible text of
 * its main content compressed the same way. Page types come from a table of URL patterns, so pages
 * that do not exist yet are simply absent from the report.
 */
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The page types of the site, first match wins; `pattern` is matched against the page URL path. */
export const pageTypes: readonly { type: string; pattern: RegExp; content: boolean }[] = [
  { type: 'home', pattern: /^\/$/, content: true },
  // The sessions of a year (/sessions/2023/) list sessions: not a session's programme.
  { type: 'sessions of a year', pattern: /^\/sessions\/\d{4}\/$/, content: false },
  { type: 'session', pattern: /^\/sessions\/[^/]+\/$/, content: true },
  { type: 'summaries', pattern: /^\/sessions\/[^/]+\/summaries\/$/, content: true },
  { type: 'topic', pattern: /^\/topics\/[^/]+\/$/, content: true },
  { type: 'topics', pattern: /^\/topics\/$/, content: true },
  { type: 'questions', pattern: /^\/questions\/$/, content: true },
  { type: 'report', pattern: /^\/reports\/[^/]+\/$/, content: true },
  { type: 'documents', pattern: /^\/documents\/$/, content: true },
  { type: 'search', pattern: /^\/search\/$/, content: false },
  { type: 'calendar', pattern: /^\/calendar\//, content: false },
  { type: 'data', pattern: /^\/data\//, content: false },
  { type: '404', pattern: /^\/404\/?$/, content: false },
];

/**
 * Scripts allowed on content pages by the budget: the enhancement, i.e. the components' own
 * scripts and the chunks they share, which Astro bundles into hashed files under `/_astro/`.
 */
export const allowedContentScript = /(^|\/)_astro\/[^/]+\.js$/;

/** The relative static imports of a bundled module (`import{a}from"./x.js"`, `import"./y.js"`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]!);
}

/** Raw, gzip and brotli sizes of some bytes. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** The weight of one page. */
export interface PageWeight {
  url: string;
  type: string;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** HTML + CSS + JS. */
  total: Sizes;
  /** The visible text of the main content alone. */
  text: Sizes;
  /** Script URLs (or "inline") the page loads, with the modules they import. */
  scripts: string[];
  /** Bytes of JavaScript (raw) that are not the allowed local-time enhancement. */
  disallowedJsBytes: number;
}

/** Sizes of a text: UTF-8 bytes, gzip level 9, brotli quality 11 (what a static host precompresses). */
export function sizesOf(text: string | Buffer): Sizes {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Adds sizes. */
export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, sizes) => ({ raw: sum.raw + sizes.raw, gzip: sum.gzip + sizes.gzip, brotli: sum.brotli + sizes.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/** The page type of a URL path, or "other". */
export function pageTypeOf(url: string): string {
  return pageTypes.find((entry) => entry.pattern.test(url))?.type ?? 'other';
}

/** Whether a page type is a content page (the budget of no JavaScript applies). */
export function isContentType(type: string): boolean {
  return pageTypes.find((entry) => entry.type === type)?.content ?? false;
}

/** The URL path of a built HTML file (`sessions/x/index.html` → `/sessions/x/`, `404.html` → `/404`). */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file.replace(/\.html$/, '')}`;
}

/** The visible text of the main content (or the body): no scripts, styles or templates, whitespace collapsed. */
export function visibleText(html: string): string {
  const root = parse(html, { comment: false });
  const main: HTMLElement | null = root.querySelector('main') ?? root.querySelector('body') ?? root;
  for (const hidden of main.querySelectorAll('script, style, noscript, template, [hidden]')) hidden.remove();
  // structuredText puts line breaks between block elements, as a browser renders them.
  return main.structuredText.replace(/\s+/g, ' ').trim();
}

/** Reads a file of the build addressed by a URL found in a page (base path and query removed). */
function readAsset(dist: string, pageUrl: string, reference: string, base: string): Buffer | undefined {
  if (/^(https?:)?\/\//.test(reference) || reference.startsWith('data:')) return undefined;
  let path = reference.split(/[?#]/)[0]!;
  path = path.startsWith('/') ? path : posix.join(pageUrl, path);
  if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  try {
    return readFileSync(join(dist, decodeURIComponent(path)));
  } catch {
    return undefined;
  }
}

/** Measures one built page. `base` is the site's base path ("/" at a domain root). */
export function measurePage(dist: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const url = urlOfFile(file);
  const root = parse(html, { comment: false });
  const css: Buffer[] = [];
  const js: Buffer[] = [];
  const scripts: string[] = [];
  let disallowedJsBytes = 0;
  for (const link of root.querySelectorAll('link[rel~="stylesheet"]')) {
    const bytes = readAsset(dist, url, link.getAttribute('href') ?? '', base);
    if (bytes) css.push(bytes);
  }
  for (const style of root.querySelectorAll('style')) css.push(Buffer.from(style.textContent, 'utf8'));
  const add = (reference: string | undefined, bytes: Buffer, allowed: boolean): void => {
    js.push(bytes);
    scripts.push(reference ?? 'inline');
    if (!allowed) disallowedJsBytes += bytes.length;
  };
  // A module's imports are downloaded and run too: followed, each file counted once per page.
  const addModule = (reference: string, bytes: Buffer): void => {
    if (scripts.includes(reference)) return;
    add(reference, bytes, allowedContentScript.test(reference));
    for (const imported of staticImports(bytes.toString('utf8'))) {
      const path = posix.join(posix.dirname(reference), imported);
      const importedBytes = readAsset(dist, url, path, base);
      if (importedBytes) addModule(path, importedBytes);
    }
  };
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    // JSON-LD and other data blocks are not JavaScript.
    if (type !== '' && type !== 'module' && !/javascript/.test(type)) continue;
    const source = script.getAttribute('src');
    const bytes = source ? readAsset(dist, url, source, base) : Buffer.from(script.textContent, 'utf8');
    if (!bytes) continue;
    if (source && type === 'module') addModule(source, bytes);
    else add(source, bytes, allowedContentScript.test(source ?? '') || allowedContentScript.test(script.getAttribute('data-enhancement') ?? ''));
  }
  const htmlSizes = sizesOf(html);
  const cssSizes = css.length > 0 ? sizesOf(Buffer.concat(css)) : { raw: 0, gzip: 0, brotli: 0 };
  const jsSizes = addSizes(...js.map((bytes) => sizesOf(bytes)));
  return {
    url,
    type: pageTypeOf(url),
    html: htmlSizes,
    css: cssSizes,
    js: jsSizes,
    total: addSizes(htmlSizes, cssSizes, jsSizes),
    text: sizesOf(visibleText(html)),
    scripts,
    disallowedJsBytes,
  };
}

/** Summary of one page type: how many pages, the median page and the heaviest page. */
export interface PageTypeWeight {
  type: string;
  count: number;
  median: PageWeight;
  heaviest: PageWeight;
  /** Brotli bytes of HTML + CSS + JS over brotli bytes of the text alone, for the median page. */
  medianRatio: number;
  /** The same ratio for the page where it is highest. */
  worstRatio: number;
  worstRatioUrl: string;
  /** The page where the ratio is highest. */
  worstRatioPage: PageWeight;
  /** Brotli bytes of the HTML alone over the text's, for the page where it is highest (CSS and JS are shared by every page and cached). */
  worstHtmlRatio: number;
  worstHtmlRatioUrl: string;
  /** JavaScript that is not the local-time enhancement, summed over the type's pages (raw bytes). */
  disallowedJsBytes: number;
}

/** Brotli ratio of a page's HTML + CSS + JS to its text alone (Infinity for a page without text). */
export function textRatio(page: PageWeight): number {
  return page.text.brotli > 0 ? page.total.brotli / page.text.brotli : Number.POSITIVE_INFINITY;
}

/** Brotli ratio of a page's HTML alone to its text alone (Infinity for a page without text). */
export function htmlTextRatio(page: PageWeight): number {
  return page.text.brotli > 0 ? page.html.brotli / page.text.brotli : Number.POSITIVE_INFINITY;
}

/** Groups measured pages by type; types in table order, then "other". */
export function summarizeByType(pages: readonly PageWeight[]): PageTypeWeight[] {
  const order = [...pageTypes.map((entry) => entry.type), 'other'];
  const summaries: PageTypeWeight[] = [];
  for (const type of order) {
    const ofType = pages.filter((page) => page.type === type);
    if (ofType.length === 0) continue;
    const bySize = [...ofType].sort((a, b) => a.total.brotli - b.total.brotli || a.url.localeCompare(b.url));
    const byRatio = [...ofType].sort((a, b) => textRatio(b) - textRatio(a) || a.url.localeCompare(b.url));
    const byHtmlRatio = [...ofType].sort((a, b) => htmlTextRatio(b) - htmlTextRatio(a) || a.url.localeCompare(b.url));
    const median = bySize[Math.floor((bySize.length - 1) / 2)]!;
    summaries.push({
      type,
      count: ofType.length,
      median,
      heaviest: bySize.at(-1)!,
      medianRatio: textRatio(median),
      worstRatio: textRatio(byRatio[0]!),
      worstRatioUrl: byRatio[0]!.url,
      worstRatioPage: byRatio[0]!,
      worstHtmlRatio: htmlTextRatio(byHtmlRatio[0]!),
      worstHtmlRatioUrl: byHtmlRatio[0]!.url,
      disallowedJsBytes: ofType.reduce((sum, page) => sum + page.disallowedJsBytes, 0),
    });
  }
  return summaries;
}

/**
 * Measures HTML pages of a build. With `sampleLimit`, at most that many pages per type are
 * measured (every page of a small build; a deterministic spread of a huge one: first, last and
 * evenly spaced), and the largest file of each type by raw size is always included.
 */
export function measureSite(dist: string, htmlFiles: readonly string[], options: { base?: string; sampleLimit?: number } = {}): PageWeight[] {
  const byType = new Map<string, string[]>();
  for (const file of htmlFiles) {
    const type = pageTypeOf(urlOfFile(file));
    byType.set(type, [...(byType.get(type) ?? []), file]);
  }
  const chosen: string[] = [];
  for (const files of byType.values()) {
    const limit = options.sampleLimit ?? files.length;
    if (files.length <= limit) {
      chosen.push(...files);
      continue;
    }
    const picked = new Set<string>();
    for (let index = 0; index < limit; index++) picked.add(files[Math.round((index * (files.length - 1)) / (limit - 1 || 1))]!);
    picked.add(files.reduce((largest, file) => (fileSize(dist, file) > fileSize(dist, largest) ? file : largest)));
    chosen.push(...picked);
  }
  return chosen.sort().map((file) => measurePage(dist, file, options.base));
}

/** Size of a file of the build in bytes. */
function fileSize(dist: string, file: string): number {
  return statSync(join(dist, file)).size;
}
