/**
 * The notes and footnotes a calendar or conference-app user needs with a slot, word for word:
 * the slot's own notes (sentences of the source about it printed elsewhere), its blocks' footnotes,
 * the footnotes of the programme title, and the session notes on how the meetings are held
 * (webcast, venue, statements, links and contacts). Shared by the iCalendar feeds and the
 * conference schedules, so the two carry the same notes as the session page.
 */
import type { Meeting, Session, Slot } from '../model/model.ts';

/** Session notes about how every meeting of the session is held: carried by every slot's event. */
export const logisticsNoteKinds = ['webcast', 'venue', 'statement-format', 'logistics'] as const;

/** The notes of a slot as plain-text lines, e.g. `Footnote 1: States are strongly encouraged …`. */
export function slotNoteLines(
  slot: Pick<Slot, 'blocks' | 'notes'>,
  session: Pick<Session, 'programmeFootnotes' | 'notes'>,
): string[] {
  return [
    ...slot.notes.map((note) => `Note: ${note}`),
    ...slot.blocks.flatMap((block) =>
      block.footnotes.map((footnote) => `Footnote ${footnote.marker}: ${footnote.text}`),
    ),
    ...session.programmeFootnotes.map(
      (footnote) => `Footnote ${footnote.marker} of the programme title: ${footnote.text}`,
    ),
    ...session.notes
      .filter((note) => (logisticsNoteKinds as readonly string[]).includes(note.kind))
      .map((note) => `Note: ${note.text}`),
  ];
}

/** Every text of a slot's notes that its events must carry (for the checks of the feeds). */
export function slotNoteTexts(
  slot: Pick<Slot, 'blocks' | 'notes'>,
  session: Pick<Session, 'programmeFootnotes' | 'notes'>,
): string[] {
  return [
    ...slot.notes,
    ...slot.blocks.flatMap((block) => block.footnotes.map((footnote) => footnote.text)),
    ...session.programmeFootnotes.map((footnote) => footnote.text),
    ...session.notes
      .filter((note) => (logisticsNoteKinds as readonly string[]).includes(note.kind))
      .map((note) => note.text),
  ];
}

/** The notes of a meeting around a session, as plain-text lines. */
export function meetingNoteLines(meeting: Pick<Meeting, 'notes'>): string[] {
  return meeting.notes.map((note) => `Note: ${note}`);
}
