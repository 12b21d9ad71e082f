/**
 * The calendar files, byte for byte: a build of the fixture content (tests/fixtures/frozen-content)
 * holds exactly the reviewed golden files in tests/fixtures/golden. The fixture, not content/, so a
 * new session changes no golden file; the real build's feeds are checked by rule in
 * calendar-feeds.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import {
  buildGoldenCalendars,
  builtCalendarPaths,
  expectedCalendarPaths,
  goldenContent,
  goldenFileName,
  goldenRoot,
} from '../helpers/calendar-files.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import type { IsolatedBuild } from '../helpers/isolated-build.ts';

const goldenFiles = readdirSync(goldenRoot)
  .filter((name) => name.endsWith('.ics'))
  .sort();
const regenerate = 'run npm run calendar:golden and review the diff';

describe('golden calendar files', () => {
  let build: IsolatedBuild;
  beforeAll(() => {
    build = buildGoldenCalendars();
    expect(build.status, build.output).toBe(0);
  });
  afterAll(() => build?.dispose());

  test('the fixture build has every calendar file its model calls for, each with a golden copy', () => {
    const built = builtCalendarPaths(build.dist);
    expect(built).toEqual(expectedCalendarPaths(loadSite(goldenContent, projectRoot)));
    expect(built.map(goldenFileName).sort(), regenerate).toEqual(goldenFiles);
  });

  test.each(goldenFiles)('%s equals its golden file byte for byte', (name) => {
    const sitePath = builtCalendarPaths(build.dist).find((path) => goldenFileName(path) === name);
    expect(sitePath, `${name}: not in the fixture build; ${regenerate}`).toBeDefined();
    const built = readFileSync(join(build.dist, sitePath!));
    expect(built.equals(readFileSync(join(goldenRoot, name))), `${name}: ${regenerate}`).toBe(true);
  });
});
