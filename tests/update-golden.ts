/**
 * Regenerates the golden calendar files in tests/fixtures/golden/ from a build of the fixture
 * content (tests/fixtures/frozen-content/, not content/) with the default site URL and base path.
 * Review the diff by eye before committing: the golden files are what `npm test` holds the
 * calendar output to, byte for byte.
 *
 *   npm run calendar:golden
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildGoldenCalendars,
  builtCalendarPaths,
  goldenFileName,
  goldenRoot,
} from './helpers/calendar-files.ts';

const build = buildGoldenCalendars();
try {
  if (build.status !== 0) {
    console.error(build.output);
    process.exit(1);
  }
  mkdirSync(goldenRoot, { recursive: true });
  for (const old of readdirSync(goldenRoot))
    if (old.endsWith('.ics')) rmSync(join(goldenRoot, old));
  const files = builtCalendarPaths(build.dist);
  for (const sitePath of files)
    copyFileSync(join(build.dist, sitePath), join(goldenRoot, goldenFileName(sitePath)));
  console.log(`${files.length} golden files written to ${goldenRoot}`);
} finally {
  build.dispose();
}
