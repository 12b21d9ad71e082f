/**
 * The production build itself refuses bad content, with the file and the field in its output:
 * a schema error (caught by the content loaders), a cross-reference error (caught by the data
 * module) and an error in MDX frontmatter (caught by Astro's glob loader with our schema).
 */
import { describe, expect, test } from 'vitest';
import type { Mutation } from '../helpers/content-fixture.ts';
import { isolatedBuild } from '../helpers/isolated-build.ts';

/** Runs `astro build` on a copy of the project with broken content. */
function buildWith(mutations: Mutation[]): { status: number | null; output: string } {
  const build = isolatedBuild({ mutations });
  build.dispose();
  return { status: build.status, output: build.output };
}

describe('astro build fails on bad content', () => {
  test.each([
    {
      kind: 'schema error in a YAML collection',
      mutations: [{ file: 'sessions/fourth-session.yaml', find: 'timeZone: America/New_York', replace: 'timeZone: Eastern' }],
      expected: /content\/sessions\/fourth-session\.yaml: timeZone: must be an IANA time-zone name/,
    },
    {
      kind: 'dangling reference to a report paragraph',
      mutations: [{ file: 'programmes/fourth-session.yaml', find: 'paragraphs: [11]', replace: 'paragraphs: [21]' }],
      expected: /content\/programmes\/fourth-session\.yaml: days\[0\]\.slots\[0\]\.blocks\[2\]\.questions\[0\]\.references\[0\]\.paragraphs\[0\]: paragraph 21 of A\/77\/275 is not in the report-paragraphs collection/,
    },
    {
      kind: 'wrong type in MDX frontmatter',
      mutations: [{ file: 'summaries/second-session-iv.mdx', find: 'order: 4', replace: 'order: four' }],
      expected: /order[\s\S]*Expected type `"number"`[\s\S]*summaries\/second-session-iv\.mdx/,
    },
  ] satisfies { kind: string; mutations: Mutation[]; expected: RegExp }[])('$kind', ({ mutations, expected }) => {
    const { status, output } = buildWith(mutations);
    expect(status).not.toBe(0);
    expect(output).toMatch(expected);
  });
});
