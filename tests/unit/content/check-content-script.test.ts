/**
 * The hostile part of the bad-content corpus through `npm run check:content` itself
 * (scripts/check-content.ts in a child process, as an editor runs it): every case exits 1 and prints
 * exactly its `file: field: problem` lines, no stack trace; the real content exits 0. The whole
 * corpus runs through the same loader in content-errors.test.ts (in process: a child per case costs
 * about 1.5 s) and through the build in tests/build/bad-content-build.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badContentCases, hostileContentCases, withoutPosition } from '../../fixtures/bad-content.ts';
import { brokenContent, projectRoot, type Mutation } from '../../helpers/content-fixture.ts';

const node = join(projectRoot, 'node_modules', '.bin', 'node');
const script = join(projectRoot, 'scripts', 'check-content.ts');

/** Runs check:content on a broken copy of the content (paths in messages relative to the copy's root). */
function checkContent(mutations: readonly Mutation[]): { status: number | null; stdout: string; stderr: string } {
  const fixture = brokenContent(mutations);
  try {
    const result = spawnSync(node, [script], {
      cwd: fixture.root, encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, OEWG_CONTENT_DIR: fixture.content, NO_COLOR: '1' },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    fixture.dispose();
  }
}

describe('check:content refuses every hostile case of the bad-content corpus with its lines only', () => {
  test.each(hostileContentCases)('$kind', ({ mutations, expected }) => {
    const { status, stdout, stderr } = checkContent(mutations);
    expect(status, stdout).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Invalid content \(\d+ problems?\):$/);
    expect(lines.slice(1).map((line) => withoutPosition(line.replace(/^ {2}- /, '')))).toEqual(expected);
  }, 70_000);

  test('a typo inside a guiding question fails check:content, naming the nearest passage (issue 21)', () => {
    const typo = badContentCases.find((entry) => entry.kind.startsWith('a typo inside a guiding question'))!;
    const { status, stderr } = checkContent(typo.mutations);
    expect(status).toBe(1);
    expect(stderr).toContain('content/programmes/fourth-session.yaml:58:17: days[0].slots[0].blocks[2].questions[0].text: not found in source');
  }, 70_000);

  test('the real content passes', () => {
    const { status, stdout } = checkContent([]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^content OK: [1-9]\d* sessions/);
  }, 70_000);

  test('the hostile cases are part of the corpus', () => {
    expect(badContentCases).toEqual(expect.arrayContaining(hostileContentCases));
  });
});
