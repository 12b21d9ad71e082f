/**
 * Every file the site publishes besides its pages, in one list: calendar feeds, slot and meeting downloads,
 * conference schedules, open-data datasets and their schemas. Each family of files says its path
 * pattern, its content type, whether other origins may read it (CORS), and how each file's bytes
 * are made from the model; the model is shared by all (pretalx's exporters are the model:
 * identifier, extension, content_type, cors over one schedule data).
 *
 * From this list the build writes every file through one Astro endpoint (`src/pages/[...output].ts`,
 * so `astro dev` serves the same bytes) and the host configurations get their content types and
 * CORS headers per path pattern (host-headers.ts).
 */
import type { Session, SiteModel } from '../model/model.ts';
import { paths, type Urls } from '../site-paths.ts';
import {
  datasetNames,
  type DatasetName,
  type DatasetRecords,
} from '../content/schemas/export/index.ts';
import {
  allFeed,
  feedTopics,
  meetingDownload,
  sessionFeed,
  slotDownload,
  topicFeed,
  type CalendarFeed,
} from './calendar/events.ts';
import { calendarContentType, serializeFeedBytes } from './calendar/ics.ts';
import {
  buildConferenceSchedule,
  type ConferenceSchedule,
} from './conference-schedule/schedule.ts';
import { scheduleXml } from './conference-schedule/xml.ts';
import { csvContentType, sheetCsvBytes } from './open-data/csv.ts';
import {
  datasetJsonSchema,
  jsonArrayBytes,
  meetingRows,
  questionRecordsOf,
  slotRecordsOf,
  toJsonText,
  type PassageLookup,
} from './open-data/datasets.ts';
import { sheetDefinitions, sheetNames, sessionSheetNames } from './open-data/sheets.ts';

/** What every output is made from: the site model, this deployment's links, the published dataset records. */
export interface OutputSources {
  site: SiteModel;
  urls: Urls;
  /** A dataset's records as published, through its schema (src/data/datasets.ts builds them once per build). */
  datasetRecords: <Name extends DatasetName>(name: Name) => DatasetRecords[Name];
  /** Where elements stand in their sources (the `source` fields of the per-session and meeting CSV files). */
  passages: PassageLookup;
}

/** A file's content: text (written as UTF-8) or bytes. */
export type OutputBody = string | Uint8Array;

/** One published file: its site path (without the base path), its content type and how to make it. */
export interface OutputFile {
  path: string;
  contentType: string;
  /** Makes the file's content on demand (the build asks once per file, `astro dev` once per request). */
  body: () => OutputBody;
}

/** A family of files made the same way, e.g. one download per slot. */
export interface OutputFamily {
  /** Names the family in messages and tests, e.g. `slot-download`. */
  id: string;
  /**
   * The site paths of its files, `:name` standing for a part of one path segment
   * (`/calendar/slots/:slot.ics`): what host configurations match, as each host writes patterns.
   */
  pattern: string;
  contentType: string;
  /** Readable by pages of any origin (`Access-Control-Allow-Origin: *`): feeds, data and schedules hold no secrets. */
  cors: boolean;
  /** Every path of the family when it does not depend on content (the datasets), for hosts that must list them. */
  fixedPaths?: readonly string[];
  /** The family's files: each path and how its content is made. */
  files: (sources: OutputSources) => Iterable<{ path: string; body: () => OutputBody }>;
}

/** The JSON content type of datasets and schedules. */
const jsonContentType = 'application/json; charset=utf-8';

/** A feed as a file: its path, and its text at this deployment's absolute feed URL. */
function feedFile(
  feed: () => CalendarFeed,
  path: string,
  urls: Urls,
): { path: string; body: () => OutputBody } {
  return { path, body: () => serializeFeedBytes(feed(), urls.absolute(path)) };
}

/**
 * The conference schedule of the session last asked for: its JSON and XML files are made one after
 * the other (see `outputFiles`), and one schedule at a time is all that is kept.
 */
let lastSchedule: { session: Session; urls: Urls; schedule: ConferenceSchedule } | undefined;

/** A session's conference schedule, built once for both its files. */
function scheduleOf(session: Session, sources: OutputSources): ConferenceSchedule {
  if (lastSchedule?.session !== session || lastSchedule.urls !== sources.urls) {
    lastSchedule = {
      session,
      urls: sources.urls,
      schedule: buildConferenceSchedule(session, sources.site, sources.urls),
    };
  }
  return lastSchedule.schedule;
}

/** Every output family, in the order the build makes them. */
export const outputFamilies: readonly OutputFamily[] = [
  {
    id: 'all-feed',
    pattern: paths.allFeed(),
    contentType: calendarContentType,
    cors: true,
    files: ({ site, urls }) => [feedFile(() => allFeed(site, { urls }), paths.allFeed(), urls)],
  },
  {
    id: 'session-feed',
    pattern: paths.sessionFeed(':session'),
    contentType: calendarContentType,
    cors: true,
    files: ({ site, urls }) =>
      site.sessions.map((session) =>
        feedFile(() => sessionFeed(session, site, { urls }), paths.sessionFeed(session.id), urls),
      ),
  },
  {
    id: 'topic-feed',
    pattern: paths.topicFeed(':topic'),
    contentType: calendarContentType,
    cors: true,
    files: ({ site, urls }) =>
      feedTopics(site).map((topic) =>
        feedFile(() => topicFeed(topic, site, { urls }), paths.topicFeed(topic.id), urls),
      ),
  },
  {
    id: 'slot-download',
    pattern: paths.slotEvent(':slot'),
    contentType: calendarContentType,
    cors: true,
    files: ({ site, urls }) =>
      site.slots.map((slot) =>
        feedFile(() => slotDownload(slot, site, { urls }), paths.slotEvent(slot.id), urls),
      ),
  },
  {
    id: 'meeting-download',
    pattern: paths.meetingEvent(':meeting'),
    contentType: calendarContentType,
    cors: true,
    files: ({ site, urls }) =>
      site.meetings.map((meeting) =>
        feedFile(
          () => meetingDownload(meeting, site, { urls }),
          paths.meetingEvent(meeting.id),
          urls,
        ),
      ),
  },
  {
    id: 'schedule-json',
    pattern: paths.scheduleJson(':session'),
    contentType: jsonContentType,
    cors: true,
    files: (sources) =>
      sources.site.sessions.map((session) => ({
        path: paths.scheduleJson(session.id),
        body: () => toJsonText(scheduleOf(session, sources)),
      })),
  },
  {
    id: 'schedule-xml',
    pattern: paths.scheduleXml(':session'),
    contentType: 'application/xml; charset=utf-8',
    cors: true,
    files: (sources) =>
      sources.site.sessions.map((session) => ({
        path: paths.scheduleXml(session.id),
        body: () =>
          scheduleXml(
            scheduleOf(session, sources),
            sources.urls.absolute(paths.scheduleXml(session.id)),
          ),
      })),
  },
  {
    id: 'dataset-json',
    pattern: paths.dataset(':dataset'),
    contentType: jsonContentType,
    cors: true,
    fixedPaths: datasetNames.map(paths.dataset),
    files: ({ datasetRecords }) =>
      datasetNames.map((name) => ({
        path: paths.dataset(name),
        body: () => jsonArrayBytes(datasetRecords(name)),
      })),
  },
  {
    id: 'dataset-csv',
    pattern: paths.datasetCsv(':dataset'),
    contentType: csvContentType,
    cors: true,
    fixedPaths: sheetNames.map(paths.datasetCsv),
    files: ({ site, urls, datasetRecords, passages }) => {
      const context = { model: site, urls };
      return sheetNames.map((name) => ({
        path: paths.datasetCsv(name),
        // A dataset's CSV reads the same records as its JSON file; meetings are those of sessions.json.
        body: () =>
          name === 'meetings'
            ? sheetCsvBytes(sheetDefinitions.meetings, meetingRows(site, urls, passages), context)
            : sheetCsvBytes(
                sheetDefinitions[name] as (typeof sheetDefinitions)['slots'],
                datasetRecords(name) as DatasetRecords['slots'],
                context,
              ),
      }));
    },
  },
  // One family per file name: host configurations match `/sessions/:session/slots.csv`, whose
  // last segment is fixed (a `:name` inside a segment cannot be written for every host).
  ...sessionSheetNames.map((name): OutputFamily => ({
    id: `session-${name}-csv`,
    pattern: paths.sessionSheet(':session', name),
    contentType: csvContentType,
    cors: true,
    files: ({ site, urls, passages }) =>
      site.sessions.map((session) => ({
        path: paths.sessionSheet(session.id, name),
        // The session's rows of /data/<name>.csv, made from the model as the dataset is.
        body: () =>
          name === 'slots'
            ? sheetCsvBytes(
                sheetDefinitions.slots,
                slotRecordsOf(session.slots, site, urls, passages),
                { model: site, urls },
              )
            : sheetCsvBytes(
                sheetDefinitions.questions,
                questionRecordsOf(session.questions, urls, passages),
                { model: site, urls },
              ),
      })),
  })),
  {
    id: 'dataset-schema',
    pattern: paths.datasetSchema(':dataset'),
    contentType: 'application/schema+json; charset=utf-8',
    cors: true,
    fixedPaths: datasetNames.map(paths.datasetSchema),
    files: ({ urls }) =>
      datasetNames.map((name) => ({
        path: paths.datasetSchema(name),
        body: () => toJsonText(datasetJsonSchema(name, urls)),
      })),
  },
];

/**
 * Every file of every family, in path order: a session's `schedule.json` and `schedule.xml` are
 * neighbours, so its schedule is built once (see `scheduleOf`), and the order never depends on
 * the order of the content.
 */
export function outputFiles(sources: OutputSources): OutputFile[] {
  const files = outputFamilies.flatMap((family) =>
    [...family.files(sources)].map((file) => ({ ...file, contentType: family.contentType })),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
