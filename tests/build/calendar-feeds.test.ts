/**
 * The calendar files of the production build (dist/): raw iCalendar syntax (the golden files are
 * compared in calendar-golden.test.ts, on a fixture build), and ical.js (an independent parser) reading every feed, with every event's UTC start and
 * end checked against the programme computed here with Temporal.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { latestSessions } from '../../src/domain/model/browse.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { headersFor, parseNetlifyHeaders } from '../../src/domain/outputs/host-headers.ts';
import { localOrigin, paths } from '../../src/domain/site-paths.ts';
import { meetingUid, slotUid } from '../../src/domain/outputs/calendar/events.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { builtCalendarPaths, expectedCalendarPaths } from '../helpers/calendar-files.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { apacheHeaders, vercelHeaders } from '../helpers/host-config-readers.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const feedPaths = expectedCalendarPaths(site);
/** The test build is a local one (no SITE_URL): its absolute links point to the preview server. */
const siteOrigin = localOrigin;
const siteHost = new URL(siteOrigin).host;
/** An RFC 9562 UUID, version 5 (name-based, SHA-1). */
const uuidV5Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

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

  test('UIDs are unique UUIDs (version 5) with no domain', () => {
    const uids = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('uid')));
    expect(uids.length).toBeGreaterThan(0);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(uuidV5Pattern);
  });
});

describe('instants named in the issue, read by ical.js from the all feed', () => {
  const events = eventsOf(paths.allFeed());
  test.each([
    ['2022-03-28-1000', '2022-03-28T14:00:00Z', '2022-03-28T17:00:00Z'],
    ['2023-03-06-1000', '2023-03-06T15:00:00Z', '2023-03-06T18:00:00Z'],
    ['2023-03-09-1130', '2023-03-09T16:30:00Z', '2023-03-09T18:00:00Z'],
  ])('slot %s runs %s to %s', (slotId, start, end) => {
    const event = events.get(slotUid(slotId))!;
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
      const event = eventsOf(feed).get(slotUid(slot.id));
      expect(event, `slot missing from ${feed}`).toBeDefined();
      expect(utcOf(event!.startDate)).toBe(start);
      expect(utcOf(event!.endDate)).toBe(end);
      const reference = eventsOf(paths.allFeed()).get(slotUid(slot.id))!;
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
      .map((slot) => slotUid(slot.id));
    expect([...eventsOf(paths.topicFeed(topicId)).keys()]).toEqual(expected);
  });
});

describe('meetings around the sessions', () => {
  const events = eventsOf(paths.allFeed());
  test.each(site.meetings.map((meeting) => [meeting.id, meeting] as const))(
    '%s',
    (_id, meeting) => {
      const event = events.get(meetingUid(meeting.id))!;
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
    expect(utcOf(events.get(meetingUid('2022-03-18-preparatory-meeting'))!.startDate)).toBe(
      '2022-03-18T13:00:00Z',
    );
  });
});

describe.each(site.meetings.map((meeting) => [meeting.id, meeting] as const))(
  'meeting %s as a file of its own',
  (_id, meeting) => {
    const sitePath = paths.meetingEvent(meeting.id);
    test('parses, holds one event, the one of its session feed', () => {
      const events = eventsOf(sitePath);
      expect([...events.keys()]).toEqual([meetingUid(meeting.id)]);
      const inSession = eventsOf(paths.sessionFeed(meeting.sessionId)).get(meetingUid(meeting.id))!;
      const own = events.get(meetingUid(meeting.id))!;
      expect(own.summary).toBe(inSession.summary);
      expect(own.description).toBe(inSession.description);
      expect(own.startDate.toString()).toBe(inSession.startDate.toString());
    });

    test('node-ical reads it as the model says: timed from the announced start, all-day only without a time', () => {
      const parsed = Object.values(nodeIcal.sync.parseICS(readBuilt(sitePath))).filter(
        (entry) => entry?.type === 'VEVENT',
      );
      expect(parsed).toHaveLength(1);
      const event = parsed[0] as VEvent;
      if (meeting.start === 'not announced') {
        expect(event.datetype).toBe('date');
        return;
      }
      expect(event.datetype).toBe('date-time');
      expect(event.start.toISOString()).toBe(
        Temporal.Instant.from(meeting.startUtc!).toString({ smallestUnit: 'millisecond' }),
      );
      if (meeting.end === 'not announced') {
        // Nothing invented: no end (node-ical then gives none, or the start).
        expect(event.end === undefined || event.end.getTime() === event.start.getTime()).toBe(true);
        const summary = typeof event.summary === 'string' ? event.summary : event.summary.val;
        expect(summary.split('end not announced')).toHaveLength(2);
      }
    });
  },
);

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
    for (const meeting of site.meetings.filter((meeting) =>
      recent.some((session) => session.id === meeting.sessionId),
    ))
      expect(html).toContain(`href="${paths.meetingEvent(meeting.id)}" download`);
    const copyScript =
      /<script type="module" src="\/(_astro\/CopyAddress[^"]+\.js)"><\/script>/.exec(html);
    expect(copyScript).not.toBeNull();
    // The component's entry imports the one enhancement chunk, which defines the element.
    const entry = readFileSync(join(distRoot, copyScript![1]!), 'utf8');
    const imported = [
      ...entry.matchAll(/from\s*["']\.\/([^"']+\.js)["']|import\s*["']\.\/([^"']+\.js)["']/g),
    ].map((match) => readFileSync(join(distRoot, '_astro', match[1] ?? match[2]!), 'utf8'));
    expect([entry, ...imported].join('\n')).toMatch(
      /customElements\.define\(["'`]copy-address["'`]/,
    );
    // Without JavaScript the copy buttons stay hidden: the address field is there to select.
    expect(html).toMatch(
      /<copy-address>[^]*?<button type="button" hidden>Copy<span class="visually-hidden"> [^<]+<\/span><\/button>/,
    );
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
