/**
 * "Add to calendar" links (src/domain/outputs/calendar/add-to-calendar.ts): every Google and
 * Outlook link carries the slot's exact UTC instants, computed here independently with Temporal
 * from the content's wall-clock times; meetings without an announced time or end invent nothing.
 */
import { resolve } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import {
  addToCalendarLinks,
  googleEventUrl,
  meetingCalendarEntry,
  outlookComposeUrl,
  slotCalendarEntry,
} from '../../src/domain/outputs/calendar/add-to-calendar.ts';
import type { CalendarContext } from '../../src/domain/outputs/calendar/events.ts';
import type { Meeting } from '../../src/domain/model/model.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { createUrls } from '../../src/domain/site-paths.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const context: CalendarContext = { urls: createUrls('/oewg/', 'https://oewg.example.org') };
const zoneOf = (sessionId: string) =>
  site.sessions.find((session) => session.id === sessionId)!.timeZone;

/** The instant of a wall-clock time in a zone, straight from Temporal (not from time.ts). */
const instant = (date: string, time: string, zone: string) =>
  Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone).toInstant();

/** The UTC start and end a link states, as instants: Google's `dates`, Outlook's `startdt`/`enddt`. */
function instantsOf(link: string): [Temporal.Instant, Temporal.Instant] {
  const query = new URL(link).searchParams;
  if (query.has('dates')) {
    const [start, end] = query
      .get('dates')!
      .split('/')
      .map((basic) =>
        Temporal.Instant.from(
          basic.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
        ),
      );
    return [start!, end!];
  }
  return [Temporal.Instant.from(query.get('startdt')!), Temporal.Instant.from(query.get('enddt')!)];
}

/** Whether a link carries exactly the slot's start and end as written in the content. */
function carriesSlotInstants(
  link: string,
  slot: { date: string; start: string; end: string; sessionId: string },
): boolean {
  const [start, end] = instantsOf(link);
  const zone = zoneOf(slot.sessionId);
  return (
    start.equals(instant(slot.date, slot.start, zone)) &&
    end.equals(instant(slot.date, slot.end, zone))
  );
}

describe.each(site.slots.map((slot) => [slot.id, slot] as const))('slot %s', (_id, slot) => {
  const links = addToCalendarLinks(slotCalendarEntry(slot, site, context));
  test.each(Object.entries(links))(
    'the %s link carries its exact UTC start and end',
    (_name, link) => {
      expect(carriesSlotInstants(link, slot)).toBe(true);
    },
  );
  test('Google gets the event template with Z instants; Outlook the compose action, not all-day', () => {
    expect(links.google).toMatch(
      /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&/,
    );
    expect(new URL(links.google).searchParams.get('dates')).toMatch(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
    for (const [link, host] of [
      [links.outlookLive, 'outlook.live.com'],
      [links.outlookOffice, 'outlook.office.com'],
    ] as const) {
      const url = new URL(link);
      expect(url.host).toBe(host);
      expect(url.pathname).toBe('/calendar/0/action/compose');
      expect(url.searchParams.get('rru')).toBe('addevent');
      expect(url.searchParams.get('allday')).toBe('false');
    }
  });
  test('title, place and a permalink under the base path', () => {
    const query = new URL(links.google).searchParams;
    expect(query.get('text')).toContain(
      site.sessions.find((session) => session.id === slot.sessionId)!.name,
    );
    expect(query.get('details')).toContain(
      `https://oewg.example.org/oewg/sessions/${slot.sessionId}/#${slot.anchor}`,
    );
    expect(query.get('location')).toMatch(/^(Virtual|.*New York.*)$/);
  });
});

test('the instant check catches a slot an hour off (a test of the test)', () => {
  const slot = site.slots.find((candidate) => candidate.id === '2023-03-06-1000')!;
  const shifted = { ...slot, startUtc: '2023-03-06T14:00:00Z', endUtc: '2023-03-06T17:00:00Z' };
  const link = googleEventUrl(slotCalendarEntry(shifted, site, context));
  expect(carriesSlotInstants(link, slot)).toBe(false);
  expect(carriesSlotInstants(googleEventUrl(slotCalendarEntry(slot, site, context)), slot)).toBe(
    true,
  );
});

test('6 March 2023, 10 a.m. New York (UTC−5) is 15:00 UTC; 28 March 2022, 10 a.m. (UTC−4) is 14:00 UTC', () => {
  const links = (id: string) =>
    addToCalendarLinks(
      slotCalendarEntry(
        site.slots.find((slot) => slot.id === id)!,
        site,
        context,
      ),
    );
  expect(new URL(links('2023-03-06-1000').google).searchParams.get('dates')).toBe(
    '20230306T150000Z/20230306T180000Z',
  );
  expect(new URL(links('2022-03-28-1000').outlookLive).searchParams.get('startdt')).toBe(
    '2022-03-28T14:00:00Z',
  );
});

describe('meetings around a session invent no time', () => {
  /** How often `part` occurs in `text`. */
  const count = (text: string, part: string) => text.split(part).length - 1;
  /** Google's and Outlook's links of a meeting's entry, as query parameters. */
  const queries = (entry: ReturnType<typeof meetingCalendarEntry>) => ({
    google: new URL(googleEventUrl(entry)).searchParams,
    outlook: new URL(outlookComposeUrl(entry, 'outlook.live.com')).searchParams,
    office: new URL(outlookComposeUrl(entry, 'outlook.office.com')).searchParams,
  });
  // A start announced without an end, as a fixture: the test does not depend on the content having one.
  const startOnly: Meeting = {
    ...site.meetings[0]!,
    id: 'fixture-start-only',
    date: '2022-03-18',
    start: '09:00',
    end: 'not announced',
    startUtc: '2022-03-18T13:00:00Z',
  };

  test.each([
    ...site.meetings.map((meeting) => [meeting.id, meeting] as const),
    [startOnly.id, startOnly] as const,
  ])("%s: every link carries the model's instants (start, end or none)", (_id, meeting) => {
    const entry = meetingCalendarEntry(meeting, site, context);
    const { google, outlook, office } = queries(entry);
    const zone = zoneOf(meeting.sessionId);
    for (const link of [outlook, office]) expect(link.get('subject')).toBe(google.get('text'));
    if (meeting.start === 'not announced') {
      // No time: the announced date as a whole day, and nothing that reads as a time.
      expect(google.get('dates')).toBe(
        `${meeting.date.replaceAll('-', '')}/${Temporal.PlainDate.from(meeting.date).add({ days: 1 }).toString().replaceAll('-', '')}`,
      );
      for (const link of [outlook, office]) expect(link.get('allday')).toBe('true');
      expect(count(google.get('text')!, 'time not announced')).toBe(1);
      return;
    }
    const start = instant(meeting.date, meeting.start, zone);
    expect(start.equals(Temporal.Instant.from(meeting.startUtc!))).toBe(true);
    const [googleStart, googleEnd] = instantsOf(googleEventUrl(entry));
    const [outlookStart, outlookEnd] = instantsOf(outlookComposeUrl(entry, 'outlook.live.com'));
    expect(googleStart.equals(start) && outlookStart.equals(start)).toBe(true);
    for (const link of [outlook, office]) expect(link.get('allday')).toBe('false');
    if (meeting.end === 'not announced') {
      // Timed, never all-day, and no invented end: a zero-length event at the announced start.
      expect(entry.timing).toEqual({ kind: 'start-only', startUtc: meeting.startUtc });
      expect(googleEnd.equals(start) && outlookEnd.equals(start)).toBe(true);
      expect(count(google.get('text')!, 'end not announced')).toBe(1);
      expect(count(google.get('details')!, 'end time was not announced')).toBe(1);
    } else {
      const end = instant(meeting.date, meeting.end, zone);
      expect(googleEnd.equals(end) && outlookEnd.equals(end)).toBe(true);
      expect(google.get('text')).not.toContain('not announced');
    }
  });

  test('the start-only fixture reads as a person would: 9 a.m. New York, UTC−4, end not announced', () => {
    const { google } = queries(meetingCalendarEntry(startOnly, site, context));
    expect(google.get('dates')).toBe('20220318T130000Z/20220318T130000Z');
    expect(google.get('text')).toMatch(/ \(end not announced\)$/);
    expect(google.get('details')).toContain(
      'starting 9 a.m. (America/New_York, UTC−4). The end time was not announced',
    );
  });

  test('a meeting with an announced start and end gets both instants', () => {
    const timed = { ...startOnly, id: 'fixture-timed', end: '10:30' };
    const entry = meetingCalendarEntry(timed, site, context);
    expect(entry.timing).toEqual({
      kind: 'timed',
      startUtc: '2022-03-18T13:00:00Z',
      endUtc: '2022-03-18T14:30:00Z',
    });
  });

  test('the instant check sees an invented end (a test of the test)', () => {
    const entry = meetingCalendarEntry(startOnly, site, context);
    const invented = {
      ...entry,
      timing: {
        kind: 'timed' as const,
        startUtc: '2022-03-18T13:00:00Z',
        endUtc: '2022-03-18T14:00:00Z',
      },
    };
    const [start, end] = instantsOf(googleEventUrl(invented));
    expect(end.equals(start)).toBe(false);
  });
});
