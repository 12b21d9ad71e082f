/**
 * The calendar files of the production build (dist/): raw iCalendar syntax (the golden files are
 * compared in calendar-golden.test.ts, on a fixture build), and ical.js (an independent parser) reading every feed, with every event's UTC start and
 * end checked against the programme computed here with Temporal.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { latestSessions } from '../../src/domain/model/browse.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { headersFor, parseNetlifyHeaders } from '../../src/domain/outputs/host-headers.ts';
import { localOrigin, paths } from '../../src/domain/site-paths.ts';
import { calendarUidDomain } from '../../src/domain/outputs/calendar/events.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { builtCalendarPaths, expectedCalendarPaths } from '../helpers/calendar-files.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { apacheHeaders, vercelHeaders } from '../helpers/host-config-readers.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const feedPaths = expectedCalendarPaths(site);
/** The test build is a local one (no SITE_URL): its absolute links point to the preview server. */
const siteOrigin = localOrigin;
const siteHost = new URL(siteOrigin).host;
const uidDomain = calendarUidDomain;

/** Raw bytes of a built file. */
const builtBytes = (sitePath: string): Buffer => readFileSync(join(distRoot, sitePath));

/** UTC ISO string of an ical.js time (which must be UTC). */
const utcOf = (time: ICAL.Time): string =>
  Temporal.Instant.fromEpochMilliseconds(time.toUnixTime() * 1000).toString();

/** The programme instant, computed from content with Temporal alone. */
const programmeInstant = (date: string, time: string, zone: string): string =>
  Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(zone, { disambiguation: 'reject' })
    .toInstant()
    .toString();

/** ical.js events of a built feed, by UID. */
function eventsOf(sitePath: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(readBuilt(sitePath)));
  return new Map(
    calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return [event.uid, event];
    }),
  );
}

test('the build holds exactly the calendar files the model calls for', () => {
  expect(builtCalendarPaths(distRoot)).toEqual(feedPaths);
  expect(feedPaths).toContain('/calendar/all.ics');
});

describe.each(feedPaths)('%s', (sitePath) => {
  const bytes = builtBytes(sitePath);
  const text = bytes.toString('utf8');

  test('has CRLF line ends and lines of at most 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of text.split('\r\n').slice(0, -1)) {
      const lineBytes = Buffer.from(line, 'utf8');
      expect(lineBytes.length, line).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(lineBytes)).not.toThrow();
    }
  });

  test('writes instants in UTC only: no TZID, no floating DTSTART, DTEND, DTSTAMP or LAST-MODIFIED', () => {
    expect(text).not.toMatch(/TZID|BEGIN:VTIMEZONE/);
    const unfolded = text.replace(/\r\n /g, '');
    for (const line of unfolded
      .split('\r\n')
      .filter((entry) => /^(DTSTART|DTEND|DTSTAMP|LAST-MODIFIED)[;:]/.test(entry))) {
      expect(line).toMatch(/^(DTSTART|DTEND);VALUE=DATE:\d{8}$|^[A-Z-]+:\d{8}T\d{6}Z$/);
    }
  });

  test('ical.js reads the calendar properties', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//OEWG programme site//Calendar feeds 1.0//EN',
    );
    expect(calendar.getFirstPropertyValue('name')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      calendar.getFirstPropertyValue('name'),
    );
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/New_York');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('P1D');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('P1D');
    expect(calendar.getFirstPropertyValue('url')).toBe(`${siteOrigin}${sitePath}`);
  });

  test('UIDs are unique and derived from content ids', () => {
    const uids = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('uid')));
    expect(uids.length).toBeGreaterThan(0);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids)
      expect(uid).toMatch(
        new RegExp(`^(slot|meeting)-[a-z0-9-]+@${uidDomain.replaceAll('.', '\\.')}$`),
      );
  });
});

describe('instants named in the issue, read by ical.js from the all feed', () => {
  const events = eventsOf(paths.allFeed());
  test.each([
    ['2022-03-28-1000', '2022-03-28T14:00:00Z', '2022-03-28T17:00:00Z'],
    ['2023-03-06-1000', '2023-03-06T15:00:00Z', '2023-03-06T18:00:00Z'],
    ['2023-03-09-1130', '2023-03-09T16:30:00Z', '2023-03-09T18:00:00Z'],
  ])('slot %s runs %s to %s', (slotId, start, end) => {
    const event = events.get(`slot-${slotId}@${uidDomain}`)!;
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(utcOf(event.startDate)).toBe(start);
    expect(utcOf(event.endDate)).toBe(end);
  });
});

describe.each(site.slots.map((slot) => [slot.id, slot] as const))(
  'slot %s in every feed that holds it',
  (_id, slot) => {
    const session = site.sessions.find((entry) => entry.id === slot.sessionId)!;
    const start = programmeInstant(slot.date, slot.start, session.timeZone);
    const end = programmeInstant(slot.date, slot.end, session.timeZone);
    const feeds = [
      paths.allFeed(),
      paths.sessionFeed(slot.sessionId),
      paths.slotEvent(slot.id),
      ...slot.topicIds.map((topicId) => paths.topicFeed(topicId)),
    ];

    test.each(feeds)('%s: same UID, programme start and end, same text', (feed) => {
      const event = eventsOf(feed).get(`slot-${slot.id}@${uidDomain}`);
      expect(event, `slot missing from ${feed}`).toBeDefined();
      expect(utcOf(event!.startDate)).toBe(start);
      expect(utcOf(event!.endDate)).toBe(end);
      const reference = eventsOf(paths.allFeed()).get(`slot-${slot.id}@${uidDomain}`)!;
      expect(event!.summary).toBe(reference.summary);
      expect(event!.description).toBe(reference.description);
      expect(event!.component.getFirstPropertyValue('sequence')).toBe(session.revision);
      expect(event!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(
        `${session.revised}T00:00:00Z`,
      );
    });
  },
);

describe('topic feeds', () => {
  test.each(
    site.topics.filter((topic) => topic.kind === 'sub-item').map((topic) => [topic.id] as const),
  )('%s holds the slots on the topic', (topicId) => {
    const expected = site.slots
      .filter((slot) => slot.blocks.some((block) => block.topicId === topicId))
      .map((slot) => `slot-${slot.id}@${uidDomain}`);
    expect([...eventsOf(paths.topicFeed(topicId)).keys()]).toEqual(expected);
  });
});

describe('meetings around the sessions', () => {
  const events = eventsOf(paths.allFeed());
  test.each(site.meetings.map((meeting) => [meeting.id, meeting] as const))(
    '%s',
    (_id, meeting) => {
      const event = events.get(`meeting-${meeting.id}@${uidDomain}`)!;
      expect(eventsOf(paths.sessionFeed(meeting.sessionId)).has(event.uid)).toBe(true);
      const zone = site.sessions.find((session) => session.id === meeting.sessionId)!.timeZone;
      if (meeting.start === 'not announced') {
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(meeting.date);
        expect(event.endDate.toString()).toBe(
          Temporal.PlainDate.from(meeting.date).add({ days: 1 }).toString(),
        );
        // A placeholder day: free, not busy.
        expect(event.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
        expect(event.summary).toMatch(/\(time not announced\)$/);
      } else {
        const start = programmeInstant(meeting.date, meeting.start, zone);
        expect(utcOf(event.startDate)).toBe(start);
        if (meeting.end === 'not announced') {
          // No invented end: no DTEND or DURATION, so the event ends where it starts (RFC 5545 3.6.1).
          expect(
            event.component.hasProperty('dtend') || event.component.hasProperty('duration'),
          ).toBe(false);
          expect(utcOf(event.endDate)).toBe(start);
          expect(event.summary).toMatch(/\(end not announced\)$/);
        } else {
          expect(utcOf(event.endDate)).toBe(programmeInstant(meeting.date, meeting.end, zone));
        }
        expect(event.component.getFirstPropertyValue('transp')).not.toBe('TRANSPARENT');
      }
    },
  );

  test('the 18 March 2022 meeting starts at 9 a.m. New York time (13:00 UTC, after the DST change of 13 March)', () => {
    expect(
      utcOf(events.get(`meeting-2022-03-18-preparatory-meeting@${uidDomain}`)!.startDate),
    ).toBe('2022-03-18T13:00:00Z');
  });
});

describe('subscribe page', () => {
  const html = readBuilt(paths.calendar());
  // The page lists the latest sessions (browse.ts), the three most recent in full, as
  // src/pages/calendar/index.astro says; older ones are on their session pages.
  const recent = latestSessions(site).slice(-3);
  test.each([
    paths.allFeed(),
    ...recent.map((session) => paths.sessionFeed(session.id)),
    ...site.topics
      .filter((topic) => topic.kind === 'sub-item')
      .map((topic) => paths.topicFeed(topic.id)),
  ])('offers webcal, Google Calendar, the https address and a download for %s', (feed) => {
    expect(html).toContain(`href="webcal://${siteHost}${feed}"`);
    expect(html).toContain(
      `href="https://calendar.google.com/calendar/render?cid=${encodeURIComponent(`webcal://${siteHost}${feed}`)}"`,
    );
    expect(html).toContain(`value="${siteOrigin}${feed}"`);
    expect(html).toContain(`href="${feed}" download`);
  });

  test('links a single-event download for every slot of the recent sessions, and loads the copy script from a bundled file', () => {
    for (const slot of recent.flatMap((session) => session.slots))
      expect(html).toContain(`href="${paths.slotEvent(slot.id)}" download`);
    const copyScript =
      /<script type="module" src="\/(_astro\/CopyAddress[^"]+\.js)"><\/script>/.exec(html);
    expect(copyScript).not.toBeNull();
    expect(readFileSync(join(distRoot, copyScript![1]!), 'utf8')).toMatch(
      /customElements\.define\(["'`]copy-address["'`]/,
    );
    // Without JavaScript the copy buttons stay hidden: the address field is there to select.
    expect(html).toMatch(/<copy-address>[^]*?<button type="button" hidden>Copy<\/button>/);
  });
});

describe('host configuration serves .ics as text/calendar; charset=utf-8', () => {
  test('the generated _headers (Netlify, Cloudflare Pages) covers every feed and not the HTML page', () => {
    const rules = parseNetlifyHeaders(readBuilt('/_headers'));
    for (const feed of feedPaths)
      expect(headersFor(feed, rules)['Content-Type'], feed).toBe('text/calendar; charset=utf-8');
    expect(headersFor(paths.calendar(), rules)['Content-Type']).toBeUndefined();
  });

  test('vercel.json matches every feed and not the HTML page', () => {
    const config = readFileSync(join(projectRoot, 'vercel.json'), 'utf8');
    for (const feed of feedPaths)
      expect(vercelHeaders(config, feed)['Content-Type'], feed).toBe(
        'text/calendar; charset=utf-8',
      );
    expect(vercelHeaders(config, paths.calendar())['Content-Type']).toBeUndefined();
  });

  test('.htaccess (Apache) gives every feed text/calendar in UTF-8 and not the HTML page (real Apache: real-hosts.test.ts)', () => {
    const htaccess = readBuilt('/.htaccess');
    for (const feed of feedPaths)
      expect(apacheHeaders(htaccess, feed)['Content-Type'], feed).toBe(
        'text/calendar; charset=utf-8',
      );
    expect(apacheHeaders(htaccess, paths.calendar())['Content-Type']).toBeUndefined();
  });
});
