/** Export record of a session (`/data/sessions.json`), with its narrative summaries and the meetings around it. */
import { z } from 'zod';
import { contentId, notAnnounced, verbatimParagraphs } from '../common.ts';
import { meetingSchema } from '../meeting.ts';
import { programmeSource, sessionSchema } from '../session.ts';
import { summarySchema } from '../summary.ts';
import { exportDate, exportTime, permalink, sourcePassageRecord, utcDateTime } from './common.ts';

/** A day of the programme with its slots listed by id. */
export const dayRecord = z
  .object({
    date: exportDate.describe('The date of the day.'),
    label: z.string().min(1).describe('The day as the site prints it, e.g. "Monday, 28 March 2022".'),
    slotIds: z.array(contentId).describe('Ids of the slots of the day, in order (see slots.json).'),
  })
  .strict()
  .describe('A day of the programme.');

/** A narrative summary section (the Chair's summary of a topic) with its questions listed by id. */
export const summaryRecord = z
  .object({
    id: contentId.describe('Id of the summary, e.g. "second-session-iv".'),
    section: summarySchema.shape.section,
    order: summarySchema.shape.order,
    topicId: contentId.describe('Id of the agenda item 5 sub-item the section covers (see topics.json).'),
    heading: summarySchema.shape.heading,
    body: verbatimParagraphs.describe('The summary text word for word, as Markdown paragraphs (the line breaks inside a paragraph carry no meaning).'),
    questionIds: z.array(contentId).describe('Ids of the guiding questions of the section, in order (see questions.json).'),
    page: permalink.describe('Absolute URL of the page of the narrative summaries.'),
    source: sourcePassageRecord.optional(),
  })
  .strict()
  .describe('A narrative summary of previous discussions, with suggested guiding questions.');

/** A meeting announced around a session, outside its programme of work. */
export const meetingRecord = z
  .object({
    id: contentId.describe('Id of the meeting, e.g. "2022-03-18-preparatory-meeting".'),
    title: meetingSchema.shape.title,
    date: exportDate.describe('Date of the meeting.'),
    start: z.union([exportTime, notAnnounced]).describe('Local start time HH:MM in the session time zone, or "not announced".'),
    end: z.union([exportTime, notAnnounced]).describe('Local end time HH:MM in the session time zone, or "not announced".'),
    startUtc: utcDateTime.optional().describe('Start in UTC, ISO 8601, where the source announces a start time.'),
    format: meetingSchema.shape.format,
    announcement: meetingSchema.shape.announcement,
    notes: meetingSchema.shape.notes,
    permalink: permalink.describe('Absolute URL of the meeting on its session page.'),
    source: sourcePassageRecord.optional(),
  })
  .strict()
  .describe('A meeting around the session (preparatory meeting, stakeholder dialogue); not a programme slot.');

/** A substantive session with its programme structure; slots and questions are in their own datasets. */
export const sessionRecord = z
  .object({
    id: contentId.describe('Id of the session, e.g. "second-session".'),
    number: sessionSchema.shape.number,
    name: sessionSchema.shape.name,
    startDate: exportDate.describe('First day of the session.'),
    endDate: exportDate.describe('Last day of the session.'),
    venue: sessionSchema.shape.venue,
    timeZone: sessionSchema.shape.timeZone,
    status: sessionSchema.shape.status,
    revised: exportDate.describe('Date of the latest change to this session\'s content.'),
    revision: sessionSchema.shape.revision,
    programmeTitle: sessionSchema.shape.programmeTitle,
    programmeSource: programmeSource
      .omit({ sourceText: true, signedBy: true })
      .extend({
        date: exportDate.describe('Date of the source document.'),
        symbol: z.string().optional().describe('Symbol of the programme document, where the source gives one, e.g. "A/AC.292/2022/3".'),
      })
      .strict()
      .describe('The document the programme is taken from.'),
    programmeFootnotes: sessionSchema.shape.programmeFootnotes,
    notes: sessionSchema.shape.notes,
    summariesTitle: sessionSchema.shape.summariesTitle,
    summariesFootnotes: sessionSchema.shape.summariesFootnotes,
    links: sessionSchema.shape.links,
    permalink: permalink.describe('Absolute URL of the session page.'),
    scheduleJson: permalink.describe('Absolute URL of the session schedule in the C3VOC schedule.json format, for conference apps.'),
    scheduleXml: permalink.describe('Absolute URL of the session schedule in the frab schedule.xml format, for conference apps.'),
    days: z.array(dayRecord).describe('Days of the programme, in date order.'),
    slotIds: z.array(contentId).describe('Ids of every slot of the session, in order (see slots.json).'),
    questionIds: z.array(contentId).describe('Ids of every guiding question of the session: programme questions, then summary questions (see questions.json).'),
    summaries: z.array(summaryRecord).describe('Narrative summaries of previous discussions printed with the programme, in order.'),
    meetings: z.array(meetingRecord).describe('Meetings announced around the session, in date order; they are not programme slots.'),
  })
  .strict()
  .describe('A substantive session of the working group.');

export type SessionRecord = z.infer<typeof sessionRecord>;
