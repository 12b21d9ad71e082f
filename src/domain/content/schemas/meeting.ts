/** Meetings around a session announced by the sources (preparatory meetings, stakeholder dialogues). */
import { z } from 'zod';
import { contentId, isoDate, localTime, meetingFormat, notAnnounced, verbatim } from './common.ts';

/** A meeting held around a session, outside its programme. The entry id is the file name. */
export const meetingSchema = z
  .object({
    session: contentId.describe('Id of the session the meeting relates to.'),
    title: verbatim.describe('What the meeting is, as the source words it.'),
    date: isoDate.describe('Date of the meeting.'),
    start: z.union([localTime, notAnnounced]).describe('Local start time, or "not announced".'),
    end: z.union([localTime, notAnnounced]).describe('Local end time, or "not announced".'),
    format: meetingFormat,
    announcement: verbatim.describe('The sentence of the source that announces the meeting, word for word.'),
    notes: z
      .array(verbatim)
      .default([])
      .describe('Further sentences of the source about the meeting (e.g. how its link will be sent), word for word.'),
  })
  .strict();

export type MeetingInput = z.infer<typeof meetingSchema>;
