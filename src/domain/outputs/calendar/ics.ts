/**
 * Serialises a calendar feed to iCalendar (RFC 5545) text: content lines written in order from the
 * feed's data, TEXT values escaped and lines folded at 75 octets by ical-generator's own `escape`
 * and `foldLines`. The property order is the one ical-generator's calendar writes, so feeds are
 * byte for byte what they were when its whole output was used (the golden files check it).
 *
 * Why not `ical().toString()` as it comes: it writes `URL;VALUE=URI:` on events (node-ical then
 * returns the URL as an object, not a string: tests/build/calendar-clients), it can only put
 * X-WR-TIMEZONE among the calendar properties for a calendar `timezone`, which makes it write
 * DTSTAMP and LAST-MODIFIED as floating local times without `Z` (sebbo2002/ical-generator#328), and
 * its own `x` properties land after the events, outside RFC 5545's calprops. Every instant is
 * written in UTC (`DTSTART:20220328T140000Z`), never with a TZID: a UTC instant means the same
 * thing in every client without a VTIMEZONE. Values come from content, never from the clock or `TZ`.
 */
import { Buffer } from 'node:buffer';
import { escape, foldLines } from 'ical-generator';
import type { CalendarEvent, CalendarFeed, EventTiming } from './events.ts';
import { addDays, utcInstant } from '../../time.ts';

/** PRODID of every feed (written after a leading `-`). Fixed: it is part of the golden files. */
export const productId = '//OEWG programme site//Calendar feeds 1.0//EN';

/** REFRESH-INTERVAL and X-PUBLISHED-TTL (RFC 5545 duration): programmes change rarely; one day spares the host. */
export const refreshInterval = 'P1D';

/** The MIME type of every `.ics` output. */
export const calendarContentType = 'text/calendar; charset=utf-8';

/**
 * A category as written to the feed: the topic title without its commas. RFC 5545 lets a category
 * hold an escaped comma (`\,`), but common parsers (node-ical among them) split at it and show
 * "Rules" and "norms and principles" as two categories; a name without commas reads the same everywhere.
 */
export function categoryName(title: string): string {
  return title.replaceAll(',', '').replace(/\s+/g, ' ').trim();
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return escape(value, false);
}

/** A UTC DATE-TIME value, e.g. `20220328T140000Z`. */
function utcDateTime(utcIso: string): string {
  return utcInstant(utcIso).toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

/** A DATE value, e.g. `20220328`. */
function dateValue(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

/**
 * DTSTART and DTEND of a timing. No DTEND when the end was not announced (RFC 5545 3.6.1: the event
 * ends where it starts); an all-day placeholder ends the next day (exclusive) and carries Outlook's
 * all-day markers, as ical-generator writes them.
 */
function timingLines(timing: EventTiming): string[] {
  if (timing.kind === 'timed')
    return [`DTSTART:${utcDateTime(timing.startUtc)}`, `DTEND:${utcDateTime(timing.endUtc)}`];
  if (timing.kind === 'start-only') return [`DTSTART:${utcDateTime(timing.startUtc)}`];
  return [
    `DTSTART;VALUE=DATE:${dateValue(timing.date)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(timing.date, 1))}`,
    'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
    'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
  ];
}

/**
 * One event's content lines (unfolded). A day whose time was not announced is marked free
 * (TRANSP and Outlook's busy status), so it does not make the reader look busy all day. DTSTAMP
 * and LAST-MODIFIED come from content. URL is a URI value: not TEXT-escaped (RFC 5545 3.3.13).
 */
function eventLines(event: CalendarEvent): string[] {
  const stamp = utcDateTime(event.modifiedUtc);
  const placeholder = event.timing.kind === 'all-day';
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp}`,
    ...timingLines(event.timing),
    `SUMMARY:${text(event.summary)}`,
    ...(placeholder ? ['TRANSP:TRANSPARENT'] : []),
    `LOCATION:${text(event.location)}`,
    `DESCRIPTION:${text(event.description)}`,
    ...(event.categories.length > 0
      ? [`CATEGORIES:${event.categories.map((name) => text(categoryName(name))).join(',')}`]
      : []),
    `URL:${event.url}`,
    ...(placeholder ? ['X-MICROSOFT-CDO-BUSYSTATUS:FREE'] : []),
    `LAST-MODIFIED:${stamp}`,
    'END:VEVENT',
  ];
}

/**
 * The calendar properties (RFC 5545 calprops and the de-facto `X-WR-*` ones). X-WR-TIMEZONE is a
 * display hint only: every instant is in UTC.
 */
function calendarLines(feed: CalendarFeed, feedUrl: string): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-${productId}`,
    `URL:${feedUrl}`,
    `NAME:${text(feed.name)}`,
    `X-WR-CALNAME:${text(feed.name)}`,
    `X-WR-CALDESC:${text(feed.description)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`,
    `X-PUBLISHED-TTL:${refreshInterval}`,
    `X-WR-TIMEZONE:${feed.timeZone}`,
  ];
}

/** Lines as iCalendar text: each folded at 75 octets, each ended by CRLF (the last one too). */
function contentText(lines: readonly string[]): string {
  return `${foldLines(lines.join('\r\n'))}\r\n`;
}

/**
 * A slot's event appears in up to four feeds (all, its session, its topics, its own download) and
 * folding goes character by character, so each event is written once per build (events are built
 * once per slot and meeting: see events.ts), as UTF-8 bytes: at 1000× the content, as JavaScript
 * strings (two bytes a character once one en dash is in) the events and the feeds joined from them
 * cost about a gigabyte more at the build's peak. Folding works line by line, so a feed is its
 * properties' text followed by its events' texts.
 */
const eventBytes = new WeakMap<CalendarEvent, Buffer>();

/** One event as folded iCalendar bytes, BEGIN:VEVENT to END:VEVENT with a CRLF after each line. */
function eventBytesOf(event: CalendarEvent): Buffer {
  let written = eventBytes.get(event);
  if (written === undefined)
    eventBytes.set(event, (written = Buffer.from(contentText(eventLines(event)), 'utf8')));
  return written;
}

/** The feed as iCalendar bytes (UTF-8): CRLF line ends, lines folded at 75 octets, a final CRLF. */
export function serializeFeedBytes(feed: CalendarFeed, feedUrl: string): Buffer {
  return Buffer.concat([
    Buffer.from(contentText(calendarLines(feed, feedUrl)), 'utf8'),
    ...feed.events.map(eventBytesOf),
    Buffer.from('END:VCALENDAR\r\n', 'utf8'),
  ]);
}

/** The feed as iCalendar text: the bytes of `serializeFeedBytes`, decoded. */
export function serializeFeed(feed: CalendarFeed, feedUrl: string): string {
  return serializeFeedBytes(feed, feedUrl).toString('utf8');
}
