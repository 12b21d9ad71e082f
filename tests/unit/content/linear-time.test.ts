/**
 * Linear time on any input (issue 22): megabytes of pathological text through every check of the
 * content and through source indexing complete. The old HTML-tag pattern took 63 s on 200 KB of
 * `<a<a<a…`, indexing a 400 KB source 82 s; this asserts completion (vitest's timeout), not a time:
 * `npx node tools/bench/hostile-inputs.ts` reports the seconds.
 */
import { describe, expect, test } from 'vitest';
import { readContentText } from '../../../src/domain/content/content-files.ts';
import { normaliseForProvenance, normaliseWithOrigins } from '../../../src/domain/content/provenance.ts';
import { httpsUrl, label, verbatim, verbatimParagraphs } from '../../../src/domain/content/schemas/common.ts';
import { indexSource } from '../../../src/domain/content/source-passages.ts';
import { containsHtmlTag, textPolicyProblem } from '../../../src/domain/content/text-policy.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { pathologicalTexts } from '../../../tools/bench/pathological-text.ts';
import { brokenContent } from '../../helpers/content-fixture.ts';

const megabytes = 4;
const texts = pathologicalTexts(megabytes * 1_000_000);

describe.each(Object.entries(texts))('%s (4 MB)', (_name, text) => {
  test('the HTML-tag check and the character policy', () => {
    expect(typeof containsHtmlTag(text)).toBe('boolean');
    textPolicyProblem(text, { multiline: true });
    textPolicyProblem(text, { multiline: false });
  });

  test('every text schema: the length limit stops the checks', () => {
    for (const schema of [label, verbatim, verbatimParagraphs, httpsUrl]) {
      const result = schema.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error!.issues).toHaveLength(1);
    }
  });

  test('normalisation and source indexing', () => {
    const index = indexSource(text);
    expect(index.normalised).toBe(normaliseForProvenance(text.replace(/\r\n?/g, '\n').replace(/\n$/, '')));
    expect(normaliseWithOrigins(text).text).toBe(index.normalised);
  });
});

describe('through the reader and the loader', () => {
  test.each(Object.entries(pathologicalTexts(500_000)))('a source text with half a megabyte of %s loads', (_name, junk) => {
    // Appended to the real source (at most 2 bytes a character: under the file limit): every passage is still found, the junk only indexed.
    const fixture = brokenContent([{ file: 'sources/chair-letter-2022-03-07.txt', bytes: (original) => Buffer.concat([original, Buffer.from(`\n${junk.slice(0, Math.floor((990_000 - original.length) / 2))}`)]) }]);
    try {
      const issues: never[] = [];
      const text = readContentText(fixture.content, `${fixture.content}/sources/chair-letter-2022-03-07.txt`, 'x', issues);
      expect(issues).toEqual([]);
      expect(indexSource(text!).prefixLengths.length).toBeGreaterThan(1);
      expect(loadSite(fixture.content, fixture.root).sessions.length).toBeGreaterThan(0);
    } finally {
      fixture.dispose();
    }
  });
});

test('the pathological texts are what they say', () => {
  expect(texts['<a<a<a… (no >)']!.startsWith('<a<a<a')).toBe(true);
  expect(Object.values(texts).every((text) => text.length >= megabytes * 1_000_000 - 10)).toBe(true);
});
