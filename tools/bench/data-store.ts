/**
 * What the Content Layer costs: builds one project tree (default: this one) at the given scales,
 * twice each with the same content cache (a cold build, then a warm one whose loader skips every
 * file by digest), and prints build time, peak memory and the data store's size.
 *
 * Usage: `npx node tools/bench/data-store.ts [project-root] [scales, default 1,100]`; the project
 * root's own generate-corpus.ts makes the corpora, so a tree from before the Content Layer can be
 * measured the same way.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject, measureBuild } from './build-metrics.ts';

const root = resolve(process.argv[2] ?? '.');
const scales = (process.argv[3] ?? '1,100').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'oewg-data-store-'));
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

try {
  for (const scale of scales) {
    const content = scale === 1 ? join(root, 'content') : join(work, `corpus-${scale}x`);
    if (scale > 1) execFileSync(process.execPath, [join(root, 'tools', 'generate-corpus.ts'), String(scale), content], { cwd: root, stdio: 'ignore' });
    const site = copyProject(root, join(work, `site-${scale}x`), { withContent: false });
    const cache = join(work, `cache-${scale}x`);
    for (const run of ['cold', 'warm']) {
      const measured = await measureBuild(site, { OEWG_CONTENT_DIR: content, OEWG_CACHE_DIR: cache });
      const store = join(cache, 'data-store.json');
      const storeSize = existsSync(store) ? megabytes(statSync(store).size) : 'none';
      console.log(`${scale}x ${run}: status ${measured.status}, ${measured.seconds.toFixed(1)} s, peak process ${megabytes(measured.peakProcessBytes)}, `
        + `peak tree ${megabytes(measured.peakTreeBytes)}, ${measured.pages} pages, data store ${storeSize}, phases ${JSON.stringify(measured.phases)}`);
      if (measured.status !== 0) console.log(measured.tail);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
