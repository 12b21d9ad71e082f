/**
 * Open-data exports are deterministic: a second `astro build` (into a temporary folder, under a
 * different host time zone) gives byte-identical /data/ files and session schedules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distRoot } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

/** The export files under a build folder, as paths relative to it, sorted. */
function exportFiles(root: string): string[] {
  const data = readdirSync(join(root, 'data'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  const schedules = readdirSync(join(root, 'sessions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => ['schedule.json', 'schedule.xml'].map((file) => join('sessions', entry.name, file)));
  return [...data, ...schedules].sort();
}

describe('a second build', () => {
  let secondBuild: string;

  beforeAll(() => {
    secondBuild = mkdtempSync(join(tmpdir(), 'oewg-open-data-build-'));
    execFileSync(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent', '--outDir', secondBuild], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      // Another host zone than the first build's: nothing may depend on the build machine's clock or zone.
      env: { ...process.env, OEWG_CONTENT_DIR: '', TZ: 'America/Los_Angeles' },
    });
  });

  afterAll(() => rmSync(secondBuild, { recursive: true, force: true }));

  test('writes the same export files', () => {
    const files = exportFiles(distRoot);
    // 6 datasets, 6 schemas, and schedule.json + schedule.xml for each of the 2 sessions.
    expect(files).toHaveLength(16);
    expect(exportFiles(secondBuild)).toEqual(files);
  });

  test('with the same bytes', () => {
    const different = exportFiles(distRoot).filter(
      (file) => !readFileSync(join(distRoot, file)).equals(readFileSync(join(secondBuild, file))),
    );
    expect(different).toEqual([]);
  });
});
