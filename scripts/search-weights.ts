/**
 * The search index's weight and what a search costs a reader: total bytes of dist/pagefind per
 * file type (Pagefind also writes UI files the site does not use), then, in Chromium against
 * `astro preview`, the bytes a first query downloads on the
 * search page (beyond the page itself) and a second query after it: bytes on the wire, headers
 * included, as `astro preview` serves them (it compresses text files when the browser accepts gzip);
 * then the time from the last keystroke to the results, typing queries key by key as a reader does
 * (the median and the slowest, measured in the page: from the last `input` event to the status
 * announcing the whole query's results). `node scripts/search-weights.ts` after a build (dist/ at
 * the project root).
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { launchBrowser } from '../tools/browser.ts';
import { startPreview } from '../tools/preview.ts';
import { answered, measureKeystrokes } from '../tools/bench/keystrokes.ts';

const bundle = join('dist', 'pagefind');

/** Total bytes per kind of file of the bundle. */
function indexSizes(): Map<string, { files: number; bytes: number }> {
  const sizes = new Map<string, { files: number; bytes: number }>();
  for (const entry of readdirSync(bundle, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const kind = entry.parentPath.endsWith('fragment')
      ? 'fragment'
      : entry.parentPath.endsWith('index')
        ? 'index chunk'
        : entry.parentPath.endsWith('filter')
          ? 'filter'
          : extname(entry.name) || entry.name;
    const size = sizes.get(kind) ?? { files: 0, bytes: 0 };
    size.files += 1;
    size.bytes += statSync(join(entry.parentPath, entry.name)).size;
    sizes.set(kind, size);
  }
  return sizes;
}

const sizes = indexSizes();
const total = [...sizes.values()].reduce((sum, size) => sum + size.bytes, 0);
console.log(`dist/pagefind: ${total} bytes`);
for (const [kind, size] of [...sizes].sort((a, b) => b[1].bytes - a[1].bytes))
  console.log(
    `  ${kind.padEnd(14)} ${String(size.files).padStart(4)} files ${String(size.bytes).padStart(8)} bytes`,
  );

const preview = await startPreview();
const browser = await launchBrowser();
try {
  const { page } = await browser.newPage();
  // The context sees the page's requests and its worker's (Pagefind loads its index in a worker).
  let log: { url: string; bytes: number }[] = [];
  page.context().on('requestfinished', (request) => {
    void request
      .sizes()
      .then((sizes) =>
        log.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }),
      );
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  };

  await page.goto(`${preview.url}search/`);
  await settle();
  const report = (label: string) => {
    const bytes = log.reduce((sum, entry) => sum + entry.bytes, 0);
    console.log(`${label}: ${bytes} bytes in ${log.length} responses`);
    for (const entry of log)
      console.log(`  ${String(entry.bytes).padStart(8)}  ${entry.url.replace(preview.url, '/')}`);
    log = [];
  };
  report('search page load (HTML, CSS, the search script, local-time.js)');
  await page.locator('#search-q').fill('funding for capacity-building');
  await answered(page);
  await settle();
  report('first query "funding for capacity-building"');
  await page.locator('#search-q').fill('points of contact directory');
  await answered(page);
  await settle();
  report('second query "points of contact directory"');

  // Keystroke to results, typed key by key, the index already warm.
  const keystrokes = await measureKeystrokes(page);
  console.log(
    `keystroke to results: median ${keystrokes.medianMilliseconds} ms, slowest ${keystrokes.slowestMilliseconds} ms`,
  );
  for (const delay of keystrokes.delays)
    console.log(`  ${String(delay.milliseconds).padStart(5)} ms  ${delay.query}`);
} finally {
  await browser.close();
  await preview.stop();
}
