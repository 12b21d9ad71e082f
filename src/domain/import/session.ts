/** The session file of an import: what the document says of the session, its source and its notes. */
import { todo } from '../content/todo-markers.ts';
import { documentIdOf, type Catalogue } from './catalogue.ts';
import type { ReadDocument } from './read-document.ts';
import { ordinalNumber, sentencesOf } from './printed.ts';

/** Note kinds by the words a sentence uses, tried in order; a sentence matching none takes its neighbours' kind. */
const noteKinds: { kind: string; test: RegExp }[] = [
  { kind: 'webcast', test: /\bwebcast\b/i },
  { kind: 'venue', test: /\bwill be held at\b|\bmeeting rooms\b/i },
  { kind: 'guiding-questions', test: /\bguiding questions\b/i },
  { kind: 'statement-format', test: /\bstatements\b/i },
  { kind: 'mandate', test: /\bin my capacity as Chair\b|\bestablished pursuant to\b/i },
];

/**
 * The notes of a paragraph: its sentences grouped in runs of one kind (a sentence of no kind joins
 * the run it is in); a run of no kind at all is "general".
 */
export function notesOf(text: string, kind?: string): { kind: string; text: string }[] {
  if (kind) return [{ kind, text }];
  const runs: { kind?: string; sentences: string[] }[] = [];
  for (const sentence of sentencesOf(text)) {
    const found = noteKinds.find((candidate) => candidate.test.test(sentence))?.kind;
    const run = runs.at(-1);
    if (run && (!found || !run.kind || run.kind === found)) {
      run.sentences.push(sentence);
      run.kind ??= found;
    } else runs.push({ kind: found, sentences: [sentence] });
  }
  return runs.map((run) => ({ kind: run.kind ?? 'general', text: run.sentences.join(' ') }));
}

/** Where the programme comes from: the document's kind, title, date, symbol and signatory. */
function programmeSourceOf(
  document: ReadDocument,
  date: string,
  sourceText: string,
  catalogue: Catalogue,
): Record<string, unknown> {
  const symbol = document.programmeSymbol;
  const programmeSource: Record<string, unknown> = {
    kind: document.kind,
    title:
      document.kind === 'secretariat-note'
        ? `Note by the Secretariat of ${document.printedDate ?? todo('its date')}`
        : `Letter from the Chair of ${document.printedDate ?? todo('its date')}, annex A`,
    date,
  };
  if (symbol) {
    programmeSource.document =
      catalogue.documents.find((entry) => entry.symbol === symbol.symbol)?.id ??
      documentIdOf(symbol.symbol);
    programmeSource.documentStatus = symbol.status;
  }
  if (document.signed)
    programmeSource.signedBy = {
      name: todo('the name on the signature line, as printed'),
      title: todo('the title printed under the name, as printed'),
    };
  programmeSource.sourceText = sourceText;
  return programmeSource;
}

/** The session's data. */
export function sessionOf(
  document: ReadDocument,
  sourceText: string,
  catalogue: Catalogue,
): Record<string, unknown> {
  const number = ordinalNumber(document.sessionName?.split(' ')[0] ?? '');
  const newYork =
    /\bHeadquarters\b/.test(document.venueText ?? '') &&
    /\bNew York\b/.test(`${document.venueText} ${document.sessionName ? 'New York' : ''}`);
  const date = document.date ?? todo('the date of the document (YYYY-MM-DD)');
  const programmeSource = programmeSourceOf(document, date, sourceText, catalogue);
  const session: Record<string, unknown> = {
    number: number ?? todo('the ordinal of the session (2 for the second)'),
    name: document.sessionName ?? todo('the name of the session, e.g. "Fifth substantive session"'),
    startDate:
      document.sessionDates?.startDate ?? todo('the first day of the session (YYYY-MM-DD)'),
    endDate: document.sessionDates?.endDate ?? todo('the last day of the session (YYYY-MM-DD)'),
    venue: newYork
      ? 'United Nations Headquarters, New York'
      : todo('where the session is held, e.g. "United Nations Headquarters, New York"'),
    timeZone: newYork ? 'America/New_York' : todo('the IANA time zone of the printed times'),
    status: /^Provisional\b/i.test(document.programmeTitle ?? '')
      ? 'provisional'
      : todo('provisional or final'),
    revised: date,
    revision: 0,
    programmeTitle: document.programmeTitle ?? todo('the title of the programme as printed'),
    programmeSource,
  };
  if (document.programmeFootnotes.length > 0)
    session.programmeFootnotes = document.programmeFootnotes;
  const notes = document.notes.flatMap((note) => notesOf(note.text, note.kind));
  if (notes.length > 0) session.notes = notes;
  if (document.summaries) {
    session.summariesTitle = document.summaries.title;
    if (document.summaries.footnotes.length > 0)
      session.summariesFootnotes = document.summaries.footnotes;
  }
  if (document.links.length > 0) session.links = document.links;
  return session;
}
