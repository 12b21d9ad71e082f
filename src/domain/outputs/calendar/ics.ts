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
import ical, { escape, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import type { CalendarEvent, CalendarFeed } from './events.ts';
import { addDays, plainDate, utcInstant } from '../../time.ts';

/** PRODID of every feed (ical-generator writes the leading `-`). Fixed: it is part of the golden files. */
export const productId = '//OEWG programme site//Calendar feeds 1.0//EN';

/** REFRESH-INTERVAL and X-PUBLISHED-TTL: programmes change rarely; one day spares the host. */
export const refreshSeconds = 24 * 60 * 60;

/** The MIME type of every `.ics` output. */
export const calendarContentType = 'text/calendar; charset=utf-8';

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
    categories: event.categories.map((name) => ({ name })),
  };
}

/** The feed as iCalendar text: CRLF line ends, lines folded at 75 octets, a final CRLF. */
export function serializeFeed(feed: CalendarFeed, feedUrl: string): string {
  const calendar = ical({
    prodId: productId,
    // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC without TEXT escaping, unlike
    // SUMMARY or DESCRIPTION; escape them here (a golden file shows if a release starts escaping too).
    name: escape(feed.name, false),
    description: escape(feed.description, false),
    url: feedUrl,
    ttl: refreshSeconds,
  });
  for (const event of feed.events) calendar.createEvent(eventData(event));
  const text = calendar.toString();
  // X-WR-TIMEZONE: ical-generator only writes it for a calendar `timezone` (see above), and its `x`
  // properties land after the events, outside RFC 5545's calprops; so the one line goes in here,
  // right after the last calendar property ical-generator writes.
  const anchor = /^X-PUBLISHED-TTL:[^\r]*\r\n/m;
  if (!anchor.test(text)) throw new Error('ical-generator output has no X-PUBLISHED-TTL line to follow');
  return `${text.replace(anchor, (line) => `${line}X-WR-TIMEZONE:${feed.timeZone}\r\n`)}\r\n`;
}
