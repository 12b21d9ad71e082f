/**
 * The whole bad-content corpus, run through the real `astro build` (each case in its own copy of
 * the project): every case fails the build, and the output names the file, the field and the
 * problem exactly as the corpus pins them. Plus what only the build can see: malformed MDX.
 */
import { describe, expect, test } from 'vitest';
import { badContentCases } from '../fixtures/bad-content.ts';
import { isolatedBuild } from '../helpers/isolated-build.ts';
import type { Mutation } from '../helpers/content-fixture.ts';

/** Builds a copy of the project with broken content and returns the status and output. */
function buildWith(mutations: readonly Mutation[]): { status: number | null; output: string } {
  const build = isolatedBuild({ mutations });
  build.dispose();
  return { status: build.status, output: build.output };
}

describe('astro build refuses every case of the bad-content corpus', () => {
  test.each(badContentCases)('$kind', ({ mutations, expected }) => {
    const { status, output } = buildWith(mutations);
    expect(status).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
  });

  test('malformed MDX in a summary body', () => {
    const { status, output } = buildWith([
      { file: 'summaries/second-session-vi.mdx', find: 'At the first substantive session', replace: '<p At the first substantive session' },
    ]);
    expect(status).not.toBe(0);
    expect(output).toMatch(/summaries\/second-session-vi\.mdx/);
  });
});
