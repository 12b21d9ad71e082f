/**
 * Calendar events from the model (src/domain/outputs/calendar/events.ts) and their serialisation
 * (src/domain/outputs/calendar/ics.ts), run under a hostile machine time zone (npm test sets
 * TZ=Pacific/Chatham). Expected instants are computed here with Temporal, not with time.ts.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import {
  allFeed,
  calendarUuidNamespace,
  feedTopics,
  meetingDownload,
  meetingEvent,
  meetingUid,
  sessionFeed,
  slotDownload,
  slotEvent,
  slotUid,
  topicFeed,
  type CalendarContext,
  type CalendarFeed,
} from '../../../src/domain/outputs/calendar/events.ts';
import { googleCalendarUrl, webcalUrl } from '../../../src/domain/outputs/calendar/links.ts';
import { categoryName, serializeFeed } from '../../../src/domain/outputs/calendar/ics.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { createUrls } from '../../../src/domain/site-paths.ts';
import { brokenContent, projectRoot } from '../../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const context: CalendarContext = { urls: createUrls('/', 'https://oewg.example.org') };
const slotById = (id: string) => site.slots.find((slot) => slot.id === id)!;

/** The instant of a wall-clock time in a zone, straight from Temporal. */
const instant = (date: string, time: string, zone: string): string =>
  Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone).toInstant().toString();

// ical.js reads properties it has no definition for raw. NAME is TEXT by RFC 7986 and the
// X-WR-CAL* properties are TEXT by Apple's convention: tell ical.js so, then it unescapes them.
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc'])
  ICAL.design.icalendar.property[name] = { defaultType: 'text' };

/** Parses serialised text with ical.js, the independent reader. */
function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

test('the machine time zone is hostile (neither UTC nor New York), so a leak would show', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  expect(['UTC', 'Etc/UTC', 'America/New_York']).not.toContain(zone);
  expect(new Date('2022-03-28T14:00:00Z').getTimezoneOffset()).not.toBe(0);
});

describe('summaries a person understands in a calendar grid', () => {
  test.each([
    [
      '2023-03-07-1000',
      'Agenda item 5 (a): Rules, norms and principles (continued) — OEWG, Fourth substantive session',
    ],
    [
      '2023-03-09-1130',
      'Agenda item 5 (g): Capacity-building (continued) — OEWG, Fourth substantive session',
    ],
    [
      '2022-03-30-1500',
      'Agenda item 5 (f): Confidence-building measures (continued); Agenda item 5 (g): Capacity-building — OEWG, Second substantive session',
    ],
    [
      '2022-04-01-1500',
      'Agenda item 6: Other matters; Closing of the session — OEWG, Second substantive session',
    ],
    [
      '2023-03-09-1500',
      'Informal, dedicated stakeholder segment — OEWG, Fourth substantive session',
    ],
  ])('slot %s', (slotId, expected) => {
    expect(slotEvent(slotById(slotId), site, context).summary).toBe(expected);
  });
});

describe.each(site.slots.map((slot) => [slot.id, slot] as const))('slot %s', (_id, slot) => {
  const event = slotEvent(slot, site, context);
  const session = site.sessions.find((entry) => entry.id === slot.sessionId)!;
  const zone = session.timeZone;

  test('starts and ends at the programme instants', () => {
    expect(event.timing).toEqual({
      kind: 'timed',
      startUtc: instant(slot.date, slot.start, zone),
      endUtc: instant(slot.date, slot.end, zone),
    });
  });

  test('describes every focused discussion and guiding question, with the permalink', () => {
    for (const block of slot.blocks) {
      if (block.focusedDiscussion) expect(event.description).toContain(block.focusedDiscussion);
      for (const question of block.questions)
        expect(event.description).toContain(`${question.number}. ${question.text}`);
    }
    expect(event.url).toBe(`https://oewg.example.org/sessions/${slot.sessionId}/#slot-${slot.id}`);
    expect(event.description.endsWith(`Permalink: ${event.url}`)).toBe(true);
  });

  test('has its location, categories, UID, stamp and sequence from content', () => {
    expect(event.location).toBe(slot.format.attendance === 'virtual' ? 'Virtual' : session.venue);
    for (const block of slot.blocks)
      expect(event.categories).toContain(
        site.topics.find((topic) => topic.id === block.topicId)!.title,
      );
    expect(event.uid).toBe(slotUid(slot.id));
    expect(event.modifiedUtc).toBe(`${session.revised}T00:00:00Z`);
    expect(event.sequence).toBe(session.revision);
  });
});

test('the virtual informal meeting of 31 March 2022 is located "Virtual"', () => {
  expect(slotEvent(slotById('2022-03-31-1500'), site, context).location).toBe('Virtual');
});

test('a second-session slot carries the guiding questions of the narrative summary of its topic, labelled', () => {
  const event = slotEvent(slotById('2022-03-29-1500'), site, context);
  const summary = site.summaries.find(
    (entry) => entry.sessionId === 'second-session' && entry.topicId === 'international-law',
  )!;
  expect(summary.questions.length).toBeGreaterThan(0);
  expect(event.description).toContain(
    `Suggested guiding questions of the narrative summaries, section ${summary.section} (https://oewg.example.org/sessions/second-session/summaries/):`,
  );
  for (const question of summary.questions)
    expect(event.description).toContain(`${question.number}. ${question.text}`);
  // Only the summary of the slot's own topic.
  const other = site.summaries.find(
    (entry) => entry.sessionId === 'second-session' && entry.topicId === 'threats',
  )!;
  expect(event.description).not.toContain(other.questions[0]!.text);
});

describe('meetings around the sessions', () => {
  test.each(site.meetings.map((meeting) => [meeting.id, meeting] as const))(
    '%s',
    (_id, meeting) => {
      const event = meetingEvent(meeting, site, context);
      const zone = site.sessions.find((session) => session.id === meeting.sessionId)!.timeZone;
      expect(event.uid).toBe(meetingUid(meeting.id));
      expect(event.description).toContain(meeting.announcement);
      for (const note of meeting.notes) expect(event.description).toContain(note);
      expect(event.url).toBe(
        `https://oewg.example.org/sessions/${meeting.sessionId}/#meeting-${meeting.id}`,
      );
      if (meeting.start === 'not announced') {
        expect(event.timing).toEqual({ kind: 'all-day', date: meeting.date });
        expect(event.description).toContain('The time was not announced');
        expect(event.summary).toMatch(/\(time not announced\)$/);
      } else if (meeting.end === 'not announced') {
        // No invented end: a start only, and the title says the end was not announced.
        expect(event.timing).toEqual({
          kind: 'start-only',
          startUtc: instant(meeting.date, meeting.start, zone),
        });
        expect(event.description).toContain(
          'The end time was not announced: this calendar entry has a start and no end.',
        );
        expect(event.summary).toMatch(/\(end not announced\)$/);
      } else {
        expect(event.timing).toEqual({
          kind: 'timed',
          startUtc: instant(meeting.date, meeting.start, zone),
          endUtc: instant(meeting.date, meeting.end, zone),
        });
      }
    },
  );

  test('the content has each case the code handles: all-day and start only', () => {
    expect(site.meetings.some((meeting) => meeting.start === 'not announced')).toBe(true);
    expect(
      site.meetings.some(
        (meeting) => meeting.start !== 'not announced' && meeting.end === 'not announced',
      ),
    ).toBe(true);
  });
});

describe('feeds', () => {
  test('the all feed holds every slot and meeting once, in time order', () => {
    const feed = allFeed(site, context);
    expect(feed.events.map((event) => event.uid).sort()).toEqual(
      [
        ...site.slots.map((slot) => slotUid(slot.id)),
        ...site.meetings.map((meeting) => meetingUid(meeting.id)),
      ].sort(),
    );
    const starts = feed.events.map((event) =>
      event.timing.kind === 'all-day' ? event.timing.date : event.timing.startUtc,
    );
    expect(starts).toEqual([...starts].sort());
  });

  test.each(feedTopics(site).map((topic) => [topic.id, topic] as const))(
    'topic feed %s holds the slots that discuss it',
    (_id, topic) => {
      const feed = topicFeed(topic, site, context);
      const expected = site.slots.filter((slot) =>
        slot.blocks.some((block) => block.topicId === topic.id),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(feed.events.map((event) => event.uid)).toEqual(
        expected.map((slot) => slotUid(slot.id)),
      );
    },
  );

  test('topic feeds exist only for agenda item 5 sub-items', () => {
    expect(
      feedTopics(site)
        .map((topic) => topic.id)
        .sort(),
    ).toEqual(
      site.topics
        .filter((topic) => topic.kind === 'sub-item')
        .map((topic) => topic.id)
        .sort(),
    );
  });

  test('UIDs are unique in every feed and identical when the content is loaded again', () => {
    const again = loadSite(resolve(projectRoot, 'content'), projectRoot);
    const feeds = (model: typeof site): CalendarFeed[] => [
      allFeed(model, context),
      ...model.sessions.map((session) => sessionFeed(session, model, context)),
      ...feedTopics(model).map((topic) => topicFeed(topic, model, context)),
      ...model.slots.map((slot) => slotDownload(slot, model, context)),
    ];
    const first = feeds(site);
    for (const feed of first)
      expect(new Set(feed.events.map((event) => event.uid)).size).toBe(feed.events.length);
    expect(feeds(again)).toEqual(first);
    expect(first.map((feed) => serializeFeed(feed, feed.path))).toEqual(
      feeds(again).map((feed) => serializeFeed(feed, feed.path)),
    );
  });

  test('SEQUENCE and DTSTAMP follow the session revision, not the clock', () => {
    const fixture = brokenContent([
      { file: 'sessions/fourth-session.yaml', find: 'revision: 0', replace: 'revision: 3' },
      {
        file: 'sessions/fourth-session.yaml',
        find: 'revised: 2023-02-23',
        replace: 'revised: 2023-03-01',
      },
    ]);
    try {
      const revised = loadSite(fixture.content, fixture.root);
      const slot = revised.slots.find((entry) => entry.id === '2023-03-06-1000')!;
      const text = serializeFeed(
        slotDownload(slot, revised, context),
        'https://oewg.example.org/calendar/slots/2023-03-06-1000.ics',
      );
      const event = parse(text).getFirstSubcomponent('vevent')!;
      expect(event.getFirstPropertyValue('sequence')).toBe(3);
      expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2023-03-01T00:00:00Z');
      expect(event.getFirstPropertyValue('last-modified')!.toString()).toBe('2023-03-01T00:00:00Z');
    } finally {
      fixture.dispose();
    }
  });
});

describe('serialisation', () => {
  const tricky =
    'Commas, semicolons; back\\slash, colon: and\nnew lines\r\nand a long line in Russian: Рабочая группа открытого состава по безопасности в сфере использования ИКТ — 2021–2025';
  const feed: CalendarFeed = {
    path: '/calendar/test.ics',
    name: `Name, with; ${tricky}`,
    description: `Description ${tricky}`,
    timeZone: 'America/New_York',
    events: [
      {
        uid: '00000000-0000-5000-8000-000000000000',
        summary: `Summary ${tricky}`,
        description: `Description ${tricky}`,
        location: 'United Nations Headquarters, New York; Room 1',
        url: 'https://oewg.example.org/sessions/x/#slot-synthetic',
        categories: ['Rules, norms and principles', 'Semi;colon'],
        timing: { kind: 'timed', startUtc: '2022-03-28T14:00:00Z', endUtc: '2022-03-28T17:00:00Z' },
        modifiedUtc: '2022-03-07T00:00:00Z',
        sequence: 2,
      },
    ],
  };
  const text = serializeFeed(feed, 'https://oewg.example.org/calendar/test.ics');

  test('text with commas, semicolons, backslashes and new lines round-trips through ical.js', () => {
    const calendar = parse(text);
    // RFC 5545 TEXT turns any line break into \n: CRLF comes back as LF.
    const expectText = (value: string) => value.replace(/\r\n/g, '\n');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(expectText(feed.name));
    expect(calendar.getFirstPropertyValue('name')).toBe(expectText(feed.name));
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(expectText(feed.description));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(expectText(feed.events[0]!.summary));
    expect(event.getFirstPropertyValue('description')).toBe(
      expectText(feed.events[0]!.description),
    );
    expect(event.getFirstPropertyValue('location')).toBe(feed.events[0]!.location);
    expect(event.getFirstProperty('categories')!.getValues()).toEqual(
      feed.events[0]!.categories.map(categoryName),
    );
  });

  test('lines end in CRLF and are folded at 75 octets without splitting a character', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  test('instants are UTC with Z, no TZID, no floating time, and X-WR-TIMEZONE sits with the calendar properties', () => {
    expect(text).toContain('DTSTART:20220328T140000Z\r\n');
    expect(text).toContain('DTEND:20220328T170000Z\r\n');
    expect(text).toContain('DTSTAMP:20220307T000000Z\r\n');
    expect(text).not.toContain('TZID');
    expect(text.indexOf('X-WR-TIMEZONE:America/New_York\r\n')).toBeLessThan(
      text.indexOf('BEGIN:VEVENT'),
    );
    expect(parse(text).getFirstPropertyValue('x-wr-timezone')).toBe('America/New_York');
  });

  test('an all-day entry is a DATE with an exclusive end on the next day', () => {
    const allDay = serializeFeed(
      {
        ...feed,
        events: [{ ...feed.events[0]!, timing: { kind: 'all-day', date: '2022-03-24' } }],
      },
      'https://oewg.example.org/calendar/test.ics',
    );
    expect(allDay).toContain('DTSTART;VALUE=DATE:20220324\r\nDTEND;VALUE=DATE:20220325\r\n');
    const event = new ICAL.Event(parse(allDay).getFirstSubcomponent('vevent')!);
    expect(event.startDate.isDate).toBe(true);
    // A placeholder for a day whose time was not announced does not mark the reader busy.
    expect(event.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(allDay).toContain('X-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n');
    // A timed event stays busy (the default, OPAQUE).
    expect(text).not.toMatch(/TRANSP:TRANSPARENT/);
  });

  test('an event whose end was not announced has a start and no end (no DTEND, no DURATION)', () => {
    const startOnly = serializeFeed(
      {
        ...feed,
        events: [
          { ...feed.events[0]!, timing: { kind: 'start-only', startUtc: '2022-03-18T13:00:00Z' } },
        ],
      },
      'https://oewg.example.org/calendar/test.ics',
    );
    expect(startOnly).toContain('DTSTART:20220318T130000Z\r\n');
    expect(startOnly).not.toMatch(/^(DTEND|DURATION)[;:]/m);
    const event = new ICAL.Event(parse(startOnly).getFirstSubcomponent('vevent')!);
    // RFC 5545 3.6.1: without DTEND a DATE-TIME event ends where it starts; no length is invented.
    expect(event.endDate.compare(event.startDate)).toBe(0);
  });

  test('the output does not depend on the machine time zone', () => {
    const script = `
      const { loadSite } = await import(${JSON.stringify(resolve(projectRoot, 'src/domain/model/load-site.ts'))});
      const { allFeed } = await import(${JSON.stringify(resolve(projectRoot, 'src/domain/outputs/calendar/events.ts'))});
      const { serializeFeed } = await import(${JSON.stringify(resolve(projectRoot, 'src/domain/outputs/calendar/ics.ts'))});
      const { createUrls } = await import(${JSON.stringify(resolve(projectRoot, 'src/domain/site-paths.ts'))});
      const site = loadSite(${JSON.stringify(resolve(projectRoot, 'content'))}, ${JSON.stringify(projectRoot)});
      const context = { urls: createUrls('/', 'https://oewg.example.org') };
      process.stdout.write(serializeFeed(allFeed(site, context), 'https://oewg.example.org/calendar/all.ics'));`;
    const here = serializeFeed(allFeed(site, context), 'https://oewg.example.org/calendar/all.ics');
    for (const zone of ['UTC', 'America/New_York', 'Pacific/Kiritimati']) {
      const there = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: projectRoot,
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(there, `TZ=${zone}`).toBe(here);
    }
  });
});

describe('subscription links', () => {
  test('webcal and Google Calendar links carry the feed URL', () => {
    const feedUrl = 'https://oewg.example.org/oewg/calendar/sessions/second-session.ics';
    expect(webcalUrl(feedUrl)).toBe(
      'webcal://oewg.example.org/oewg/calendar/sessions/second-session.ics',
    );
    const google = new URL(googleCalendarUrl(feedUrl));
    expect(`${google.origin}${google.pathname}`).toBe(
      'https://calendar.google.com/calendar/render',
    );
    expect(google.searchParams.get('cid')).toBe(
      'webcal://oewg.example.org/oewg/calendar/sessions/second-session.ics',
    );
  });
});

describe('UIDs: RFC 9562 UUID version 5 of the content id, no domain', () => {
  /** RFC 9562 5.5 by hand, with node:crypto, to check the library's UUIDs independently. */
  function uuidV5ByHand(name: string, namespace: string): string {
    const hash = createHash('sha1')
      .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
      .update(name, 'utf8')
      .digest()
      .subarray(0, 16);
    hash[6] = (hash[6]! & 0x0f) | 0x50;
    hash[8] = (hash[8]! & 0x3f) | 0x80;
    const hex = hash.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test('the hand-made check agrees with RFC 9562 Appendix A.4 (www.example.com in the DNS namespace)', () => {
    expect(uuidV5ByHand('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  test.each([
    ...site.slots.map((slot) => [slotUid(slot.id), `slot/${slot.id}`] as const),
    ...site.meetings.map((meeting) => [meetingUid(meeting.id), `meeting/${meeting.id}`] as const),
  ])('%s is the version 5 UUID of %s in the calendar namespace', (uid, name) => {
    expect(uid).toMatch(uuid);
    expect(uid).toBe(uuidV5ByHand(name, calendarUuidNamespace));
  });

  test('a slot and a meeting with the same id get different UIDs; the namespace is fixed', () => {
    expect(slotUid('x')).not.toBe(meetingUid('x'));
    // Published identities: changing the namespace would duplicate every event in every calendar.
    expect(calendarUuidNamespace).toBe('634866cf-1196-456d-8667-13a3ccc49427');
    expect(slotUid('2022-03-28-1000')).toBe(
      uuidV5ByHand('slot/2022-03-28-1000', calendarUuidNamespace),
    );
  });

  test('no feed of any deployment carries a domain in a UID', () => {
    for (const base of ['https://one.test', 'https://two.test/oewg']) {
      const text = serializeFeed(allFeed(site, { urls: createUrls('/', base) }), `${base}/all.ics`);
      const uids = [...text.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]);
      expect(uids.length).toBe(site.slots.length + site.meetings.length);
      for (const uid of uids) expect(uid).toMatch(uuid);
    }
  });
});

describe('a meeting of its own file', () => {
  test.each(site.meetings.map((meeting) => [meeting.id, meeting] as const))(
    "%s: one event, the meeting's, at its own path",
    (_id, meeting) => {
      const download = meetingDownload(meeting, site, context);
      expect(download.path).toBe(`/calendar/meetings/${meeting.id}.ics`);
      expect(download.events).toEqual([meetingEvent(meeting, site, context)]);
      const calendar = parse(serializeFeed(download, context.urls.absolute(download.path)));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
        meetingUid(meeting.id),
      ]);
    },
  );
});
