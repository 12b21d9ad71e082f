/**
 * Regenerates the golden calendar files in tests/fixtures/golden/ from a fresh build with the
 * default site URL and base path. Review the diff by eye before committing: the golden files are
 * what `npm test` holds every later build to, byte for byte.
 *
 *   node tests/update-golden.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCalendarPaths, goldenFileName, goldenRoot } from './helpers/calendar-files.ts';
import { projectRoot } from './helpers/content-fixture.ts';

const outDir = mkdtempSync(join(tmpdir(), 'oewg-golden-'));
try {
  const { SITE_URL: _site, BASE_PATH: _base, ...env } = process.env;
  execFileSync(
    join(projectRoot, 'node_modules', '.bin', 'astro'),
    ['build', '--silent', '--outDir', outDir],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    },
  );
  mkdirSync(goldenRoot, { recursive: true });
  for (const old of readdirSync(goldenRoot))
    if (old.endsWith('.ics')) rmSync(join(goldenRoot, old));
  const files = builtCalendarPaths(outDir);
  for (const sitePath of files)
    copyFileSync(join(outDir, sitePath), join(goldenRoot, goldenFileName(sitePath)));
  console.log(`${files.length} golden files written to ${goldenRoot}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
