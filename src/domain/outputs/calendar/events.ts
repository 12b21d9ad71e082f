/**
 * Calendar events and feeds built from the site model: plain data, no ICS syntax, no clock.
 *
 * Every value comes from content: instants from `slot.startUtc` / `endUtc` and `meeting.startUtc`
 * (computed once in time.ts), UIDs from content ids, DTSTAMP / LAST-MODIFIED from the session's
 * `revised` date and SEQUENCE from its `revision`. `ics.ts` turns a feed into iCalendar text.
 */
import { v5 as uuidV5 } from 'uuid';
import type { Block, Meeting, Session, SiteModel, Slot, Topic } from '../../model/model.ts';
import { indexById, sessionById } from '../../model/lookup.ts';
import { formatLabel } from '../../model/browse.ts';
import { slotTimeLabel } from '../../time.ts';
import {
  addMinutesUtc,
  dateStartUtc,
  durationMinutes,
  longDate,
  unTime,
  utcOffsetLabel,
  weekdayName,
} from '../../time.ts';
import { paths, type Urls } from '../../site-paths.ts';
import { meetingAnchor } from '../../anchors.ts';
import { questionLines } from '../question-lines.ts';
import { meetingNoteLines, slotNoteLines } from '../slot-notes.ts';

/**
 * What the calendar builders need from the deployment. Built events are kept per `urls` (see
 * `builtEvents`): a field added here that an event reads must become part of that key.
 */
export interface CalendarContext {
  /** Link helpers of the deployment (absolute URLs for permalinks). */
  urls: Urls;
}

/**
 * Namespace of every calendar UID (RFC 9562 UUID version 5, name-based SHA-1), generated once and
 * fixed forever. A UID names an event, not a place (RFC 7986 5.3 recommends a UUID, which needs no
 * domain): no host, base path or build may change it, or calendars would show every meeting twice.
 * Its own namespace, not the conference schedules': a calendar UID and a schedule guid of the same
 * slot are different identities in different programs.
 */
export const calendarUuidNamespace = '634866cf-1196-456d-8667-13a3ccc49427';

/**
 * When an event takes place: two UTC instants; a start only when the end was not announced (no
 * DTEND: calendars show a point in time, not an invented end); or a whole day when no time was
 * announced (marked free, TRANSP:TRANSPARENT: it must not make the reader look busy all day).
 */
export type EventTiming =
  | { kind: 'timed'; startUtc: string; endUtc: string }
  | { kind: 'start-only'; startUtc: string }
  | { kind: 'all-day'; date: string };

/** One calendar event, ready to serialise. */
export interface CalendarEvent {
  /** Derived from the content id: identical in every feed and every build. */
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  categories: string[];
  timing: EventTiming;
  /** DTSTAMP and LAST-MODIFIED: midnight UTC of the session's `revised` date. */
  modifiedUtc: string;
  /** SEQUENCE: the session's `revision`. */
  sequence: number;
}

/** One `.ics` file: calendar properties and its events in time order. */
export interface CalendarFeed {
  /** Site path of the file (from `paths`). */
  path: string;
  name: string;
  description: string;
  /** X-WR-TIMEZONE: a display hint only, every instant is written in UTC. */
  timeZone: string;
  events: CalendarEvent[];
}

/** The working group as calendar names and summaries call it (the site's own short name). */
const groupName = 'OEWG on ICT security 2021–2025';

/** Said in every feed description, because the times are written in UTC. */
const utcNote =
  'Times are published in UTC; calendar applications show them in your own time zone.';

/** A slot's UID: the UUID v5 of `slot/<slot id>` (the kind keeps a slot and a meeting id apart). */
export function slotUid(slotId: string): string {
  return uuidV5(`slot/${slotId}`, calendarUuidNamespace);
}

/** A meeting's UID: the UUID v5 of `meeting/<meeting id>`, from the meeting id alone. */
export function meetingUid(meetingId: string): string {
  return uuidV5(`meeting/${meetingId}`, calendarUuidNamespace);
}

/** Absolute permalink of a slot on its session page. */
export function slotPermalink(slot: Slot, context: CalendarContext): string {
  return `${context.urls.absolute(paths.session(slot.sessionId))}#${slot.anchor}`;
}

/** How a block appears in a calendar grid, e.g. `Agenda item 5 (a): Rules, norms and principles (continued)`. */
export function blockLabel(block: Block, topic: Topic): string {
  const continued = block.continued ? ' (continued)' : '';
  if (topic.kind === 'sub-item') {
    const item = block.agendaItem === undefined ? '' : `Agenda item ${block.agendaItem}`;
    const letter = topic.letter ? `(${topic.letter})` : '';
    const prefix = [item, letter].filter(Boolean).join(' ');
    return `${prefix ? `${prefix}: ` : ''}${topic.title}${continued}`;
  }
  // Procedural headings are short and already say what happens ("Agenda item 3: organization of work").
  const heading = block.heading.replace(/\s*\(continued\)$/, '');
  return `${heading}${continued}`;
}

/** The summary of a slot: its blocks in order, then the session. */
export function slotSummary(
  slot: Slot,
  session: Session,
  topicsById: ReadonlyMap<string, Topic>,
): string {
  const labels = slot.blocks.map((block) => blockLabel(block, topicsById.get(block.topicId)!));
  return `${labels.join('; ')} — OEWG, ${session.name}`;
}

/** The description part of one block: headings, speakers, items, focused discussion, questions. */
function blockText(block: Block, session: Session, context: CalendarContext): string {
  const lines: string[] = [block.heading];
  if (block.subItem) lines.push(block.subItem);
  if (block.speakers.length > 0) {
    if (block.speakersHeading) lines.push(`${block.speakersHeading}:`);
    for (const speaker of block.speakers) lines.push(`- ${speaker.text}`);
  }
  for (const item of block.items) lines.push(`- ${item}`);
  if (block.focusedDiscussion) lines.push(block.focusedDiscussion);
  if (block.questions.length > 0)
    lines.push('Guiding questions:', ...questionLines(block.questions));
  // The second session's programme prints no questions: the Chair suggested them in the narrative
  // summaries (Annex B), one section per sub-item. They are labelled as such, never mixed in.
  if (block.questions.length === 0) {
    for (const summary of session.summaries.filter((entry) => entry.topicId === block.topicId)) {
      if (summary.questions.length === 0) continue;
      lines.push(
        `Suggested guiding questions of the narrative summaries, section ${summary.section} (${context.urls.absolute(paths.summaries(session.id))}):`,
        ...questionLines(summary.questions),
      );
    }
  }
  return lines.join('\n');
}

/**
 * A meeting's format and place in words, only what the source states (see `formatLabel`), e.g.
 * `Informal meeting, virtual` or `In person, United Nations Headquarters, New York`.
 */
function formatText(format: Slot['format'], session: Session): string {
  const place = format.attendance === 'virtual' ? undefined : session.venue;
  return [formatLabel(format), place].filter(Boolean).join(', ');
}

/** The location of an event: the session's venue, or "Virtual". */
function locationOf(format: Slot['format'], session: Session): string {
  return format.attendance === 'virtual' ? 'Virtual' : session.venue;
}

/**
 * Events already built, per deployment's links, model and slot or meeting. A slot's event goes into
 * up to four feeds (all, its session, its topics, its own download) and its page's calendar links:
 * it is built once, and the same object lets the serialiser write its text once (see
 * `eventBytesOf` in ics.ts). Keyed by the context's `urls`, the one thing an event reads from it,
 * not by the context object: each output file and the pages pass a context of their own, and keyed
 * by those every feed built every one of its events again (about five times each slot).
 */
const builtEvents = new WeakMap<Urls, WeakMap<SiteModel, WeakMap<Slot | Meeting, CalendarEvent>>>();

/** The event of `entry`, built by `build` on first use and then reused. */
function builtOnce<Entry extends Slot | Meeting>(
  entry: Entry,
  site: SiteModel,
  context: CalendarContext,
  build: (entry: Entry, site: SiteModel, context: CalendarContext) => CalendarEvent,
): CalendarEvent {
  let bySite = builtEvents.get(context.urls);
  if (!bySite) builtEvents.set(context.urls, (bySite = new WeakMap()));
  let byEntry = bySite.get(site);
  if (!byEntry) bySite.set(site, (byEntry = new WeakMap()));
  let event = byEntry.get(entry);
  if (!event) byEntry.set(entry, (event = build(entry, site, context)));
  return event;
}

/** The event of a programme slot (the same object on every call: do not change it). */
export function slotEvent(slot: Slot, site: SiteModel, context: CalendarContext): CalendarEvent {
  return builtOnce(slot, site, context, buildSlotEvent);
}

/** The event of a meeting around a session (the same object on every call: do not change it). */
export function meetingEvent(
  meeting: Meeting,
  site: SiteModel,
  context: CalendarContext,
): CalendarEvent {
  return builtOnce(meeting, site, context, buildMeetingEvent);
}

/** Builds the event of a programme slot. */
function buildSlotEvent(slot: Slot, site: SiteModel, context: CalendarContext): CalendarEvent {
  const session = sessionById(site.sessions, slot.sessionId)!;
  const topicsById = indexById(site.topics);
  const url = slotPermalink(slot, context);
  const header = [
    `${session.name}, ${weekdayName(slot.date)}, ${longDate(slot.date)}, ${slotTimeLabel(slot)} (${session.timeZone}, ${slot.offsetLabel})`,
    formatText(slot.format, session),
  ]
    .filter(Boolean)
    .join('\n');
  const categories = [...new Set(slot.blocks.map((block) => topicsById.get(block.topicId)!.title))];
  return {
    uid: slotUid(slot.id),
    summary: slotSummary(slot, session, topicsById),
    description: [
      header,
      ...slot.blocks.map((block) => blockText(block, session, context)),
      slotNoteLines(slot, session).join('\n'),
      `Permalink: ${url}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    location: locationOf(slot.format, session),
    url,
    categories,
    timing: { kind: 'timed', startUtc: slot.startUtc, endUtc: slot.endUtc },
    modifiedUtc: dateStartUtc(session.revised),
    sequence: session.revision,
  };
}

/** Builds the event of a meeting around a session; unannounced times are said, never invented. */
function buildMeetingEvent(
  meeting: Meeting,
  site: SiteModel,
  context: CalendarContext,
): CalendarEvent {
  const session = sessionById(site.sessions, meeting.sessionId)!;
  const url = `${context.urls.absolute(paths.session(session.id))}#${meetingAnchor(meeting.id)}`;
  const day = `${weekdayName(meeting.date)}, ${longDate(meeting.date)}`;
  let when: string;
  let timing: EventTiming;
  if (meeting.start === 'not announced' || meeting.startUtc === undefined) {
    when = `${day}. The time was not announced: this calendar entry covers the whole day.`;
    timing = { kind: 'all-day', date: meeting.date };
  } else if (meeting.end === 'not announced') {
    const offset = utcOffsetLabel(meeting.date, meeting.start, session.timeZone);
    when =
      `${day}, ${unTime(meeting.start)} (${session.timeZone}, ${offset}). The end time was not announced: ` +
      'this calendar entry has a start and no end.';
    timing = { kind: 'start-only', startUtc: meeting.startUtc };
  } else {
    const offset = utcOffsetLabel(meeting.date, meeting.start, session.timeZone);
    when = `${day}, ${unTime(meeting.start)}\u2013${unTime(meeting.end)} (${session.timeZone}, ${offset})`;
    timing = {
      kind: 'timed',
      startUtc: meeting.startUtc,
      endUtc: addMinutesUtc(
        meeting.startUtc,
        durationMinutes(meeting.date, meeting.start, meeting.end, session.timeZone),
      ),
    };
  }
  // Said in the title too, where a calendar grid shows it: the time, or the end, is not a fact.
  const untimed =
    timing.kind === 'all-day'
      ? ' (time not announced)'
      : timing.kind === 'start-only'
        ? ' (end not announced)'
        : '';
  return {
    uid: meetingUid(meeting.id),
    summary: `OEWG: ${meeting.title}${untimed}`,
    description: [
      [meeting.title, when, formatText(meeting.format, session)].filter(Boolean).join('\n'),
      `Announcement: ${meeting.announcement}`,
      ...meetingNoteLines(meeting),
      `Related session: ${session.name}`,
      `Permalink: ${url}`,
    ].join('\n\n'),
    location: locationOf(meeting.format, session),
    url,
    categories: [],
    timing,
    modifiedUtc: dateStartUtc(session.revised),
    sequence: session.revision,
  };
}

/** Sort key: the UTC start, or the date of an all-day event (which sorts before that day's times). */
function startKey(event: CalendarEvent): string {
  return event.timing.kind === 'all-day' ? event.timing.date : event.timing.startUtc;
}

/** Events in time order; the UID breaks ties so the order never depends on input order. */
function inTimeOrder(events: CalendarEvent[]): CalendarEvent[] {
  return [...events].sort(
    (a, b) => startKey(a).localeCompare(startKey(b)) || a.uid.localeCompare(b.uid),
  );
}

/** The one zone of the given sessions, or UTC when they differ (the hint must not mislead). */
function sharedTimeZone(sessions: readonly Session[]): string {
  const zones = [...new Set(sessions.map((session) => session.timeZone))];
  return zones.length === 1 ? zones[0]! : 'UTC';
}

/** Every session's slots and meetings. */
export function allFeed(site: SiteModel, context: CalendarContext): CalendarFeed {
  const sessionList = site.sessions
    .map(
      (session) =>
        `${session.name} (${longDate(session.startDate)} to ${longDate(session.endDate)})`,
    )
    .join('; ');
  return {
    path: paths.allFeed(),
    name: `${groupName}: all sessions`,
    description: `Programmes of work and meetings around them: ${sessionList}. ${utcNote}`,
    timeZone: sharedTimeZone(site.sessions),
    events: inTimeOrder([
      ...site.slots.map((slot) => slotEvent(slot, site, context)),
      ...site.meetings.map((meeting) => meetingEvent(meeting, site, context)),
    ]),
  };
}

/** One session's slots and the meetings around it. */
export function sessionFeed(
  session: Session,
  site: SiteModel,
  context: CalendarContext,
): CalendarFeed {
  return {
    path: paths.sessionFeed(session.id),
    name: `${groupName}: ${session.name}`,
    description:
      `${session.programmeTitle}, ${session.name}, ${session.venue}, ${longDate(session.startDate)} ` +
      `to ${longDate(session.endDate)} (source: ${session.programmeSource.title}), with the meetings around it. ${utcNote}`,
    timeZone: session.timeZone,
    events: inTimeOrder([
      ...session.slots.map((slot) => slotEvent(slot, site, context)),
      ...session.meetings.map((meeting) => meetingEvent(meeting, site, context)),
    ]),
  };
}

/** The topics that get a feed: the agenda item 5 sub-items. */
export function feedTopics(site: SiteModel): Topic[] {
  return site.topics.filter((topic) => topic.kind === 'sub-item');
}

/** The slots of every session that discuss one agenda item 5 sub-item. */
export function topicFeed(topic: Topic, site: SiteModel, context: CalendarContext): CalendarFeed {
  const slots = site.slots.filter((slot) => slot.topicIds.includes(topic.id));
  const sessionIds = new Set(slots.map((slot) => slot.sessionId));
  const sessions = site.sessions.filter((session) => sessionIds.has(session.id));
  const letter = topic.letter ? `(${topic.letter}) ` : '';
  return {
    path: paths.topicFeed(topic.id),
    name: `${groupName}: ${letter}${topic.title}`,
    description: `Meetings of every session on agenda item 5 sub-item ${letter}${topic.officialWording ?? topic.title}. ${utcNote}`,
    timeZone: sharedTimeZone(sessions),
    events: inTimeOrder(slots.map((slot) => slotEvent(slot, site, context))),
  };
}

/** A single slot as a file to download (one event). */
export function slotDownload(slot: Slot, site: SiteModel, context: CalendarContext): CalendarFeed {
  const session = sessionById(site.sessions, slot.sessionId)!;
  const event = slotEvent(slot, site, context);
  return {
    path: paths.slotEvent(slot.id),
    name: `${groupName}: ${session.name}, ${longDate(slot.date)}, ${slotTimeLabel(slot)}`,
    description: `${event.summary}. ${utcNote}`,
    timeZone: session.timeZone,
    events: [event],
  };
}

/** A single meeting around a session as a file to download (one event). */
export function meetingDownload(
  meeting: Meeting,
  site: SiteModel,
  context: CalendarContext,
): CalendarFeed {
  const session = sessionById(site.sessions, meeting.sessionId)!;
  const event = meetingEvent(meeting, site, context);
  return {
    path: paths.meetingEvent(meeting.id),
    name: `${groupName}: ${meeting.title}, ${longDate(meeting.date)}`,
    description: `${event.summary}. ${utcNote}`,
    timeZone: session.timeZone,
    events: [event],
  };
}
