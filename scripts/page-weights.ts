/**
 * Page weights of the built site per page type: bytes of the HTML plus the CSS and JS it loads,
 * raw and gzip-compressed (node:zlib, level 9). `node scripts/page-weights.ts [dist]` after a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const root = process.argv[2] ?? 'dist';
const pageTypes: [string, string][] = [
  ['home', 'index.html'],
  ['session (2nd)', 'sessions/second-session/index.html'],
  ['session (4th)', 'sessions/fourth-session/index.html'],
  ['summaries', 'sessions/second-session/summaries/index.html'],
  ['topics', 'topics/index.html'],
  ['topic', 'topics/confidence-building-measures/index.html'],
  ['questions', 'questions/index.html'],
  ['report', 'reports/a-77-275/index.html'],
  ['documents', 'documents/index.html'],
  ['404', '404.html'],
];

/** Raw and gzip sizes of a buffer. */
const sizes = (buffer: Buffer): { raw: number; gzip: number } => ({
  raw: buffer.byteLength,
  gzip: buffer.byteLength === 0 ? 0 : gzipSync(buffer, { level: 9 }).byteLength,
});

/** The local file of an asset URL of the build (base path stripped by trying each suffix). */
function assetFile(url: string): string | undefined {
  const parts = url.split('?')[0]!.split('/').filter(Boolean);
  for (let start = 0; start < parts.length; start += 1) {
    const candidate = join(root, ...parts.slice(start));
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const rows: string[][] = [
  ['page type', 'HTML raw', 'HTML gzip', 'CSS raw', 'CSS gzip', 'JS raw', 'JS gzip', 'total gzip'],
];
for (const [name, file] of pageTypes) {
  const html = readFileSync(join(root, file));
  const document = parse(html.toString('utf8'));
  const css = document
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => assetFile(link.getAttribute('href')!))
    .filter((path): path is string => !!path);
  const js = document
    .querySelectorAll('script[src]')
    .map((script) => assetFile(script.getAttribute('src')!))
    .filter((path): path is string => !!path);
  const h = sizes(html);
  const c = sizes(Buffer.concat(css.map((path) => readFileSync(path))));
  const j = sizes(Buffer.concat(js.map((path) => readFileSync(path))));
  rows.push(
    [name, h.raw, h.gzip, c.raw, c.gzip, j.raw, j.gzip, h.gzip + c.gzip + j.gzip].map(String),
  );
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows)
  console.log(
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  '),
  );
