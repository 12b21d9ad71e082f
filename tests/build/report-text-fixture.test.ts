/**
 * When an editor fills a report paragraph's `text`, the report page shows it (as a quotation, with
 * its citations as links), the page no longer says the report is not reproduced for that
 * paragraph, and search finds the paragraph by the words of its text. Proven on a fixture build in
 * a copy of the project; the same checks fail on the real build, where the text is empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distRoot } from '../helpers/built-site.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';
import { indexedRecords } from '../helpers/search-index.ts';

// Marked as a fixture: the site never holds text of A/77/275 that an editor did not copy.
const fixtureText =
  'Fixture text standing for paragraph 11, not the report: quillwort markers, see resolution 75/240.';

/** What the report page and the search index of a build show of paragraph 11. */
function paragraph11(dist: string) {
  const page = parse(readFileSync(join(dist, 'reports/a-77-275/index.html'), 'utf8'));
  const article = page.querySelector('#para-11');
  return {
    quotation: article?.querySelector('blockquote.report-text p')?.text.replace(/\s+/g, ' ').trim(),
    citationLink: article?.querySelector('blockquote.report-text a')?.getAttribute('href'),
    notice: page.querySelector('#not-reproduced')?.text.replace(/\s+/g, ' ') ?? '',
    indexed:
      indexedRecords(dist).find((record) => record.url === '/reports/a-77-275/#para-11')?.text ??
      '',
  };
}

describe('a filled report paragraph text (fixture build)', () => {
  let build: IsolatedBuild;

  beforeAll(() => {
    build = isolatedBuild({
      mutations: [
        {
          file: 'report-paragraphs/a-77-275-para-11.yaml',
          find: /^text: ''$/m,
          replace: `text: '${fixtureText}'`,
        },
      ],
    });
    if (build.status !== 0) throw new Error(`the fixture build failed:\n${build.output}`);
  });

  afterAll(() => build?.dispose());

  test('is shown on the report page, with its citation linked, and the page says which paragraph is reproduced', () => {
    const shown = paragraph11(build.dist);
    expect(shown.quotation).toBe(fixtureText);
    expect(shown.citationLink).toBe('/documents/#doc-a-res-75-240');
    expect(shown.notice).toContain('reproduced here only for paragraph 11');
  });

  test('is in the search record of the paragraph', () => {
    expect(paragraph11(build.dist).indexed).toContain('quillwort markers');
  });

  test('the same checks fail on the real build, whose paragraph text is empty (test of the test)', () => {
    const real = paragraph11(distRoot);
    expect(real.quotation).toBeUndefined();
    expect(real.indexed).not.toContain('quillwort');
    expect(real.notice).toContain('The text of A/77/275 is not reproduced on this site.');
  });
});
