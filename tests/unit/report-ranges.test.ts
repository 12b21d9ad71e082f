/** Report paragraphs grouped as the sources describe them: ranges spoken of together, paragraphs spoken of alone. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ReportParagraph } from '../../src/domain/model/model.ts';
import { paragraphRanges } from '../../src/domain/model/report-ranges.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const range = { session: 'fourth-session', text: 'paragraphs 8 to 13: threats' };
const paragraph = (
  number: number,
  statements: ReportParagraph['statements'],
  subject = 'Threats',
): ReportParagraph => ({
  id: `a-para-${number}`,
  documentId: 'a',
  number,
  subject,
  statements,
  text: '',
  anchor: `para-${number}`,
  citations: [],
  file: 'x.yaml',
});

describe('paragraphRanges', () => {
  test('the real A/77/275: paragraphs 8 to 13 are one range on threats; 11 keeps its subject and its own statement', () => {
    const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
    const ranges = paragraphRanges(
      site.reportParagraphs.filter((entry) => entry.documentId === 'a-77-275'),
    );
    expect(ranges.map(({ first, last, anchor }) => ({ first, last, anchor }))).toEqual([
      { first: 8, last: 13, anchor: 'paras-8-13' },
    ]);
    expect(ranges[0]!.subject).toMatch(/^Threats/);
    expect(ranges[0]!.statements).toHaveLength(1);
    const own = ranges[0]!.paragraphs.filter(
      (entry) => entry.ownSubject || entry.ownStatements.length > 0,
    );
    expect(
      own.map((entry) => [entry.paragraph.number, entry.ownSubject, entry.ownStatements.length]),
    ).toEqual([[11, 'New and emerging technologies', 1]]);
  });

  test('a gap in the numbers, or no statement in common, starts a new range', () => {
    const ranges = paragraphRanges([
      paragraph(8, [range]),
      paragraph(9, [range]),
      paragraph(11, [range]),
      paragraph(12, [{ session: 'fourth-session', text: 'paragraph 12 alone' }], 'Other'),
    ]);
    expect(ranges.map(({ first, last, anchor }) => [first, last, anchor])).toEqual([
      [8, 9, 'paras-8-9'],
      [11, 11, undefined],
      [12, 12, undefined],
    ]);
    // A paragraph on its own keeps its subject and every statement.
    expect(ranges[1]!.paragraphs[0]).toMatchObject({
      ownSubject: 'Threats',
      ownStatements: [range],
    });
  });

  test('paragraphs given out of order are grouped by number', () => {
    const ranges = paragraphRanges([
      paragraph(10, [range]),
      paragraph(8, [range]),
      paragraph(9, [range]),
    ]);
    expect(ranges.map(({ first, last }) => [first, last])).toEqual([[8, 10]]);
  });
});
