/**
 * Vitest global setup: builds the site once with `astro build` into `dist/`, so every test that
 * reads the built site (pages, feeds, exports, browser tests) checks the production output.
 * Set `OEWG_SKIP_BUILD=1` to reuse an existing `dist/` while iterating locally.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/content-fixture.ts';

export default function buildSite(): void {
  if (process.env.OEWG_SKIP_BUILD === '1' && existsSync(join(projectRoot, 'dist', 'index.html'))) return;
  execFileSync(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OEWG_CONTENT_DIR: '' },
  });
}
