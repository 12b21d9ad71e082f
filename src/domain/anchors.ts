/**
 * Ids and anchors of every element of the site. A leaf: it imports nothing, so the content
 * checks, the model and every output can use it. Published anchors never change.
 */

/** The anchor of a slot on its session page. */
export const slotAnchor = (slotId: string): string => `slot-${slotId}`;

/** The id (and anchor) of a guiding question. */
export const questionId = (containerId: string, number: number): string =>
  `q-${containerId}-${number}`;

/** The anchor of a report paragraph on its report page. */
export const paragraphAnchor = (number: number): string => `para-${number}`;

/** The id a document entry must have: its symbol in lower case, with `/` and `.` as `-`. */
export function documentIdOf(symbol: string): string {
  return symbol.toLowerCase().replace(/[/.]/g, '-');
}

/** The id a report-paragraph entry must have. */
export function reportParagraphIdOf(documentId: string, number: number): string {
  return `${documentId}-para-${number}`;
}

/** The anchor of a day of a session programme, e.g. `day-2022-03-28`. */
export const dayAnchor = (date: string): string => `day-${date}`;

/** The anchor of a meeting around a session, on the session page. */
export const meetingAnchor = (meetingId: string): string => `meeting-${meetingId}`;

/** The anchor of a narrative summary section on the summaries page, e.g. `summary-second-session-iv`. */
export const summaryAnchor = (summaryId: string): string => `summary-${summaryId}`;

/** The anchor of the guiding questions list of a narrative summary. */
export const summaryQuestionsAnchor = (summaryId: string): string =>
  `${summaryAnchor(summaryId)}-questions`;

/** The anchor of a document on the documents page, e.g. `doc-a-77-275`. */
export const documentAnchor = (documentId: string): string => `doc-${documentId}`;

/** The anchor of a range of report paragraphs the sources speak of together, e.g. `paras-8-13`. */
export const paragraphRangeAnchor = (first: number, last: number): string =>
  `paras-${first}-${last}`;

/** The anchor of a footnote of an element, e.g. `slot-2023-03-06-1000-fn-1`. */
export const footnoteAnchor = (ownerAnchor: string, marker: string): string =>
  `${ownerAnchor}-fn-${marker}`;

/** The anchor of a session's programme heading (cited as the place of the programme footnote). */
export const programmeAnchor = 'programme';

/** The anchor of the notes printed with a session's programme. */
export const notesAnchor = 'notes';

/** The anchor of one note printed with a session's programme, counted from 1, e.g. `note-2`. */
export const sessionNoteAnchor = (number: number): string => `note-${number}`;

/** The anchor of the meetings around a session. */
export const meetingsAnchor = 'meetings';

/** The owner anchor of the footnotes of the narrative summaries title. */
export const summariesTitleAnchor = 'summaries';

/** The anchor of a line of a source document page, e.g. `line-614`. */
export const sourceLineAnchor = (line: number): string => `line-${line}`;

/** Where a slot's text goes on after guiding questions: a later block (`block-2`) or its notes (`notes`). */
export const slotContinuedAnchor = (slotAnchor: string, part: string): string =>
  `${slotAnchor}-${part}`;

/** A glossary entry on the glossary page, e.g. `term-cbm`. */
export const glossaryAnchor = (entryId: string): string => `term-${entryId}`;
