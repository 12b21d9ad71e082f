/**
 * Imports a programme document: reads it in its form (the Secretariat's note in Markdown, or the
 * Chair's letter as extracted from its PDF) and makes the draft content files: the source, the
 * session, the programme, the meetings it announces and the narrative summaries it contains.
 * Every value the document does not decide is a `TODO` (see content/todo-markers.ts).
 */
import { todo } from '../content/todo-markers.ts';
import { documentIdOf, subItemTopic, type Catalogue } from './catalogue.ts';
import { referencesIn } from './blocks.ts';
import type { DraftFile, DraftProgramme, DraftQuestion, ImportResult } from './draft.ts';
import { meetingsOf, slotNotesOf } from './meetings.ts';
import { isLetterForm, readLetterDocument } from './letter-form.ts';
import { isNoteForm, readNote } from './note-form.ts';
import { buildDays } from './programme-builder.ts';
import type { ReadDocument } from './read-document.ts';
import { sessionOf } from './session.ts';

/** What an import needs to know besides the text. */
export interface ImportOptions {
  /** The new session's id, e.g. `fifth-session`. */
  session: string;
  catalogue: Catalogue;
}

/** Reads the document in whichever form it is in; undefined for a text in neither form. */
export function readDocument(
  text: string,
  report: (message: string) => void,
): ReadDocument | undefined {
  if (isNoteForm(text)) return readNote(text, report);
  if (isLetterForm(text)) return readLetterDocument(text, report);
  return undefined;
}

/** The file name of the source text: `<kind>-<date>.txt`. */
export function sourceFileOf(document: ReadDocument): string {
  return `sources/${document.kind}-${document.date ?? 'undated'}.txt`;
}

/** Imports a document's text; throws when the text is in neither known form. */
export function importDocument(text: string, options: ImportOptions): ImportResult {
  const handled: string[] = [];
  const report = (message: string): void => {
    handled.push(message);
  };
  const document = readDocument(text, report);
  if (!document) {
    throw new Error(
      'the text is neither a Secretariat note in Markdown (a "Note by the Secretariat" with # headings) nor a Chair\'s letter as extracted from its PDF ("Excellency," and "Annex A")',
    );
  }
  const newSymbols = new Set<string>();
  const year = document.sessionDates
    ? Number(document.sessionDates.startDate.slice(0, 4))
    : undefined;
  const days = buildDays(document.tokens, {
    catalogue: options.catalogue,
    year,
    footnotes: document.footnotes,
    attendance: document.attendance,
    newSymbols,
    report,
  });
  const programme: DraftProgramme = { session: options.session, days };
  slotNotesOf(document, programme, report);
  const sourceText = sourceFileOf(document);
  const files: DraftFile[] = [
    { path: sourceText, text },
    {
      path: `sessions/${options.session}.yaml`,
      data: sessionOf(document, sourceText, options.catalogue),
    },
    { path: `programmes/${options.session}.yaml`, data: programme },
    ...meetingsOf(document, options.session).map(({ id, data }) => ({
      path: `meetings/${id}.yaml`,
      data,
    })),
    ...summaryFiles(document, options, newSymbols),
    ...[...newSymbols].map((symbol) => ({
      path: `documents/${documentIdOf(symbol)}.yaml`,
      data: { symbol, citedAs: [symbol] },
    })),
  ];
  return { files, handled };
}

/** The narrative summaries of the letter's Annex B, one Markdown file per section. */
function summaryFiles(
  document: ReadDocument,
  options: ImportOptions,
  newSymbols: Set<string>,
): DraftFile[] {
  return (document.summaries?.sections ?? []).map((section, index) => {
    const questions = section.questions.map((question, questionIndex): DraftQuestion => {
      const draft: DraftQuestion = {
        number: questionIndex + 1,
        ...(question.group ? { group: question.group } : {}),
        text: question.text,
      };
      const references = referencesIn(options.catalogue, question.text, newSymbols);
      if (references.length > 0) draft.references = references;
      return draft;
    });
    const topic =
      subItemTopic(options.catalogue, section.heading) ??
      todo(`topic of section ${section.section}? See content/topics/`);
    return {
      path: `summaries/${options.session}-${section.section.toLowerCase()}.mdx`,
      data: {
        session: options.session,
        section: section.section,
        order: index + 1,
        topic,
        heading: section.heading,
        questions,
      },
      text: section.body || todo('the summary text printed before the guiding questions'),
    };
  });
}
