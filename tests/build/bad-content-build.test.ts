/**
 * The whole bad-content corpus, run through the real `astro build` (each case in its own copy of
 * the project): every case fails the build, and the output names the file, the field and the
 * problem exactly as the corpus pins them, with no stack trace (the content loader validates with the
 * domain reader, so a summary's MDX body is a corpus case like any other). Plus what
 * only the build can see: a byte-order mark in every content file, which changes nothing.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareBuilds } from '../../tools/compare-builds.ts';
import { badContentCases, withoutPosition } from '../fixtures/bad-content.ts';
import { distRoot } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { isolatedBuild } from '../helpers/isolated-build.ts';
import type { Mutation } from '../helpers/content-fixture.ts';

/** What a stack trace or Astro's error location looks like in build output. */
const stackTrace = /^\s+at .*[:(]\d+:\d+\)?$|Stack trace:|Location:/m;

/** Builds a copy of the project with broken content: the status, the output, and whether `dist/` was left behind. */
function buildWith(mutations: readonly Mutation[]): {
  status: number | null;
  output: string;
  leftDist: boolean;
} {
  const build = isolatedBuild({ mutations });
  const leftDist = existsSync(build.dist);
  build.dispose();
  return { status: build.status, output: build.output, leftDist };
}

describe('astro build refuses every case of the bad-content corpus', () => {
  test.each(badContentCases)(
    '$kind',
    ({ mutations, expected }) => {
      const { status, output, leftDist } = buildWith(mutations);
      expect(status).not.toBe(0);
      for (const line of expected) expect(withoutPosition(output)).toContain(line);
      // Only the problem lines: no stack trace, no location inside the project's code.
      expect(output).not.toMatch(stackTrace);
      // A failed build leaves no half-written site behind (clean-failed-build.ts).
      expect(leftDist).toBe(false);
    },
    120_000,
  );

  test('a test of the test: the stack-trace pattern catches what Astro prints for a thrown error', () => {
    expect(
      'Invalid content (1 problem):\n  Location:\n    /p/src/data/loaders.ts:27:33\n  Stack trace:\n    at Object.load (/p/src/data/loaders.ts:27:33)',
    ).toMatch(stackTrace);
    expect(
      '    at async #doSync (file:///p/node_modules/astro/dist/content/content-layer.js:220:5)',
    ).toMatch(stackTrace);
  });
});

describe('a byte-order mark is accepted in every format', () => {
  const files = [
    'sessions',
    'programmes',
    'meetings',
    'summaries',
    'topics',
    'documents',
    'report-paragraphs',
  ].flatMap((folder) =>
    readdirSync(join(projectRoot, 'content', folder)).map((name) => `${folder}/${name}`),
  );
  const withMark: Mutation[] = files.map((file) => ({
    file,
    bytes: (original) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]),
  }));

  test('every YAML and Markdown file with a BOM: the build succeeds and equals the build without', () => {
    expect(
      files.some((file) => file.endsWith('.mdx')) && files.some((file) => file.endsWith('.yaml')),
    ).toBe(true);
    const build = isolatedBuild({ mutations: withMark });
    try {
      expect(build.status, build.output).toBe(0);
      expect(compareBuilds(distRoot, build.dist)).toMatchObject({
        onlyInFirst: [],
        onlyInSecond: [],
        different: [],
      });
    } finally {
      build.dispose();
    }
  });
});
