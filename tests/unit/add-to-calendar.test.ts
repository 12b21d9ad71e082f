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
  const meeting = (date: string) => site.meetings.find((candidate) => candidate.date === date)!;
  test('no announced time: a whole-day entry on the announced date', () => {
    const entry = meetingCalendarEntry(meeting('2022-03-24'), site, context);
    expect(entry.timing).toEqual({ kind: 'all-day', date: '2022-03-24' });
    const google = new URL(googleEventUrl(entry)).searchParams;
    expect(google.get('dates')).toBe('20220324/20220325');
    expect(google.get('details')).toContain('The time was not announced.');
    const outlook = new URL(outlookComposeUrl(entry, 'outlook.live.com')).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')]).toEqual([
      '2022-03-24',
      '2022-03-25',
      'true',
    ]);
  });
  test('an announced start without an end: whole day, with the start and "end not announced" said', () => {
    const entry = meetingCalendarEntry(meeting('2022-03-18'), site, context);
    expect(entry.timing).toEqual({ kind: 'all-day', date: '2022-03-18' });
    expect(entry.allDayReason).toBe('end not announced');
    const google = new URL(googleEventUrl(entry)).searchParams;
    expect(google.get('text')).toContain('from 9 a.m. New York time (end not announced)');
    expect(google.get('details')).toContain(
      'starting 9 a.m. (America/New_York, UTC−4). The end time was not announced',
    );
    // No instant at all: nothing that a calendar could read as an end time.
    expect(google.get('dates')).not.toMatch(/T/);
  });
  test('a meeting with an announced start and end gets both instants', () => {
    const base = meeting('2022-03-18');
    const timed = { ...base, end: '10:30', startUtc: '2022-03-18T13:00:00Z' };
    const entry = meetingCalendarEntry(timed, site, context);
    expect(entry.timing).toEqual({
      kind: 'timed',
      startUtc: '2022-03-18T13:00:00Z',
      endUtc: '2022-03-18T14:30:00Z',
    });
  });
});
