/**
 * Meetings a letter announces: those on a day of the session become a note of the slot they fall
 * in; the others become meeting files (title, date, time, format and the announcing sentence).
 */
import { todo } from '../content/todo-markers.ts';
import type { DraftProgramme, Report } from './draft.ts';
import type { ReadDocument } from './read-document.ts';
import { firstDateIn, monthPattern, readClock, sentencesOf } from './printed.ts';

/** "on [the afternoon of] [Friday, ]18 March 2022": the date a sentence gives a meeting. */
const meetingDate = new RegExp(
  `\\bon (?:the (afternoon|morning) of )?(?:\\w+day, )?(\\d{1,2} ${monthPattern} \\d{4})`,
);
const lookaheadToDate = String.raw`(?= that | ahead of | on (?:the (?:afternoon|morning) of )?(?:\w+day, )?\d{1,2} )`;
const titleAt = new RegExp(
  `^(?:a|an|the) ((?:[\\w-]+ ){0,6}?(?:meeting|dialogue)\\b.*?)${lookaheadToDate}`,
);

/** A meeting file. */
export interface DraftMeeting {
  id: string;
  data: Record<string, unknown>;
}

/** The title of the meeting a sentence announces: the last "a/the … meeting|dialogue …" before its date. */
function titleIn(sentence: string): { title: string; at: number } | undefined {
  const articles = [...sentence.matchAll(/\b(?:a|an|the) /g)].map((match) => match.index).reverse();
  for (const at of articles) {
    const match = titleAt.exec(sentence.slice(at));
    if (match) return { title: match[1]!, at };
  }
  return undefined;
}

/** The id of a meeting file: its date and what it is (a preparatory meeting, a stakeholder dialogue). */
function meetingIdOf(date: string, title: string, sentence: string): string {
  if (/\bpreparations?\b/.test(title)) return `${date}-preparatory-meeting`;
  if (/\bdialogue\b/.test(title) && /\bstakeholders\b/.test(sentence))
    return `${date}-stakeholder-dialogue`;
  return `${date}-${/\bdialogue\b/.test(title) ? 'dialogue' : 'meeting'}`;
}

/** One meeting from its sentence (and the sentences after it in the paragraph that speak of it). */
function meetingOf(
  sentence: string,
  later: readonly string[],
  session: string,
): DraftMeeting | undefined {
  const date = firstDateIn(meetingDate.exec(sentence)?.[2] ?? '');
  const found = titleIn(sentence);
  if (!date || !found) return undefined;
  // A sentence about another meeting ("This is a follow-up meeting to the … dialogue that I held on …") quotes only this one.
  const announcement = /^This is\b/.test(sentence) ? sentence.slice(found.at) : sentence;
  const time = /\bat (\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))(\s*\(New York time\))?/.exec(
    sentence,
  );
  const start = !time
    ? 'not announced'
    : time[2]
      ? (readClock(time[1]!) ?? todo(`the start (HH:MM) of "${time[1]}"`))
      : todo(`"${time[1]}" in which time zone? Write New York time (HH:MM)`);
  const notes = later.filter(
    (text) => /\bthe (?:meeting|link|dialogue)\b/.test(text) && !meetingDate.test(text),
  );
  const data: Record<string, unknown> = {
    session,
    title: found.title,
    date,
    start,
    end: 'not announced',
    format: {
      kind: /\binformal\b/i.test(found.title) ? 'informal' : 'not stated',
      attendance: /\bvirtual\b/i.test(found.title)
        ? 'virtual'
        : /\bin[- ]person\b/.test(sentence)
          ? 'in person'
          : 'not stated',
    },
    announcement,
  };
  if (notes.length > 0) data.notes = notes;
  return { id: meetingIdOf(date, found.title, sentence), data };
}

/** Is a date (YYYY-MM-DD) a day of the session? */
const inSession = (document: ReadDocument, date: string): boolean =>
  Boolean(
    document.sessionDates &&
    date >= document.sessionDates.startDate &&
    date <= document.sessionDates.endDate,
  );

/** The meetings outside the session's days that the document announces. */
export function meetingsOf(document: ReadDocument, session: string): DraftMeeting[] {
  const meetings: DraftMeeting[] = [];
  for (const paragraph of document.meetingParagraphs) {
    const sentences = sentencesOf(paragraph);
    sentences.forEach((sentence, index) => {
      const date = firstDateIn(meetingDate.exec(sentence)?.[2] ?? '');
      if (!date || inSession(document, date)) return;
      const meeting = meetingOf(sentence, sentences.slice(index + 1), session);
      if (meeting) meetings.push(meeting);
    });
  }
  return meetings;
}

/**
 * A paragraph announcing a meeting on a day of the session ("on the afternoon of 31 March 2022")
 * becomes a note of the slot it falls in: the day's one afternoon (from 12:00) or morning slot.
 */
export function slotNotesOf(
  document: ReadDocument,
  programme: DraftProgramme,
  report: Report,
): void {
  for (const paragraph of document.meetingParagraphs) {
    const match = meetingDate.exec(paragraph);
    const date = firstDateIn(match?.[2] ?? '');
    if (!date || !inSession(document, date)) continue;
    const slots = programme.days.find((day) => day.date === date)?.slots ?? [];
    const part = match![1];
    const candidates = slots.filter(
      (slot) => !part || (part === 'afternoon') === slot.start >= '12:00',
    );
    if (candidates.length === 1) (candidates[0]!.notes ??= []).push(paragraph);
    else
      report(
        `"${paragraph.slice(0, 60)}…" announces a meeting on ${date} during the session, but no one slot of that day is "${part ?? 'named'}": add it as a slot note by hand`,
      );
  }
}
