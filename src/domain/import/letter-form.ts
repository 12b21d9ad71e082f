/**
 * Reads the Chair's letter as extracted from its PDF: every printed line is followed by an empty
 * line, a line of spaces ends a paragraph, and a paragraph of the letter starts indented. The
 * letter (date, paragraphs, signature, addressees), Annex A (the programme, whose time column may
 * be printed apart from its agenda column) and Annex B (narrative summaries) are read in turn;
 * bare link lines (page furniture) are left out.
 */
import type { Report } from './draft.ts';
import type { Token } from './programme-builder.ts';
import { capitalised, type ReadDocument, type SummarySection } from './read-document.ts';
import {
  dayHeading,
  firstDateIn,
  joinLines,
  monthPattern,
  sessionDatesIn,
  timeRangePattern,
} from './printed.ts';

/** True for a text in the letter's form. */
export function isLetterForm(text: string): boolean {
  return /^\s*Excellency,/m.test(text) && /^\s*Annex A\s*$/m.test(text);
}

/** Lines that start a paragraph of their own, whatever precedes them. */
const startsParagraph = (line: string): boolean =>
  /^[-•]\s/.test(line) ||
  /^\d+\.\s/.test(line) ||
  /^Note:\s/.test(line) ||
  /^[IVX]+ [A-Z]/.test(line) ||
  /^\d [A-Z]/.test(line) ||
  /^Suggested guiding questions:/.test(line) ||
  Boolean(dayHeading(line)) ||
  timeRangePattern.test(line);

/** The letter's paragraphs, each its lines joined; link lines left out (counted in the report). */
export function letterParagraphs(text: string, report: Report): string[] {
  const paragraphs: string[][] = [];
  let pendingBreak = true;
  let links = 0;
  for (const raw of text.split(/\r?\n/)) {
    if (raw === '') continue;
    const line = raw.trim();
    if (line === '') {
      pendingBreak = true;
    } else if (/^(?:https?:|mailto:)\S+$/.test(line)) {
      links += 1;
      pendingBreak = true;
    } else {
      if (pendingBreak || /^\s/.test(raw) || startsParagraph(line)) paragraphs.push([]);
      paragraphs.at(-1)!.push(line);
      pendingBreak = false;
    }
  }
  if (links > 0) report(`${links} bare link lines (page furniture of the PDF) left out`);
  return paragraphs.map((lines) => joinLines(lines));
}

/** A title with its footnote mark glued on ("Provisional Programme of Work1") split into both. */
function titleAndMarker(text: string): { title: string; marker?: string } {
  const match = /^(.*[A-Za-z])(\d)$/.exec(text);
  return match ? { title: match[1]!, marker: match[2]! } : { title: text };
}

/** A meeting paragraph: it speaks of a meeting or dialogue "on [the afternoon of] <date>". */
const announcesMeeting = (text: string): boolean =>
  /\b(?:meeting|dialogue)\b/.test(text) &&
  new RegExp(
    `\\bon (?:the (?:afternoon|morning) of |\\w+day, )?\\d{1,2} ${monthPattern} \\d{4}`,
  ).test(text);

/** The letter before Annex A: date, the paragraphs (notes, meetings), signature and addressees. */
function readLetter(paragraphs: readonly string[], document: ReadDocument, report: Report): void {
  const dateParagraph = paragraphs.find((text) =>
    new RegExp(`^\\d{1,2} ${monthPattern} \\d{4}$`).test(text),
  );
  if (dateParagraph) {
    document.printedDate = dateParagraph;
    document.date = firstDateIn(dateParagraph);
  }
  const closing = paragraphs.findIndex((text) => /^Please accept\b/.test(text));
  const end = closing < 0 ? paragraphs.length : closing;
  const start = paragraphs.findIndex((text) => /^Excellency,?$/.test(text)) + 1;
  for (const text of paragraphs.slice(start, end)) {
    if (announcesMeeting(text)) document.meetingParagraphs.push(text);
    else document.notes.push({ text });
    const session = /\bThe (\w+ substantive session) of the \w+ will be held\b[^.]*/.exec(text);
    if (session) {
      document.sessionName = capitalised(session[1]!);
      document.sessionDates = sessionDatesIn(session[0]);
      document.venueText = session[0];
    }
  }
  if (closing < 0) return;
  const after = paragraphs.slice(closing + 1);
  const addressees = after.findIndex((text) => /^All Permanent Representatives\b/.test(text));
  if (addressees >= 0) document.notes.push({ kind: 'addressees', text: after[addressees]! });
  if (addressees > 0)
    document.notes.push({ kind: 'signature', text: after.slice(0, addressees).join(' ') });
  // The extraction joins the signature's lines (name, title, body) into one paragraph: where the
  // name ends is for a person to decide.
  if (addressees > 0) document.signed = true;
  if (after.some((text) => /^Enclosures:/.test(text)))
    report("the letter's list of enclosures left out (it names the annexes)");
}

/** The kind of token a paragraph of Annex A is, given the token before it and the next paragraph. */
function annexToken(text: string, previous: Token | undefined, next: string | undefined): Token {
  if (dayHeading(text)) return { kind: 'day', text };
  if (/^[-•]\s/.test(text)) return { kind: 'bullet', text: text.replace(/^[-•]\s+/, '') };
  if (
    /^Agenda item \d+:/.test(text) ||
    /^(?:Opening|Closing|Closure) of the session\b/.test(text) ||
    previous?.kind === 'time'
  ) {
    return { kind: 'heading', text, markers: [] };
  }
  if (/\bstatements$/.test(text) && next && /^[-•]\s/.test(next))
    return { kind: 'speakersHeading', text };
  if (previous?.kind === 'heading' && /^Agenda item 5\b/.test(previous.text))
    return { kind: 'subItem', text };
  return { kind: 'paragraph', text };
}

/** Annex A: title, footnotes, the note on statements, and the programme's tokens. */
function readAnnexA(paragraphs: readonly string[], document: ReadDocument): void {
  const { title, marker } = titleAndMarker(paragraphs[0] ?? '');
  document.programmeTitle = title;
  paragraphs.slice(1).forEach((text, index, rest) => {
    const footnote = /^(\d) ([A-Z].*)$/.exec(text);
    if (footnote && footnote[1] === marker) {
      document.programmeFootnotes.push({ marker: footnote[1]!, text: footnote[2]! });
      const symbol = /^To be issued as document (\S+?)\.?$/.exec(footnote[2]!)?.[1];
      if (symbol) document.programmeSymbol = { symbol, status: 'to be issued' };
      document.tokens.push({ kind: 'break' });
      return;
    }
    if (/^Note:\s/.test(text)) {
      document.notes.push({ text: text.replace(/^Note:\s+/, '') });
      return;
    }
    const time = timeRangePattern.exec(text);
    if (time) {
      document.tokens.push({ kind: 'time', text: time[0] });
      const rest = text.slice(time[0].length).trim();
      if (rest) document.tokens.push({ kind: 'heading', text: rest, markers: [] });
      return;
    }
    document.tokens.push(annexToken(text, document.tokens.at(-1), rest[index + 1]));
  });
}

/** Annex B: title and footnote, then sections I, II… with summary text and numbered questions. */
function readAnnexB(
  paragraphs: readonly string[],
  report: Report,
): NonNullable<ReadDocument['summaries']> {
  const { title, marker } = titleAndMarker(paragraphs[0] ?? '');
  const summaries: NonNullable<ReadDocument['summaries']> = { title, footnotes: [], sections: [] };
  let group: string | undefined;
  for (const text of paragraphs.slice(1)) {
    const section = summaries.sections.at(-1);
    const footnote = /^(\d) ([A-Z].*)$/.exec(text);
    const heading = /^([IVX]+) (.+)$/.exec(text);
    const question = /^(\d+)\.\s+(.+)$/.exec(text);
    if (footnote && footnote[1] === marker)
      summaries.footnotes.push({ marker: footnote[1]!, text: footnote[2]! });
    else if (heading) {
      summaries.sections.push({
        section: heading[1]!,
        heading: heading[2]!,
        body: '',
        questions: [],
      });
      group = undefined;
    } else if (!section)
      report(`Annex B: "${text.slice(0, 60)}…" before the first section, left out`);
    else if (/^[-•]\s/.test(text) && section.body === '')
      section.body = text.replace(/^[-•]\s+/, '');
    else if (/^Suggested guiding questions:$/.test(text)) continue;
    else if (question)
      section.questions.push(group ? { text: question[2]!, group } : { text: question[2]! });
    else
      addAfterQuestions(section, text, report, (value) => {
        group = value;
      });
  }
  return summaries;
}

/** A paragraph among the questions: the rest of a question cut by a page break, or a group heading. */
function addAfterQuestions(
  section: SummarySection,
  text: string,
  report: Report,
  setGroup: (group: string) => void,
): void {
  const last = section.questions.at(-1);
  if (last && !/[.?!:)]$/.test(last.text)) {
    last.text = `${last.text} ${text}`;
    report(
      `Annex B ${section.section}: a question cut by a page break joined ("…${text.slice(0, 30)}…")`,
    );
  } else if (section.questions.length > 0 && !/[.?!]$/.test(text)) setGroup(text);
  else
    report(
      `Annex B ${section.section}: "${text.slice(0, 60)}…" is neither question nor group heading; left out, add it by hand`,
    );
}

/** Reads a letter as extracted from its PDF. */
export function readLetterDocument(text: string, report: Report): ReadDocument {
  const paragraphs = letterParagraphs(text, report);
  const annexA = paragraphs.indexOf('Annex A');
  const annexB = paragraphs.indexOf('Annex B');
  const document: ReadDocument = {
    kind: 'chair-letter',
    programmeFootnotes: [],
    notes: [],
    links: [],
    meetingParagraphs: [],
    tokens: [],
    footnotes: new Map(),
    attendance: /\bheld in[- ]person\b/i.test(joinLines(text.split('\n')))
      ? 'in person'
      : 'not stated',
  };
  readLetter(paragraphs.slice(0, annexA < 0 ? paragraphs.length : annexA), document, report);
  if (annexA >= 0)
    readAnnexA(paragraphs.slice(annexA + 1, annexB < 0 ? paragraphs.length : annexB), document);
  if (annexB >= 0) document.summaries = readAnnexB(paragraphs.slice(annexB + 1), report);
  // The letter's end (to whom it is addressed, who signed it) comes after the notes on the session and programme.
  const ending = document.notes.filter(
    (note) => note.kind === 'signature' || note.kind === 'addressees',
  );
  document.notes = [...document.notes.filter((note) => !ending.includes(note)), ...ending];
  return document;
}
