/**
 * A session programme as a conference schedule in the C3VOC `schedule.json` format, the one that
 * offline schedule apps (Giggity, ConfClerk, EventFahrplan, …) read. Pure: model in, plain object out.
 * `schedule-xml.ts` writes the same object as frab `schedule.xml`.
 *
 * Format: https://c3voc.de/schedule/schema.json (copy in tests/fixtures/c3voc/).
 */
import { v5 as uuidV5 } from 'uuid';
import { indexById } from '../../model/lookup.ts';
import type { Day, Session, SiteModel, Slot, Summary, Topic } from '../../model/model.ts';
import { slotPermalink } from '../open-data/datasets.ts';
import { durationMinutes } from '../../time.ts';
import { slotTopics } from '../../model/timetable.ts';
import { paths, type Urls } from '../../site-paths.ts';
import { questionLines } from '../question-lines.ts';
import { slotNoteLines } from '../slot-notes.ts';

/**
 * Namespace of every UUID in the schedules (uuid v5). Fixed forever: apps key favourites and
 * reminders on event guids, so changing it would orphan them.
 */
export const scheduleUuidNamespace = '50507f16-9fd8-4fdb-9caa-adcab58d3cec';

/** The room of virtual slots; in-person slots are in a room named after the session's venue. */
export const virtualRoomName = 'Virtual';

/** The published C3VOC JSON Schema that `schedule.json` files declare. */
export const c3vocSchemaUrl = 'https://c3voc.de/schedule/schema.json';

/** A link of an event: here, a document the slot cites. */
export interface ScheduleLink {
  type: 'related';
  url: string;
  title: string;
}

/** A speaker named in the programme. */
export interface SchedulePerson {
  /** Integer id, derived from the guid: ConfClerk shows no person without one. */
  id: number;
  name: string;
  guid: string;
}

/** An event: one programme slot. Keys in the order the file shows them. */
export interface ScheduleEvent {
  /** Deprecated integer id, required by the format; derived from the guid so it is as stable. */
  id: number;
  guid: string;
  /** Start with the UTC offset, ISO 8601. */
  date: string;
  /** Local start `HH:MM` (deprecated by the format, still required). */
  start: string;
  /** End with the UTC offset, ISO 8601. */
  end: string;
  /** `HH:MM`. */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: SchedulePerson[];
  links: ScheduleLink[];
}

/** A room of the conference. */
export interface ScheduleRoom {
  name: string;
  guid: string;
  type?: 'online';
}

/** A day with its events per room. */
export interface ScheduleDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, ScheduleEvent[]>;
}

/** A track: a topic. */
export interface ScheduleTrack {
  name: string;
  slug: string;
}

/** The whole `schedule.json` document. */
export interface ConferenceSchedule {
  $schema: string;
  schedule: {
    version: string;
    base_url: string;
    conference: {
      acronym: string;
      title: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url: string;
      tracks: ScheduleTrack[];
      rooms: ScheduleRoom[];
      days: ScheduleDay[];
    };
  };
}

/**
 * The deprecated integer id of an event or person, which older apps still key on (ConfClerk shows
 * no speaker without it): the first 28 bits of the guid, plus one, so it is as stable as the guid
 * and inserting a slot or a speaker changes no other id.
 */
export function legacyId(guid: string): number {
  return Number.parseInt(guid.replaceAll('-', '').slice(0, 7), 16) + 1;
}

/** A stable UUID (v5) for a name in the schedule namespace. */
export function scheduleGuid(name: string): string {
  return uuidV5(name, scheduleUuidNamespace);
}

/**
 * The short name apps show and use in file names. Derived from the session id so it is stable;
 * the format allows lower-case letters, digits and underscores (the hyphen only in a year suffix).
 */
export function conferenceAcronym(session: Pick<Session, 'id'>): string {
  return `oewg_${session.id.replaceAll('-', '_')}`;
}

/** `HH:MM` for a number of minutes. */
export function hoursAndMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The room of a slot. */
export function roomOf(slot: Pick<Slot, 'format'>, session: Pick<Session, 'venue'>): string {
  return slot.format.attendance === 'virtual' ? virtualRoomName : session.venue;
}

/**
 * Event title: the slot's title as its session page prints it (`slotTopics`): each block's
 * sub-item letter and title with "(continued)" where the programme says so, or a procedural
 * block's own heading ("Closure of the session"), in programme order, without repeats.
 */
export function eventTitle(
  slot: Pick<Slot, 'blocks'>,
  topicsById: ReadonlyMap<string, Topic>,
): string {
  return slotTopics(slot, topicsById).join('; ');
}

/** The track of a slot: its first agenda item 5 sub-item, or for procedural slots its first block's topic. */
export function trackTopic(
  slot: Pick<Slot, 'topicIds' | 'blocks'>,
  topicsById: ReadonlyMap<string, Topic>,
): Topic {
  return topicOf(slot.topicIds[0] ?? slot.blocks[0]!.topicId, topicsById);
}

/**
 * The narrative summaries (by block index) whose guiding questions stand in for a block's: the second session's
 * programme prints no questions, its annex B prints them per topic. Only for blocks without
 * questions of their own, and once per topic in a slot.
 */
export function summariesForSlot(
  slot: Pick<Slot, 'blocks'>,
  session: Pick<Session, 'summaries'>,
): Map<number, Summary[]> {
  const result = new Map<number, Summary[]>();
  const shown = new Set<string>();
  for (const [index, block] of slot.blocks.entries()) {
    if (block.questions.length > 0 || shown.has(block.topicId)) continue;
    const summaries = session.summaries.filter((summary) => summary.topicId === block.topicId);
    if (summaries.length === 0) continue;
    shown.add(block.topicId);
    result.set(index, summaries);
  }
  return result;
}

/**
 * Plain-text description of a slot: each block's heading, sub-item, focused discussion, speakers,
 * other lines and guiding questions, word for word; for the second session, the guiding questions
 * of the narrative summaries on the block's topic, labelled as such.
 */
export function eventDescription(
  slot: Pick<Slot, 'blocks'>,
  session: Pick<Session, 'summaries'>,
): string {
  const summaryQuestions = summariesForSlot(slot, session);
  return slot.blocks
    .map((block, index) => {
      const lines = [block.heading];
      if (block.subItem) lines.push(block.subItem);
      if (block.focusedDiscussion) lines.push(block.focusedDiscussion);
      if (block.speakers.length > 0) {
        if (block.speakersHeading) lines.push(`${block.speakersHeading}:`);
        lines.push(...block.speakers.map((speaker) => `- ${speaker.text}`));
      }
      lines.push(...block.items.map((item) => `- ${item}`));
      lines.push(...questionLines(block.questions));
      for (const summary of summaryQuestions.get(index) ?? []) {
        lines.push(
          `Suggested guiding questions of the narrative summaries, section ${summary.section}:`,
        );
        lines.push(...questionLines(summary.questions));
      }
      return lines.join('\n');
    })
    .join('\n\n');
}

/** The documents a slot cites (its blocks, its questions and the summary questions shown with it), as links. */
export function eventLinks(
  slot: Pick<Slot, 'blocks'>,
  session: Pick<Session, 'summaries'>,
  model: Pick<SiteModel, 'documents'>,
): ScheduleLink[] {
  const summaryQuestions = summariesForSlot(slot, session);
  const documentIds: string[] = [];
  for (const [index, block] of slot.blocks.entries()) {
    const questions = [
      ...block.questions,
      ...(summaryQuestions.get(index) ?? []).flatMap((summary) => summary.questions),
    ];
    for (const reference of [
      ...block.references,
      ...questions.flatMap((question) => question.references),
    ]) {
      if (!documentIds.includes(reference.document)) documentIds.push(reference.document);
    }
  }
  return documentIds.map((documentId) => {
    const document = indexById(model.documents).get(documentId);
    if (!document) throw new Error(`slot cites an unknown document ${documentId}`);
    return {
      type: 'related',
      url: document.url,
      title: document.title ? `${document.title} (${document.symbol})` : document.symbol,
    };
  });
}

/** Speakers the programme names; the others (unnamed) are left out rather than guessed. */
export function eventPersons(slot: Pick<Slot, 'blocks'>): SchedulePerson[] {
  const names = [
    ...new Set(
      slot.blocks.flatMap((block) =>
        block.speakers.flatMap((speaker) => (speaker.name ? [speaker.name] : [])),
      ),
    ),
  ];
  return names.map((name) => {
    const guid = scheduleGuid(`person:${name}`);
    return { id: legacyId(guid), name, guid };
  });
}

/**
 * The coarsest grid every slot fits on (greatest common divisor of start times and durations),
 * which apps use to draw the timetable.
 */
export function timeslotDuration(slots: readonly Slot[], timeZone: string): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const minutesOfDay = (time: string): number => {
    const [hours, minutes] = time.split(':').map(Number);
    return hours! * 60 + minutes!;
  };
  const grid = slots.reduce(
    (result, slot) =>
      gcd(
        gcd(result, minutesOfDay(slot.start)),
        durationMinutes(slot.date, slot.start, slot.end, timeZone),
      ),
    0,
  );
  return hoursAndMinutes(grid === 0 ? 60 : grid);
}

/** What every event of one session's schedule is built from. */
interface EventContext {
  session: Session;
  model: Pick<SiteModel, 'topics' | 'documents'>;
  urls: Urls;
  acronym: string;
  topicsById: ReadonlyMap<string, Topic>;
  /** Legacy integer ids given so far, to refuse a clash. */
  legacyIds: Map<number, string>;
}

/** The rooms of a session: one per venue, "Virtual" for virtual meetings. */
function scheduleRooms(session: Session, roomNames: readonly string[]): ScheduleRoom[] {
  return roomNames.map((name) => ({
    name,
    guid: scheduleGuid(`room:${session.id}:${name}`),
    ...(name === virtualRoomName ? { type: 'online' as const } : {}),
  }));
}

/** One slot as a schedule event. */
function scheduleEvent(slot: Slot, context: EventContext): ScheduleEvent {
  const { session, topicsById } = context;
  const guid = scheduleGuid(`slot:${slot.id}`);
  const id = legacyId(guid);
  const clash = context.legacyIds.get(id);
  if (clash) throw new Error(`slots ${clash} and ${slot.id} get the same schedule event id ${id}`);
  context.legacyIds.set(id, slot.id);
  return {
    id,
    guid,
    date: slot.startWithOffset,
    start: slot.start,
    end: slot.endWithOffset,
    duration: hoursAndMinutes(durationMinutes(slot.date, slot.start, slot.end, session.timeZone)),
    room: roomOf(slot, session),
    slug: `${context.acronym}-${slot.id}`,
    url: slotPermalink(context.urls, slot),
    title: eventTitle(slot, topicsById),
    subtitle: '',
    track: trackTopic(slot, topicsById).title,
    // Only the source's own word: neither source calls a meeting "formal" (see the meetingFormat schema).
    type: slot.format.kind === 'informal' ? 'Informal meeting' : 'Meeting',
    language: 'en',
    abstract: '',
    description: [eventDescription(slot, session), slotNoteLines(slot, session).join('\n')]
      .filter(Boolean)
      .join('\n\n'),
    persons: eventPersons(slot),
    links: eventLinks(slot, session, context.model),
  };
}

/** Builds the C3VOC schedule of one session. */
export function buildConferenceSchedule(
  session: Session,
  model: Pick<SiteModel, 'topics' | 'documents'>,
  urls: Urls,
): ConferenceSchedule {
  const topicsById = indexById(model.topics);
  const acronym = conferenceAcronym(session);
  const roomNames = [...new Set(session.slots.map((slot) => roomOf(slot, session)))];
  const trackIds = new Set(session.slots.map((slot) => trackTopic(slot, topicsById).id));
  const tracks = model.topics
    .filter((topic) => trackIds.has(topic.id))
    .map((topic) => ({ name: topic.title, slug: topic.id }));
  const context: EventContext = { session, model, urls, acronym, topicsById, legacyIds: new Map() };
  return {
    $schema: c3vocSchemaUrl,
    schedule: {
      version: `${session.revised}, revision ${session.revision}`,
      base_url: urls.absolute(paths.home()),
      conference: {
        acronym,
        title: session.name,
        start: session.startDate,
        end: session.endDate,
        daysCount: session.days.length,
        timeslot_duration: timeslotDuration(session.slots, session.timeZone),
        time_zone_name: session.timeZone,
        url: urls.absolute(paths.session(session.id)),
        tracks,
        rooms: scheduleRooms(session, roomNames),
        days: session.days.map((day, index) => ({
          index: index + 1,
          date: day.date,
          day_start: earliestStart(day),
          day_end: latestEnd(day),
          rooms: Object.fromEntries(
            roomNames.map((name) => [
              name,
              day.slots
                .filter((slot) => roomOf(slot, session) === name)
                .map((slot) => scheduleEvent(slot, context)),
            ]),
          ),
        })),
      },
    },
  };
}

/** The start of the day's first slot, with offset. */
function earliestStart(day: Day): string {
  return day.slots.reduce((first, slot) => (slot.startUtc < first.startUtc ? slot : first))
    .startWithOffset;
}

/** The end of the day's last slot, with offset. */
function latestEnd(day: Day): string {
  return day.slots.reduce((last, slot) => (slot.endUtc > last.endUtc ? slot : last)).endWithOffset;
}

/** A topic by id; the model guarantees it exists. */
function topicOf(topicId: string, topicsById: ReadonlyMap<string, Topic>): Topic {
  const topic = topicsById.get(topicId);
  if (!topic) throw new Error(`unknown topic ${topicId}`);
  return topic;
}
