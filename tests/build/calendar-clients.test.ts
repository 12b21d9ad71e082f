/**
 * Every built feed read by three independent iCalendar parsers (ical.js, node-ical, ical): the same
 * events, each URL a plain string, each category whole (no parser splits "Rules, norms and
 * principles"). The check is shown to catch ical-generator's `URL;VALUE=URI:` and an escaped comma.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { indexById } from '../../src/domain/model/lookup.ts';
import { meetingUid, slotUid } from '../../src/domain/outputs/calendar/events.ts';
import { categoryName } from '../../src/domain/outputs/calendar/ics.ts';
import { readBuilt, distRoot } from '../helpers/built-site.ts';
import { builtCalendarPaths } from '../helpers/calendar-files.ts';
import { clientProblems, eventsByParser } from '../helpers/calendar-clients.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const topics = indexById(site.topics);
/** Each event's categories as the site names them: its topics' titles, in order, without commas. */
const expectedCategories = new Map<string, string[]>([
  ...site.slots.map((slot): [string, string[]] => [
    slotUid(slot.id),
    [...new Set(slot.blocks.map((block) => categoryName(topics.get(block.topicId)!.title)))],
  ]),
  ...site.meetings.map((meeting): [string, string[]] => [meetingUid(meeting.id), []]),
]);

describe.each(builtCalendarPaths(distRoot))('%s', (sitePath) => {
  test('reads alike in ical.js, node-ical and ical: plain URL, whole categories', () => {
    const text = readBuilt(sitePath);
    expect(text).not.toMatch(/^URL;/m);
    expect(clientProblems(text, expectedCategories)).toEqual([]);
  });
});

test('no category of the real content holds a comma, one that had one keeps its words, and the calendar page states the rule', () => {
  const all = [...expectedCategories.values()].flat();
  expect(all.some((name) => name.includes(','))).toBe(false);
  expect(all).toContain('Rules norms and principles');
  expect(readBuilt('/calendar/').replace(/\s+/g, ' ')).toContain(
    'as categories, written without commas (“Rules norms and principles”): some calendar programs split a category at a comma.',
  );
});

test('a test of the test: URL;VALUE=URI and an escaped comma in a category are caught', () => {
  const uid = '9b2f7c1e-4d3a-5b6c-8d7e-0f1a2b3c4d5e';
  const broken = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//probe//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20220307T000000Z',
    'DTSTART:20220328T140000Z',
    'DTEND:20220328T170000Z',
    'SUMMARY:probe',
    'URL;VALUE=URI:https://host.test/sessions/x/',
    'CATEGORIES:Rules\\, norms and principles',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const problems = clientProblems(broken, new Map([[uid, ['Rules, norms and principles']]]));
  expect(problems.some((line) => line.startsWith('node-ical:') && line.includes('URL is {'))).toBe(
    true,
  );
  expect(
    problems.some(
      (line) =>
        line.startsWith('ical:') &&
        line.includes('categories ["Rules\\\\","norms and principles"]'),
    ),
  ).toBe(true);
  expect(eventsByParser(broken)['ical.js'][0]!.categories).toEqual(['Rules, norms and principles']);
});
