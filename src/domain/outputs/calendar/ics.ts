/**
 * Serialises a calendar feed to iCalendar (RFC 5545) text with ical-generator.
 *
 * Every instant is written in UTC (`DTSTART:20220328T140000Z`), never with a TZID, for two reasons:
 * a UTC instant means the same thing in every client without a VTIMEZONE, and ical-generator 11
 * cannot write a TZID feed correctly here: a calendar-level `timezone` (needed for its VTIMEZONE
 * generator and its X-WR-TIMEZONE) makes it format DTSTAMP, LAST-MODIFIED and zone-less DTSTART as
 * floating local times without `Z` (sebbo2002/ical-generator#328), and DTSTAMP must be UTC.
 * Values passed are Temporal instants and plain dates, so the build machine's `TZ` never leaks in.
 */
import { Buffer } from 'node:buffer';
import ical, { escape, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import type { CalendarEvent, CalendarFeed } from './events.ts';
import { addDays, plainDate, utcInstant } from '../../time.ts';

/** PRODID of every feed (ical-generator writes the leading `-`). Fixed: it is part of the golden files. */
export const productId = '//OEWG programme site//Calendar feeds 1.0//EN';

/** REFRESH-INTERVAL and X-PUBLISHED-TTL: programmes change rarely; one day spares the host. */
export const refreshSeconds = 24 * 60 * 60;

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

/** The ical-generator data of one event. */
function eventData(event: CalendarEvent) {
  const stamp = utcInstant(event.modifiedUtc);
  const timing = event.timing.kind === 'timed'
    ? { start: utcInstant(event.timing.startUtc), end: utcInstant(event.timing.endUtc) }
    // End not announced: no DTEND (RFC 5545 3.6.1: the event ends where it starts), never a made-up end.
    : event.timing.kind === 'start-only'
      ? { start: utcInstant(event.timing.startUtc) }
      // All-day: DATE values, the end being the next day (exclusive, RFC 5545 3.6.1); a placeholder
      // for a day whose time was not announced, so it does not mark the reader busy (TRANSP,
      // and Outlook's own busy status).
      : {
        allDay: true, start: plainDate(event.timing.date), end: plainDate(addDays(event.timing.date, 1)),
        transparency: ICalEventTransparency.TRANSPARENT, busystatus: ICalEventBusyStatus.FREE,
      };
  return {
    id: event.uid,
    sequence: event.sequence,
    // Both from content: without `stamp` ical-generator would write the build clock.
    stamp,
    lastModified: stamp,
    ...timing,
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: event.url,
    categories: event.categories.map((name) => ({ name: categoryName(name) })),
  };
}

/** The calendar properties of a feed (no events). */
function feedCalendar(feed: CalendarFeed, feedUrl: string) {
  return ical({
    prodId: productId,
    // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC without TEXT escaping, unlike
    // SUMMARY or DESCRIPTION; escape them here (a golden file shows if a release starts escaping too).
    name: escape(feed.name, false),
    description: escape(feed.description, false),
    url: feedUrl,
    ttl: refreshSeconds,
  });
}

/**
 * ical-generator writes `URL;VALUE=URI:`; VALUE=URI is URL's default type (RFC 5545 3.8.4.6), and
 * with the parameter node-ical returns the URL as an object instead of a string: write plain `URL:`.
 * Only unfolded property lines start a line, so no folded text can match.
 */
function plainUrlLines(text: string): string {
  return text.replace(/^URL;VALUE=URI:/gm, 'URL:');
}

/**
 * The UTF-8 bytes of the events written so far, by event object (events are built once per slot and
 * meeting: see events.ts). Bytes rather than strings: at scale they are a few hundred megabytes as
 * JavaScript strings (two bytes a character, for one en dash), a quarter of that as UTF-8 outside
 * the JavaScript heap, and a feed is written as bytes anyway.
 */
const eventBytes = new WeakMap<CalendarEvent, Buffer>();

/**
 * One event as ical-generator writes it inside a calendar (BEGIN:VEVENT to END:VEVENT, folded,
 * CRLF after each line), in UTF-8. A slot's event appears in up to four feeds (all, its session,
 * its topics, its own download) and ical-generator folds text character by character, so each
 * event is written once per build and its bytes reused. Folding is line by line, so the text of a
 * calendar is its properties' text followed by its events' texts: byte for byte what one
 * `toString()` of the whole calendar writes (the golden files check it).
 */
function eventBytesOf(event: CalendarEvent): Buffer {
  let bytes = eventBytes.get(event);
  if (bytes === undefined) {
    const calendar = ical({ prodId: productId });
    calendar.createEvent(eventData(event));
    const whole = calendar.toString();
    const start = whole.indexOf('BEGIN:VEVENT\r\n');
    const endMarker = 'END:VEVENT\r\n';
    const end = whole.lastIndexOf(endMarker);
    if (start < 0 || end < start) throw new Error(`ical-generator wrote no VEVENT for ${event.uid}`);
    bytes = Buffer.from(plainUrlLines(whole.slice(start, end + endMarker.length)), 'utf8');
    eventBytes.set(event, bytes);
  }
  return bytes;
}

/** The feed as iCalendar bytes (UTF-8): CRLF line ends, lines folded at 75 octets, a final CRLF. */
export function serializeFeedBytes(feed: CalendarFeed, feedUrl: string): Buffer<ArrayBuffer> {
  const properties = feedCalendar(feed, feedUrl).toString();
  const footer = 'END:VCALENDAR';
  if (!properties.endsWith(`\r\n${footer}`)) throw new Error('ical-generator output does not end with END:VCALENDAR');
  // Each part ends with CRLF, so the calendar's lines are its parts' lines: the properties are
  // rewritten here, each event's text once in `eventBytesOf` (not the whole feed, megabytes at scale).
  const head = plainUrlLines(properties.slice(0, -footer.length));
  // X-WR-TIMEZONE: ical-generator only writes it for a calendar `timezone` (see above), and its `x`
  // properties land after the events, outside RFC 5545's calprops; so the one line goes in here,
  // right after the last calendar property ical-generator writes.
  const anchor = /^X-PUBLISHED-TTL:[^\r]*\r\n/m;
  if (!anchor.test(head)) throw new Error('ical-generator output has no X-PUBLISHED-TTL line to follow');
  return Buffer.concat([
    Buffer.from(head.replace(anchor, (line) => `${line}X-WR-TIMEZONE:${feed.timeZone}\r\n`), 'utf8'),
    ...feed.events.map(eventBytesOf),
    Buffer.from(`${footer}\r\n`, 'utf8'),
  ]);
}

/** The feed as iCalendar text: the bytes of `serializeFeedBytes`, decoded. */
export function serializeFeed(feed: CalendarFeed, feedUrl: string): string {
  return serializeFeedBytes(feed, feedUrl).toString('utf8');
}
