/** Export record of a programme time slot (`/data/slots.json`). */
import { z } from 'zod';
import { agendaBlock, timeSlot } from '../programme.ts';
import { contentId, timeZone } from '../common.ts';
import { exportDate, exportTime, offsetDateTime, permalink, sourcePassageRecord, utcDateTime } from './common.ts';

/** An agenda block inside a slot; its questions are listed by id (see questions.json). */
export const blockRecord = z
  .object({
    topicId: contentId.describe('Id of the topic of the block (see topics.json).'),
    heading: agendaBlock.shape.heading,
    agendaItem: agendaBlock.shape.agendaItem,
    subItem: agendaBlock.shape.subItem,
    continued: agendaBlock.shape.continued,
    focusedDiscussion: agendaBlock.shape.focusedDiscussion,
    speakersHeading: agendaBlock.shape.speakersHeading,
    speakers: agendaBlock.shape.speakers,
    items: agendaBlock.shape.items,
    questionIds: z.array(contentId).describe('Ids of the guiding questions of the block, in order (see questions.json).'),
    references: agendaBlock.shape.references,
    footnotes: agendaBlock.shape.footnotes,
  })
  .strict()
  .describe('An agenda block of the slot, in programme order; blocks have no times of their own.');

/** A time slot of a session programme with its local and absolute times. */
export const slotRecord = z
  .object({
    id: timeSlot.shape.id,
    sessionId: contentId.describe('Id of the session (see sessions.json).'),
    date: exportDate.describe('Date of the slot in the session time zone.'),
    start: exportTime.describe('Local start time, HH:MM, in the session time zone.'),
    end: exportTime.describe('Local end time, HH:MM, in the session time zone.'),
    timeZone: timeZone,
    timeAsPrinted: timeSlot.shape.timeAsPrinted,
    startWithOffset: offsetDateTime.describe('Start with the UTC offset in force, ISO 8601, e.g. "2022-03-28T10:00:00-04:00".'),
    endWithOffset: offsetDateTime.describe('End with the UTC offset in force, ISO 8601.'),
    startUtc: utcDateTime.describe('Start in UTC, ISO 8601, e.g. "2022-03-28T14:00:00Z".'),
    endUtc: utcDateTime.describe('End in UTC, ISO 8601.'),
    offsetLabel: z.string().min(1).describe('The UTC offset as the site prints it, e.g. "UTC−4" (with a real minus sign).'),
    format: timeSlot.shape.format,
    notes: timeSlot.shape.notes,
    topicIds: z.array(contentId).describe('Ids of the agenda item 5 sub-items discussed in the slot, in order, without repeats.'),
    blocks: z.array(blockRecord).describe('Agenda blocks in programme order.'),
    questionIds: z.array(contentId).describe('Ids of every guiding question of the slot, in order (see questions.json).'),
    permalink: permalink.describe('Absolute URL of the slot on its session page.'),
    source: sourcePassageRecord.optional(),
  })
  .strict()
  .describe('A time slot (one meeting) of a session programme.');

export type SlotRecord = z.infer<typeof slotRecord>;
