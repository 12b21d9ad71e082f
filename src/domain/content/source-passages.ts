/**
 * Where each verbatim text stands in its source: the lines of the extracted source text that hold
 * it, computed at build time with the provenance test's own normalisation (never stored by hand).
 * The source pages give every line an anchor, so a "source" link lands on the passage.
 */
import type { Session, SiteModel, Slot } from '../model/model.ts';
import { normaliseForProvenance, normaliseWithOrigins } from './provenance.ts';

/** Lines of a source text (1-based, inclusive) that hold an element's text. */
export interface SourcePassage {
  /** Source text file relative to the content folder, e.g. `sources/chair-letter-2022-03-07.txt`. */
  source: string;
  startLine: number;
  endLine: number;
}

/** A source text prepared for look-ups: its normalised text and where each line starts in it. */
export interface IndexedSource {
  normalised: string;
  /** `prefixLengths[k]`: length of the normalised text of the first `k` lines. */
  prefixLengths: number[];
}

/** The keys of the elements that get a passage; one place so pages, tests and exports agree. */
export const passageKeys = {
  slot: (slotId: string) => `slot:${slotId}`,
  question: (questionId: string) => `question:${questionId}`,
  meeting: (meetingId: string) => `meeting:${meetingId}`,
  /** A sentence about a slot printed elsewhere in the source (`slot.notes`). */
  slotNote: (slotId: string, index: number) => `slot-note:${slotId}:${index}`,
  /** A further sentence about a meeting (`meeting.notes`). */
  meetingNote: (meetingId: string, index: number) => `meeting-note:${meetingId}:${index}`,
  note: (sessionId: string, index: number) => `note:${sessionId}:${index}`,
  summary: (summaryId: string) => `summary:${summaryId}`,
  programme: (sessionId: string) => `programme:${sessionId}`,
  summariesTitle: (sessionId: string) => `summaries-title:${sessionId}`,
  /** A footnote of an element, keyed by the element's key and the footnote's marker. */
  footnote: (ownerKey: string, marker: string) => `footnote:${ownerKey}:${marker}`,
} as const;

/** The stem of a source file, used in its page URL: `sources/x.txt` → `x`. */
export function sourceStem(source: string): string {
  return source.replace(/^sources\//, '').replace(/\.txt$/, '');
}

/** Splits a source into lines as its page shows them (1-based numbering follows this array). */
export function sourceLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
}

/**
 * Indexes a source: normalised text and the normalised length of every prefix of whole lines, in
 * one pass (normalising every prefix anew was quadratic: 82 s for a 400 KB source). A character of
 * the normalised text belongs to the line its original character is on (`normaliseWithOrigins`).
 */
export function indexSource(text: string): IndexedSource {
  const lines = sourceLines(text);
  const { text: normalised, origins } = normaliseWithOrigins(lines.join('\n'));
  const prefixLengths = [0];
  let count = 0;
  let nextLineStart = 0;
  for (const line of lines) {
    nextLineStart += line.length + 1;
    while (count < normalised.length && origins[count]! < nextLineStart) count += 1;
    prefixLengths.push(count);
  }
  return { normalised, prefixLengths };
}

/** The 1-based line holding the normalised character at `offset`. */
export function lineAt(index: IndexedSource, offset: number): number {
  let low = 0;
  let high = index.prefixLengths.length - 1;
  // Largest k with prefixLengths[k] <= offset: the character is on line k + 1.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (index.prefixLengths[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.min(low + 1, index.prefixLengths.length - 1);
}

/** A match of a text in a source: normalised offsets. */
interface Match {
  start: number;
  end: number;
}

/** Finds `text` in the source from `from` on (a leading capital may differ, as in the provenance test). */
function findFrom(index: IndexedSource, text: string, from: number): Match | undefined {
  const needle = normaliseForProvenance(text);
  if (!needle) return undefined;
  const first = needle.charAt(0);
  const swapped = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + needle.slice(1);
  const hits = [index.normalised.indexOf(needle, from), index.normalised.indexOf(swapped, from)].filter((hit) => hit >= 0);
  if (hits.length === 0) return undefined;
  const start = Math.min(...hits);
  return { start, end: start + needle.length };
}

/** Reads a source text by its path relative to the content folder. */
export type SourceReader = (source: string) => string;

/**
 * Locates every slot, guiding question, narrative summary, meeting, note and footnote of the site in
 * its source. Programme texts are searched in programme order, each after the previous one, so a
 * line printed many times ("Agenda item 5: … (continued)") is found where that slot prints it.
 * An element whose text is not found gets no passage (the provenance test names it).
 */
export function locatePassages(site: SiteModel, read: SourceReader): Map<string, SourcePassage> {
  const indexes = new Map<string, IndexedSource>();
  const indexOf = (source: string): IndexedSource => {
    let index = indexes.get(source);
    if (!index) indexes.set(source, (index = indexSource(read(source))));
    return index;
  };
  // Copies of a session (the benchmark corpora) search the same texts in the same source: memoise.
  const memo = new Map<string, Match | undefined>();
  const passages = new Map<string, SourcePassage>();
  for (const session of site.sessions) locateSession(session, indexOf(session.programmeSource.sourceText), memo, passages);
  return passages;
}

/** Locates every text of one session in its programme's source. */
function locateSession(
  session: Session, index: IndexedSource, memo: Map<string, Match | undefined>, passages: Map<string, SourcePassage>,
): void {
  const source = session.programmeSource.sourceText;
  const find = (text: string | undefined, from: number): Match | undefined => {
    if (!text) return undefined;
    const key = `${source}\u0000${from}\u0000${text}`;
    if (!memo.has(key)) memo.set(key, findFrom(index, text, from) ?? (from > 0 ? findFrom(index, text, 0) : undefined));
    return memo.get(key);
  };
  const passageOf = (matches: (Match | undefined)[]): SourcePassage | undefined => {
    const found = matches.filter((match): match is Match => match !== undefined);
    if (found.length === 0) return undefined;
    return {
      source,
      startLine: lineAt(index, Math.min(...found.map((match) => match.start))),
      endLine: lineAt(index, Math.max(...found.map((match) => match.end)) - 1),
    };
  };
  const put = (key: string, matches: (Match | undefined)[]): void => {
    const passage = passageOf(matches);
    if (passage) passages.set(key, passage);
  };

  const programme = find(session.programmeTitle, 0);
  put(passageKeys.programme(session.id), [programme]);
  locateAroundProgramme(session, programme, find, put);
  let cursor = programme?.end ?? 0;
  // The earliest a slot's printed time can stand: after the previous slot's own first line.
  let floor = cursor;
  for (const slot of session.slots) {
    const located = locateSlot(slot, cursor, floor, index, find, put);
    cursor = located.cursor;
    floor = located.firstLine;
  }
  locateSummaries(session, cursor, find, put);
}

/** Finds a text in a session's source from a position (or, failing that, from the start). */
type Find = (text: string | undefined, from: number) => Match | undefined;

/** Records the passage that spans the matches found under a key. */
type Put = (key: string, matches: (Match | undefined)[]) => void;

/** The programme's footnotes, the session's notes, the meetings around it and the slots' notes. */
function locateAroundProgramme(session: Session, programme: Match | undefined, find: Find, put: Put): void {
  session.programmeFootnotes.forEach((note) => {
    put(passageKeys.footnote(passageKeys.programme(session.id), note.marker), [find(note.text, programme?.end ?? 0)]);
  });
  session.notes.forEach((note, position) => put(passageKeys.note(session.id, position), [find(note.text, 0)]));
  for (const meeting of session.meetings) {
    const announcement = find(meeting.announcement, 0);
    put(passageKeys.meeting(meeting.id), [announcement]);
    meeting.notes.forEach((note, position) => put(passageKeys.meetingNote(meeting.id, position), [find(note, announcement?.start ?? 0)]));
  }
  // A slot's notes are printed elsewhere (the letter's body): searched from the start, apart from the slot.
  for (const slot of session.slots) slot.notes.forEach((note, position) => put(passageKeys.slotNote(slot.id, position), [find(note, 0)]));
}

/** The narrative summaries' title, footnotes, headings, texts and questions, in order after the programme. */
function locateSummaries(session: Session, start: number, find: Find, put: Put): void {
  let cursor = start;
  const summariesTitle = find(session.summariesTitle, cursor);
  put(passageKeys.summariesTitle(session.id), [summariesTitle]);
  session.summariesFootnotes.forEach((note) => {
    put(passageKeys.footnote(passageKeys.summariesTitle(session.id), note.marker), [find(note.text, summariesTitle?.end ?? cursor)]);
  });
  cursor = summariesTitle?.end ?? cursor;
  for (const summary of session.summaries) {
    const matches: (Match | undefined)[] = [];
    const at = (text: string | undefined): Match | undefined => {
      const match = find(text, cursor);
      if (match) cursor = match.end;
      matches.push(match);
      return match;
    };
    at(summary.heading);
    at(summary.body);
    summary.questions.forEach((question, position) => {
      if (question.group && question.group !== summary.questions[position - 1]?.group) at(question.group);
      put(passageKeys.question(question.id), [at(question.text)]);
    });
    put(passageKeys.summary(summary.id), matches);
  }
}

/**
 * The slot's printed time ("3-6 p.m."): its last print after `floor` and before `before` (the slot's
 * first text). Where the extraction separated the time column from the agenda column (two times,
 * then two slots' agenda blocks), the last print before the blocks is still this slot's own time.
 * A print glued to a digit before it ("13-6 p.m.") is not the time.
 */
function printedTime(index: IndexedSource, time: string, floor: number, before: number): Match | undefined {
  const needle = normaliseForProvenance(time);
  if (!needle) return undefined;
  for (let at = index.normalised.lastIndexOf(needle, before - needle.length); at >= floor; at = index.normalised.lastIndexOf(needle, at - 1)) {
    if (!/\d/.test(index.normalised.charAt(at - 1))) return { start: at, end: at + needle.length };
    if (at === 0) break;
  }
  return undefined;
}

/**
 * Locates one slot's texts in order from `cursor`, its passage starting at its own printed time (the
 * slot's first line in the source, where a source link must land); returns the cursor after the slot
 * and where the slot's first line starts.
 */
function locateSlot(
  slot: Slot,
  start: number,
  floor: number,
  index: IndexedSource,
  find: Find,
  put: Put,
): { cursor: number; firstLine: number } {
  let cursor = start;
  const matches: (Match | undefined)[] = [];
  const at = (text: string | undefined): Match | undefined => {
    const match = find(text, cursor);
    if (match && match.start >= cursor) cursor = match.end;
    matches.push(match);
    return match;
  };
  for (const block of slot.blocks) {
    const heading = at(block.heading);
    at(block.subItem);
    at(block.focusedDiscussion);
    at(block.speakersHeading);
    for (const speaker of block.speakers) at(speaker.text);
    for (const item of block.items) at(item);
    block.questions.forEach((question, position) => {
      if (question.group && question.group !== block.questions[position - 1]?.group) at(question.group);
      put(passageKeys.question(question.id), [at(question.text)]);
    });
    // Footnotes are printed at the foot of the page: searched from the block, they move no cursor.
    for (const note of block.footnotes) {
      put(passageKeys.footnote(passageKeys.slot(slot.id), note.marker), [find(note.text, heading?.start ?? start)]);
    }
  }
  const found = matches.filter((match): match is Match => match !== undefined);
  const firstText = found.length > 0 ? Math.min(...found.map((match) => match.start)) : start;
  const time = printedTime(index, slot.timeAsPrinted, floor, firstText);
  put(passageKeys.slot(slot.id), [time, ...matches]);
  // The next slot's time stands after this slot's first line (strictly: two slots never share one).
  return { cursor, firstLine: (time ?? found[0] ?? { start: firstText }).start + 1 };
}

/** True when the lines of `passage` hold `text`, compared as the provenance test compares. */
export function passageHolds(lines: readonly string[], passage: Pick<SourcePassage, 'startLine' | 'endLine'>, text: string): boolean {
  const held = normaliseForProvenance(lines.slice(passage.startLine - 1, passage.endLine).join('\n'));
  const needle = normaliseForProvenance(text);
  const first = needle.charAt(0);
  const swapped = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + needle.slice(1);
  return held.includes(needle) || held.includes(swapped);
}
