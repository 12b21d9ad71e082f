/**
 * Every kind of bad content fails with a message naming the file, the field and the problem
 * (the corpus is tests/fixtures/bad-content.ts; tests/build runs it through the real build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/domain/content/content-error.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { badContentCases as cases, withoutPosition } from '../../fixtures/bad-content.ts';
import { brokenContent, projectRoot, type Mutation } from '../../helpers/content-fixture.ts';

/** Loads broken content and returns the error lines (without the count header). */
function problemsOf(mutations: readonly Mutation[]): string[] {
  const fixture = brokenContent(mutations);
  try {
    loadSite(fixture.content, fixture.root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message.split('\n').slice(1).map((line) => withoutPosition(line.replace(/^ {2}- /, '')));
  } finally {
    fixture.dispose();
  }
  throw new Error('the broken content loaded without error');
}

describe('bad content fails with the file, the field and the problem', () => {
  test.each(cases)('$kind', ({ mutations, expected }) => {
    expect(problemsOf(mutations)).toEqual(expected);
  });

  test('every problem is reported at once, not only the first', () => {
    const problems = problemsOf([
      { file: 'programmes/second-session.yaml', find: 'topic: informal-meeting', replace: 'topic: informal' },
      { file: 'programmes/fourth-session.yaml', find: 'paragraphs: [11]', replace: 'paragraphs: [11, 99]' },
    ]);
    expect(problems).toHaveLength(2);
  });

  test('the table covers at least ten kinds of bad content', () => {
    expect(new Set(cases.map((entry) => entry.kind)).size).toBeGreaterThanOrEqual(10);
  });
});

test('a byte-order mark in every YAML and Markdown file changes nothing the loader reads', () => {
  const folders = ['sessions', 'programmes', 'meetings', 'summaries', 'topics', 'documents', 'report-paragraphs'];
  const files = folders.flatMap((folder) => readdirSync(join(projectRoot, 'content', folder)).map((name) => `${folder}/${name}`));
  const fixture = brokenContent(files.map((file) => ({ file, bytes: (original: Buffer) => Buffer.concat([Buffer.from('\uFEFF'), original]) })));
  try {
    expect(readFileSync(join(fixture.content, 'summaries', 'second-session-vi.mdx'))[0]).toBe(0xef);
    expect(JSON.stringify(loadSite(fixture.content, fixture.root))).toBe(JSON.stringify(loadSite(join(projectRoot, 'content'), projectRoot)));
  } finally {
    fixture.dispose();
  }
});
