/** Every built page is valid HTML with lang, title, description and one h1; the check itself catches breakage. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBuiltHtml, htmlFiles } from '../../tools/check-html.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { distRoot } from '../helpers/built-site.ts';

describe('built HTML', () => {
  test('every page passes html-validate and has its metadata', async () => {
    expect(htmlFiles(distRoot).length).toBeGreaterThan(0);
    expect(await checkBuiltHtml(distRoot, projectRoot)).toEqual([]);
  });

  test('the check fails on a broken page (a test of the test)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'oewg-html-'));
    try {
      writeFileSync(
        join(folder, 'index.html'),
        '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body><main><p>unclosed <b>bold</main><h1>a</h1><h1>b</h1></body></html>',
      );
      const rules = (await checkBuiltHtml(folder, projectRoot)).map(
        (problem) => `${problem.rule}: ${problem.message}`,
      );
      expect(rules).toEqual(
        expect.arrayContaining([
          'page-metadata: the <html> element has no lang attribute',
          'page-metadata: the page has no non-empty <title>',
          'page-metadata: the page has no meta description',
          'page-metadata: the page has 2 <h1> elements; it needs exactly one',
        ]),
      );
      expect(
        rules.some(
          (rule) => rule.startsWith('close-order') || rule.startsWith('element-permitted'),
        ),
      ).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
