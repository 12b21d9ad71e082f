/**
 * Citations inside verbatim text: found by pattern, resolved from data, text unchanged; a citation
 * of a document or paragraph the content lacks is a content error naming the file and field.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCitations, citableTexts } from '../../../src/domain/model/back-links.ts';
import {
  createCitationResolver,
  splitCitations,
  type TextSegment,
} from '../../../src/domain/model/citations.ts';
import { ContentError } from '../../../src/domain/content/content-error.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { brokenContent } from '../../helpers/content-fixture.ts';

const site = loadSite(resolve('content'));
const resolver = createCitationResolver(site);
const origin = { file: 'content/test.yaml', field: 'text' };
const links = (segments: TextSegment[]) =>
  segments.flatMap((segment) =>
    segment.kind === 'link'
      ? [
          [
            segment.text,
            `${segment.target.path}${segment.target.fragment ? `#${segment.target.fragment}` : ''}`,
          ],
        ]
      : [],
  );

describe('splitCitations', () => {
  test.each([
    ['(see A/77/275, para. 11). What', [['A/77/275, para. 11', '/reports/a-77-275/#para-11']]],
    [
      'those referenced in paras. 8 to 13 of document A/77/275? For',
      [['paras. 8 to 13 of document A/77/275', '/reports/a-77-275/#para-8']],
    ],
    [
      'threats identified in paragraphs 8 to 13 of the 2022 annual progress report (as contained in document A/77/275):',
      [
        [
          'paragraphs 8 to 13 of the 2022 annual progress report (as contained in document A/77/275)',
          '/reports/a-77-275/#para-8',
        ],
      ],
    ],
    [
      "the Chair's summary (see A/75/816, annex II):",
      [['A/75/816, annex II', '/documents/#doc-a-75-816']],
    ],
    [
      'paragraph 1 of General Assembly resolution 75/240 (continued)',
      [['General Assembly resolution 75/240', '/documents/#doc-a-res-75-240']],
    ],
    ['pursuant to resolution 75/240.', [['resolution 75/240', '/documents/#doc-a-res-75-240']]],
    [
      'To be issued as document A/AC.292/2022/3.',
      [['A/AC.292/2022/3', '/documents/#doc-a-ac-292-2022-3']],
    ],
    ['as contained in document A/77/275.', [['A/77/275', '/reports/a-77-275/']]],
    ['no citation here, only 8 to 13 apples', []],
  ])('%s', (text, expected) => {
    const segments = splitCitations(text, resolver, origin);
    expect(links(segments)).toEqual(expected);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  test.each([
    [
      'an unknown symbol',
      'see A/99/999 for more',
      'content/test.yaml: text: cites "A/99/999", but no document in the documents collection has the symbol or citedAs "A/99/999"',
    ],
    [
      'an unknown paragraph',
      '(see A/77/275, para. 99)',
      'content/test.yaml: text: cites "A/77/275, para. 99", but paragraph 99 of A/77/275 is not in the report-paragraphs collection',
    ],
    [
      'a range reaching an unknown paragraph',
      'paras. 8 to 14 of document A/77/275',
      'content/test.yaml: text: cites "paras. 8 to 14 of document A/77/275", but paragraph 14 of A/77/275 is not in the report-paragraphs collection',
    ],
    [
      'paragraphs of a document without paragraphs',
      'A/75/816, para. 3',
      'content/test.yaml: text: cites "A/75/816, para. 3", but paragraph 3 of A/75/816 is not in the report-paragraphs collection',
    ],
    [
      'an unknown resolution',
      'resolution 76/19',
      'content/test.yaml: text: cites "resolution 76/19", but no document in the documents collection has the symbol or citedAs "resolution 76/19"',
    ],
  ])('%s fails with the file and field', (_kind, text, message) => {
    expect(() => splitCitations(text, resolver, origin)).toThrow(ContentError);
    try {
      splitCitations(text, resolver, origin);
    } catch (error) {
      expect(
        (error as ContentError).issues.map(
          (issue) => `${issue.file}: ${issue.field}: ${issue.message}`,
        ),
      ).toEqual([message]);
    }
  });

  test('every text of the real content joins back to itself exactly', () => {
    const texts = citableTexts(site);
    expect(texts.length).toBeGreaterThan(100);
    for (const entry of texts) {
      expect(
        splitCitations(entry.text, resolver, entry)
          .map((segment) => segment.text)
          .join(''),
      ).toBe(entry.text);
    }
  });
});

describe('checkCitations', () => {
  test('the real content has no dangling citation', () => {
    expect(() => checkCitations(site, resolver)).not.toThrow();
  });

  test('a question citing a paragraph the content lacks fails the build, naming file and field', () => {
    const fixture = brokenContent([
      {
        file: 'programmes/fourth-session.yaml',
        find: '(see A/77/275, para. 11)',
        replace: '(see A/77/275, para. 42)',
      },
      // Its reference says so too (a paragraph the text prints and the references leave out is
      // reported first, integrity.ts), and so does the source: a text that is not the source's
      // words is refused before its citations are read.
      {
        file: 'programmes/fourth-session.yaml',
        find: '                    paragraphs: [11]\n',
        replace: '                    paragraphs: [42]\n',
      },
      {
        file: 'sources/secretariat-note-2023-02-23.txt',
        find: '(see [A/77/275](#), para. 11)',
        replace: '(see [A/77/275](#), para. 42)',
      },
      {
        file: 'report-paragraphs/a-77-275-para-11.yaml',
        find: '(see A/77/275, para. 11)',
        replace: '(see A/77/275, para. 42)',
      },
    ]);
    try {
      expect(() => loadSite(fixture.content, fixture.root)).toThrow(
        /content\/programmes\/fourth-session\.yaml:\d+:\d+: days\[0\]\.slots\[0\]\.blocks\[2\]\.questions\[0\]\.references\[0\]\.paragraphs\[0\]: paragraph 42 of A\/77\/275 is not in the report-paragraphs collection/,
      );
    } finally {
      fixture.dispose();
    }
  });

  test('a note citing a document the content lacks fails the build, naming file and field', () => {
    const fixture = brokenContent([
      {
        file: 'sessions/second-session.yaml',
        find: 'document A/AC.292/2022/3.',
        replace: 'document A/AC.292/2022/9.',
      },
      {
        file: 'sources/chair-letter-2022-03-07.txt',
        find: 'document A/AC.292/2022/3.',
        replace: 'document A/AC.292/2022/9.',
      },
    ]);
    try {
      // loadSite runs checkCitations after assembling the model.
      expect(() => loadSite(fixture.content, fixture.root)).toThrow(
        /content\/sessions\/second-session\.yaml:\d+:\d+: programmeFootnotes\[0\]\.text: cites "A\/AC\.292\/2022\/9", but no document in the documents collection has the symbol or citedAs "A\/AC\.292\/2022\/9"/,
      );
    } finally {
      fixture.dispose();
    }
  });
});
