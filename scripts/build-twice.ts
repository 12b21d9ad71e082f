/**
 * Builds the site twice from scratch (`astro build --force`, content cache cleared) into two
 * temporary folders, under two different machine time zones, and compares every `.ics` file byte
 * for byte. Exit code 1 on any difference. Used by tests/build/calendar-reproducible.test.ts.
 *
 *   node scripts/build-twice.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtCalendarPaths } from '../tests/helpers/calendar-files.ts';
import { projectRoot } from '../tests/helpers/content-fixture.ts';

/** The outcome of two builds: the files compared and the ones that differ or exist only once. */
export interface BuildTwiceResult {
  zones: [string, string];
  files: string[];
  differences: string[];
}

/** Machine zones of the two builds: far apart, one with a 45-minute offset, neither New York. */
const zones: [string, string] = ['Pacific/Kiritimati', 'Asia/Kathmandu'];

/** Builds into a fresh folder under a given `TZ` and returns the folder. */
function buildInto(zone: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'oewg-build-'));
  execFileSync(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent', '--force', '--outDir', outDir], {
    cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TZ: zone },
  });
  return outDir;
}

/** Runs both builds and compares their calendar files. */
export function buildTwice(): BuildTwiceResult {
  const outDirs = zones.map(buildInto);
  try {
    const [first, second] = outDirs.map(builtCalendarPaths) as [string[], string[]];
    const files = [...new Set([...first, ...second])].sort();
    const differences = files.filter((file) => {
      if (!first.includes(file) || !second.includes(file)) return true;
      return !readFileSync(join(outDirs[0]!, file)).equals(readFileSync(join(outDirs[1]!, file)));
    });
    return { zones, files, differences };
  } finally {
    for (const outDir of outDirs) rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = buildTwice();
  console.log(`${result.files.length} .ics files compared (TZ=${result.zones.join(' vs TZ=')}): ${result.differences.length} differ`);
  for (const file of result.differences) console.log(`  differs: ${file}`);
  process.exitCode = result.differences.length === 0 ? 0 : 1;
}
