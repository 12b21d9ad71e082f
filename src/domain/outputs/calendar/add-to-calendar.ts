/**
 * "Add to calendar" links for one slot or one meeting around a session: Google Calendar's event
 * template, Outlook's compose deep links (outlook.live.com for personal accounts,
 * outlook.office.com for work and school accounts), all plain URLs that work without JavaScript.
 *
 * Title, location and timing come from the calendar events (events.ts), so a link and the `.ics`
 * file agree; instants are the model's `slot.startUtc` / `endUtc` and `meeting.startUtc`, never
 * recomputed. A start announced without an end stays timed: Google and Outlook take a zero-length
 * event (start = end), their nearest form of the `.ics` file's DTSTART without DTEND; never a
 * whole day, which would lose the start. The details stay short (the permalink leads to the verbatim text): a calendar
 * link is not the place to repeat the programme, and every byte of it is repeated in the page.
 */
import type { Meeting, SiteModel, Slot } from '../../model/model.ts';
import { sessionById } from '../../model/lookup.ts';
import {
  addDays,
  longDate,
  slotTimeLabel,
  unTime,
  utcOffsetLabel,
  weekdayName,
} from '../../time.ts';
import { meetingEvent, slotEvent, type CalendarContext, type EventTiming } from './events.ts';

/**
 * One entry to add: what, where, when (two UTC instants, a start only when the end was not
 * announced, or one whole day when no time was) and a short text.
 */
export interface CalendarEntry {
  title: string;
  details: string;
  location: string;
  timing: EventTiming;
}

/** The three links of an entry. */
export interface AddToCalendarLinks {
  google: string;
  outlookLive: string;
  outlookOffice: string;
}

/** The entry of a programme slot: the slot's own UTC instants. */
export function slotCalendarEntry(
  slot: Slot,
  site: SiteModel,
  context: CalendarContext,
): CalendarEntry {
  const event = slotEvent(slot, site, context);
  const session = sessionById(site.sessions, slot.sessionId)!;
  return {
    title: event.summary,
    details:
      `${session.name}, ${weekdayName(slot.date)}, ${longDate(slot.date)}, ${slotTimeLabel(slot)} ` +
      `(${session.timeZone}, ${slot.offsetLabel}).\nProgramme and guiding questions: ${event.url}`,
    location: event.location,
    timing: { kind: 'timed', startUtc: slot.startUtc, endUtc: slot.endUtc },
  };
}

/**
 * The entry of a meeting around a session. No announced time: an all-day entry. An announced
 * start without an announced end: a start and no end (the event's title already says "end not
 * announced", once).
 */
export function meetingCalendarEntry(
  meeting: Meeting,
  site: SiteModel,
  context: CalendarContext,
): CalendarEntry {
  const event = meetingEvent(meeting, site, context);
  const session = sessionById(site.sessions, meeting.sessionId)!;
  const day = `${weekdayName(meeting.date)}, ${longDate(meeting.date)}`;
  const base = { title: event.summary, location: event.location };
  const more = `\nAnnouncement and related session: ${event.url}`;
  // The event's timing already says which case this is (no time, a start only, both announced).
  const { timing } = event;
  if (timing.kind === 'all-day') {
    return {
      ...base,
      details: `${meeting.title}, ${day}. The time was not announced.${more}`,
      timing,
    };
  }
  const offset = utcOffsetLabel(meeting.date, meeting.start, session.timeZone);
  if (timing.kind === 'start-only') {
    const start = `${unTime(meeting.start)} (${session.timeZone}, ${offset})`;
    return {
      ...base,
      details: `${meeting.title}, ${day}, starting ${start}. The end time was not announced: this entry has its start and no length.${more}`,
      timing,
    };
  }
  return {
    ...base,
    details: `${meeting.title}, ${day}, ${unTime(meeting.start)}\u2013${unTime(meeting.end)} (${session.timeZone}, ${offset}).${more}`,
    timing,
  };
}

/** `2023-03-06T15:00:00Z` → `20230306T150000Z` (Google's basic ISO 8601 form; no arithmetic). */
function basicUtc(utcIso: string): string {
  return utcIso.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/**
 * The two UTC instants a link writes: start and end, or the start twice when the end was not
 * announced (a zero-length event: the links' nearest form of a DTSTART without DTEND).
 */
export function linkInstants(
  timing: Exclude<EventTiming, { kind: 'all-day' }>,
): [startUtc: string, endUtc: string] {
  return [timing.startUtc, timing.kind === 'timed' ? timing.endUtc : timing.startUtc];
}

/** Google Calendar's event template: `dates` is start/end in UTC, or two dates (end exclusive) for a whole day. */
export function googleEventUrl(entry: CalendarEntry): string {
  const dates =
    entry.timing.kind === 'all-day'
      ? `${entry.timing.date.replace(/-/g, '')}/${addDays(entry.timing.date, 1).replace(/-/g, '')}`
      : linkInstants(entry.timing).map(basicUtc).join('/');
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.title,
    dates,
    details: entry.details,
    location: entry.location,
  });
  return `https://calendar.google.com/calendar/render?${query}`;
}

/** Outlook's compose deep link on one of its two hosts; times in UTC (start = end without an announced end), or a whole day. */
export function outlookComposeUrl(
  entry: CalendarEntry,
  host: 'outlook.live.com' | 'outlook.office.com',
): string {
  const [startdt, enddt, allday] =
    entry.timing.kind === 'all-day'
      ? [entry.timing.date, addDays(entry.timing.date, 1), 'true']
      : [...linkInstants(entry.timing), 'false'];
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    startdt,
    enddt,
    allday,
    body: entry.details,
    location: entry.location,
  });
  return `https://${host}/calendar/0/action/compose?${query}`;
}

/** Google, Outlook.com and Microsoft 365 links of one entry. */
export function addToCalendarLinks(entry: CalendarEntry): AddToCalendarLinks {
  return {
    google: googleEventUrl(entry),
    outlookLive: outlookComposeUrl(entry, 'outlook.live.com'),
    outlookOffice: outlookComposeUrl(entry, 'outlook.office.com'),
  };
}
