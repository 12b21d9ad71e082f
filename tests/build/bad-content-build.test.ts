/**
 * The whole bad-content corpus, run through the real `astro build` (each case in its own copy of
 * the project): every case fails the build, and the output names the file, the field and the
 * problem exactly as the corpus pins them (summaries are plain-text Markdown read by the domain
 * reader, so HTML in a summary's text is a corpus case like any other).
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
});
