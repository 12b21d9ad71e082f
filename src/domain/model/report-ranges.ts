/**
 * How a report page presents its cited paragraphs: as the sources describe them. Where the sources
 * speak of several consecutive paragraphs at once ("paragraphs 8 to 13 … threats"), those
 * paragraphs form one range, shown once with what the sources say of the range; inside it, each
 * paragraph keeps its anchor and shows only what the sources say of it alone ("paragraph 11: new
 * and emerging technologies"). Pure: the page renders the ranges.
 */
import { paragraphRangeAnchor } from '../anchors.ts';
import type { ReportParagraph } from './model.ts';

/** A statement of the sources about a paragraph (or a range). */
export type ParagraphStatement = ReportParagraph['statements'][number];

/** One paragraph inside a range: what belongs to it alone. */
export interface RangeParagraph {
  paragraph: ReportParagraph;
  /** The paragraph's subject where it differs from the range's (e.g. "New and emerging technologies"). */
  ownSubject?: string;
  /** Statements about this paragraph that are not statements about the whole range. */
  ownStatements: ParagraphStatement[];
}

/** Consecutive paragraphs the sources speak of together, or one paragraph on its own. */
export interface ParagraphRange {
  /** First and last paragraph numbers (equal for a single paragraph). */
  first: number;
  last: number;
  /** Anchor of the range on the report page: `paras-<first>-<last>` (a single paragraph has none of its own). */
  anchor?: string;
  /** The subject the paragraphs of the range share (the most common one; the first on a tie). */
  subject: string;
  /** What the sources say of every paragraph of the range. */
  statements: ParagraphStatement[];
  paragraphs: RangeParagraph[];
}

const keyOf = (statement: ParagraphStatement): string =>
  `${statement.session}\u0000${statement.text}`;

/**
 * Groups the paragraphs of one document (in number order) into ranges: a run of consecutive
 * numbers whose paragraphs share at least one statement is one range; the shared statements are
 * the range's, the rest stay with their paragraph.
 */
export function paragraphRanges(paragraphs: readonly ReportParagraph[]): ParagraphRange[] {
  const sorted = [...paragraphs].sort((left, right) => left.number - right.number);
  const runs: ReportParagraph[][] = [];
  for (const paragraph of sorted) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    const keys = new Set(paragraph.statements.map(keyOf));
    const shared =
      run &&
      previous &&
      previous.number + 1 === paragraph.number &&
      sharedKeys(run).some((key) => keys.has(key));
    if (shared) run.push(paragraph);
    else runs.push([paragraph]);
  }
  return runs.map(rangeOf);
}

/** Keys of the statements every paragraph of a run holds. */
function sharedKeys(run: readonly ReportParagraph[]): string[] {
  const [first, ...rest] = run;
  if (!first) return [];
  return first.statements
    .map(keyOf)
    .filter((key) =>
      rest.every((paragraph) => paragraph.statements.some((statement) => keyOf(statement) === key)),
    );
}

function rangeOf(run: ReportParagraph[]): ParagraphRange {
  const first = run[0]!.number;
  const last = run.at(-1)!.number;
  const single = run.length === 1;
  const shared = single ? [] : sharedKeys(run);
  const statements = single
    ? []
    : run[0]!.statements.filter((statement) => shared.includes(keyOf(statement)));
  const subject = mostCommon(run.map((paragraph) => paragraph.subject));
  return {
    first,
    last,
    ...(single ? {} : { anchor: paragraphRangeAnchor(first, last) }),
    subject,
    statements,
    paragraphs: run.map((paragraph) => ({
      paragraph,
      ...(paragraph.subject !== subject || single ? { ownSubject: paragraph.subject } : {}),
      ownStatements: paragraph.statements.filter((statement) => !shared.includes(keyOf(statement))),
    })),
  };
}

/** The most frequent value; the first one seen on a tie. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0]!;
  for (const value of values) if (counts.get(value)! > counts.get(best)!) best = value;
  return best;
}
