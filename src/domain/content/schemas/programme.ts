/** The programme of work of a session: days, time slots and the agenda blocks inside them. */
import { z } from 'zod';
import {
  contentId, documentReference, footnote, guidingQuestion, isoDate, label, localTime, meetingFormat, verbatim,
} from './common.ts';

/** A person or body that speaks, briefs or makes remarks in a block. */
export const speaker = z
  .object({
    text: verbatim.describe('The line as printed, e.g. "Ms. Izumi Nakamitsu, Under-Secretary-General …".'),
    kind: z.enum(['statement', 'briefing', 'remarks']).describe('Opening statement, briefing, or remarks.'),
    name: label.optional().describe('Name of the speaker or briefing body, as printed inside the line.'),
    role: label.optional().describe('Role of the speaker, as printed inside the line.'),
    durationMinutes: z.number().int().positive().optional().describe('Announced duration in minutes, e.g. 15 for "(15 mins)".'),
  })
  .strict();

/** One agenda block: an agenda item (and sub-item) or a segment, in programme order. */
export const agendaBlock = z
  .object({
    topic: contentId.describe('Id of the topic (agenda item 5 sub-item, or procedural block) in the topics collection.'),
    heading: verbatim.describe('Heading as printed, e.g. "Agenda item 3: Organization of work".'),
    agendaItem: z.number().int().positive().optional().describe('Number of the agenda item, where the heading names one.'),
    subItem: verbatim.optional().describe('The agenda item 5 sub-item as printed, e.g. "(f) Confidence-building measures".'),
    continued: z.boolean().default(false).describe('True when this block continues the same topic from an earlier block of the session.'),
    focusedDiscussion: verbatim.optional().describe('The focused discussion text introducing the guiding questions.'),
    speakersHeading: verbatim.optional().describe('Heading over the speakers, e.g. "Opening statements".'),
    speakers: z.array(speaker).default([]).describe('Statements, briefings and remarks, in order.'),
    items: z.array(verbatim).default([]).describe('Other bullet lines printed under the block, word for word.'),
    questions: z.array(guidingQuestion).default([]).describe('Guiding questions of the block, in order.'),
    references: z.array(documentReference).default([]).describe('Documents and paragraphs the block text cites.'),
    footnotes: z.array(footnote).default([]).describe('Footnotes attached to the block heading.'),
  })
  .strict();

/** A time slot: one meeting of the session with its local start and end. */
export const timeSlot = z
  .object({
    id: contentId.describe('Stable id of the slot: its day and start time, YYYY-MM-DD-HHMM, e.g. "2022-03-28-1000"; used in anchors and calendar UIDs.'),
    start: localTime.describe('Local start time (HH:MM) in the session time zone.'),
    end: localTime.describe('Local end time (HH:MM) in the session time zone.'),
    timeAsPrinted: label.describe('The time as printed in the source, e.g. "10 a.m.-1 p.m.".'),
    format: meetingFormat,
    notes: z
      .array(verbatim)
      .default([])
      .describe('Sentences of the source about this slot printed elsewhere in it (e.g. the letter\'s paragraph announcing the meeting), word for word.'),
    blocks: z.array(agendaBlock).min(1, 'a slot needs at least one agenda block').describe('Agenda blocks in order; they have no times of their own.'),
  })
  .strict();

/** A day of the programme. */
export const programmeDay = z
  .object({
    date: isoDate.describe('The date of the day.'),
    slots: z.array(timeSlot).min(1, 'a day needs at least one slot').describe('Time slots of the day, in order.'),
  })
  .strict();

/** The programme of one session. The entry id is the file name. */
export const programmeSchema = z
  .object({
    session: contentId.describe('Id of the session this programme belongs to.'),
    days: z.array(programmeDay).min(1, 'a programme needs at least one day').describe('Days of the programme, in date order.'),
  })
  .strict();

export type SpeakerInput = z.infer<typeof speaker>;
export type AgendaBlockInput = z.infer<typeof agendaBlock>;
export type TimeSlotInput = z.infer<typeof timeSlot>;
export type ProgrammeInput = z.infer<typeof programmeSchema>;
