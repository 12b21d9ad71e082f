/** Two clean builds are byte-identical: every page, feed, export and search-index file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareBuilds } from '../../tools/compare-builds.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';

const builds: IsolatedBuild[] = [];
afterAll(() => builds.forEach((build) => build.dispose()));

describe('reproducible build', () => {
  test('two clean builds in different folders produce the same files, byte for byte', () => {
    // A different clock zone for each build: nothing may depend on the build machine's TZ.
    builds.push(
      isolatedBuild({ env: { TZ: 'Pacific/Chatham' } }),
      isolatedBuild({ env: { TZ: 'America/Los_Angeles' } }),
    );
    for (const build of builds) expect(build.status, build.output).toBe(0);
    const result = compareBuilds(builds[0]!.dist, builds[1]!.dist);
    expect(result.files).toBeGreaterThan(0);
    expect(result).toMatchObject({ onlyInFirst: [], onlyInSecond: [], different: [] });

    // A test of the test: one changed byte is seen.
    writeFileSync(join(builds[1]!.dist, 'index.html'), 'changed');
    expect(compareBuilds(builds[0]!.dist, builds[1]!.dist).different).toEqual(['index.html']);
  });
});
