/** Conference-app schedules: C3VOC schedule.json (builder) and frab schedule.xml (writer). */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { describe, expect, test } from 'vitest';
import {
  buildConferenceSchedule,
  conferenceAcronym,
  eventDescription,
  scheduleGuid,
  timeslotDuration,
  type ConferenceSchedule,
  type ScheduleEvent,
} from '../../../src/domain/outputs/conference-schedule/schedule.ts';
import { scheduleXml } from '../../../src/domain/outputs/conference-schedule/xml.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { createUrls } from '../../../src/domain/site-paths.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';
import { validateC3vocSchedule, validateFrabXml } from '../../helpers/schema-validators.ts';

const model = loadSite(resolve(projectRoot, 'content'), projectRoot);
const urls = createUrls('/oewg/', 'https://example.org');
const sessionById = (id: string) => model.sessions.find((session) => session.id === id)!;
const schedules = new Map(
  model.sessions.map((session) => [session.id, buildConferenceSchedule(session, model, urls)]),
);

/** Reads a value back from XML text with an independent parser (xmllint), entities decoded. */
function xpathString(xml: string, xpath: string): string {
  // xmllint ends its output with a newline of its own.
  return execFileSync('xmllint', ['--xpath', xpath, '-'], { input: xml, encoding: 'utf8' }).replace(
    /\n$/,
    '',
  );
}

/** Every event of a schedule, in day and room order. */
function eventsOf(schedule: ConferenceSchedule): ScheduleEvent[] {
  return schedule.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
}

/** The event of a slot. */
function eventOf(slotId: string): ScheduleEvent {
  const slot = model.slots.find((candidate) => candidate.id === slotId)!;
  return eventsOf(schedules.get(slot.sessionId)!).find((event) =>
    event.slug.endsWith(`-${slotId}`),
  )!;
}

describe.each(model.sessions.map((session) => session.id))('schedule of %s', (sessionId) => {
  const schedule = schedules.get(sessionId)!;
  const session = sessionById(sessionId);

  test('is valid against the published C3VOC JSON Schema', () => {
    expect(validateC3vocSchedule(JSON.parse(JSON.stringify(schedule)))).toEqual([]);
  });

  test('is valid as frab schedule.xml against the XSD (xmllint)', () => {
    expect(validateFrabXml(scheduleXml(schedule, 'https://example.org/oewg/schedule.xml'))).toEqual(
      [],
    );
  });

  test('has one event per programme slot, in programme order, and no meeting around the session', () => {
    const events = eventsOf(schedule);
    expect(events.map((event) => event.slug)).toEqual(
      session.slots.map((slot) => `${conferenceAcronym(session)}-${slot.id}`),
    );
    const slotDates = new Set(session.slots.map((slot) => slot.date));
    for (const meeting of session.meetings) expect(slotDates.has(meeting.date)).toBe(false);
  });

  test('gives every event a version 5 UUID and a distinct positive legacy id', () => {
    const events = eventsOf(schedule);
    for (const event of events) {
      expect(isUuid(event.guid) && uuidVersion(event.guid)).toBe(5);
      expect(event.id).toBeGreaterThan(0);
    }
    expect(new Set(events.map((event) => event.guid)).size).toBe(events.length);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  test('names the zone and dates every event with the offset in force', () => {
    expect(schedule.schedule.conference.time_zone_name).toBe('America/New_York');
    for (const event of eventsOf(schedule)) {
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00-0[45]:00$/);
      expect(event.date.slice(11, 16)).toBe(event.start);
    }
  });

  test('builds the same document twice', () => {
    expect(JSON.stringify(buildConferenceSchedule(session, model, urls))).toBe(
      JSON.stringify(schedule),
    );
  });
});

describe('events', () => {
  test('keep their guid across builds and deployments: it depends on the slot id only', () => {
    // Pinned: apps key favourites on guids. If this changes, every subscriber loses them.
    expect(eventOf('2022-03-28-1000').guid).toBe('3b082ece-d5b3-5a7d-8574-6634ae17e46e');
    const elsewhere = buildConferenceSchedule(
      sessionById('second-session'),
      model,
      createUrls('/', 'https://other.example'),
    );
    expect(eventsOf(elsewhere).map((event) => event.guid)).toEqual(
      eventsOf(schedules.get('second-session')!).map((event) => event.guid),
    );
    expect(scheduleGuid('slot:2022-03-28-1000')).toBe(eventOf('2022-03-28-1000').guid);
  });

  test.each([
    ['2022-03-28-1000', '2022-03-28T10:00:00-04:00', '2022-03-28T13:00:00-04:00', '03:00'],
    ['2023-03-06-1500', '2023-03-06T15:00:00-05:00', '2023-03-06T18:00:00-05:00', '03:00'],
    ['2023-03-09-1130', '2023-03-09T11:30:00-05:00', '2023-03-09T13:00:00-05:00', '01:30'],
  ])('%s runs from %s to %s (%s)', (slotId, date, end, duration) => {
    expect(eventOf(slotId)).toMatchObject({ date, end, duration });
  });

  test('are in the venue room, or in the Virtual room when held virtually', () => {
    expect(eventOf('2022-03-30-1000').room).toBe('United Nations Headquarters, New York');
    expect(eventOf('2022-03-31-1500').room).toBe('Virtual');
    expect(
      schedules.get('second-session')!.schedule.conference.rooms.map((room) => room.name),
    ).toEqual(['United Nations Headquarters, New York', 'Virtual']);
    expect(
      schedules.get('fourth-session')!.schedule.conference.rooms.map((room) => room.name),
    ).toEqual(['United Nations Headquarters, New York']);
  });

  test('have the topic as track and the topics of their blocks as title', () => {
    expect(eventOf('2022-03-30-1500')).toMatchObject({
      title: '(f) Confidence-building measures (continued); (g) Capacity-building',
      track: 'Confidence-building measures',
    });
    expect(eventOf('2023-03-10-1500')).toMatchObject({
      title: 'Agenda item 6: other matters; Closure of the session',
      track: 'Other matters',
    });
  });

  test('list the speakers the programme names, and nobody else', () => {
    expect(eventOf('2023-03-06-1000').persons.map((person) => person.name)).toEqual([
      'Izumi Nakamitsu',
      'Burhan Gafoor',
    ]);
    expect(eventOf('2022-03-30-1000').persons.map((person) => person.name)).toEqual([
      'United Nations Institute for Disarmament Research (UNIDIR)',
    ]);
    expect(eventOf('2023-03-06-1500').persons).toEqual([]);
  });

  test('link the documents the slot cites', () => {
    expect(eventOf('2023-03-06-1000').links).toEqual([
      {
        type: 'related',
        url: 'https://docs.un.org/en/A/77/275',
        title: '2022 annual progress report (A/77/275)',
      },
    ]);
  });

  test('link to the slot on the session page', () => {
    expect(eventOf('2023-03-06-1000').url).toBe(
      'https://example.org/oewg/sessions/fourth-session/#slot-2023-03-06-1000',
    );
  });
});

describe('descriptions', () => {
  test('hold the focused discussion and every guiding question of the slot, word for word and numbered', () => {
    const slot = model.slots.find((candidate) => candidate.id === '2023-03-06-1000')!;
    const { description } = eventOf(slot.id);
    expect(description).toContain(slot.blocks[2]!.focusedDiscussion);
    for (const question of slot.questions)
      expect(description).toContain(`${question.number}. ${question.text}`);
    expect(description).not.toContain('narrative summaries');
  });

  test("of the second session add the narrative summaries' questions on the same topic, labelled", () => {
    const session = sessionById('second-session');
    const summary = session.summaries.find(
      (candidate) => candidate.topicId === 'confidence-building-measures',
    )!;
    const { description } = eventOf('2022-03-30-1000');
    expect(description).toContain(
      `Suggested guiding questions of the narrative summaries, section ${summary.section}:`,
    );
    for (const question of summary.questions)
      expect(description).toContain(`${question.number}. ${question.text}`);
    // The source's sub-heading over questions 8 onwards is kept.
    expect(description).toContain('Proposed Global Points of Contact Directory\n8. ');
  });

  test("add a topic's summary questions once per slot, and none for topics without a summary", () => {
    const session = sessionById('second-session');
    const slot = model.slots.find((candidate) => candidate.id === '2022-04-01-1500')!;
    expect(eventDescription(slot, session)).not.toContain('narrative summaries');
    const { blocks } = model.slots.find((candidate) => candidate.id === '2022-03-29-1000')!;
    const twice = { blocks: [...blocks, ...structuredClone(blocks)] };
    expect(eventDescription(twice, session).match(/narrative summaries/g)).toHaveLength(1);
  });
});

describe('conference', () => {
  test.each([
    [
      'second-session',
      'oewg_second_session',
      'Second substantive session',
      '2022-03-28',
      '2022-04-01',
      5,
      '01:00',
    ],
    [
      'fourth-session',
      'oewg_fourth_session',
      'Fourth substantive session',
      '2023-03-06',
      '2023-03-10',
      5,
      '00:30',
    ],
  ])(
    '%s is %s, "%s", %s to %s, %i days on a %s grid',
    (sessionId, acronym, title, start, end, daysCount, grid) => {
      expect(schedules.get(sessionId)!.schedule.conference).toMatchObject({
        acronym,
        title,
        start,
        end,
        daysCount,
        timeslot_duration: grid,
      });
    },
  );

  test('grid of slots on the hour with one at half past is half an hour', () => {
    const session = sessionById('fourth-session');
    expect(
      timeslotDuration(
        session.slots.filter((slot) => slot.start.endsWith(':00') && slot.end.endsWith(':00')),
        session.timeZone,
      ),
    ).toBe('01:00');
  });
});

describe('schedule.xml', () => {
  test('escapes markup characters and keeps line breaks, so text reads back unchanged', () => {
    const schedule = structuredClone(schedules.get('fourth-session')!);
    const event =
      schedule.schedule.conference.days[0]!.rooms['United Nations Headquarters, New York']![0]!;
    event.title = 'Rules & norms <draft> "quoted"';
    event.description = 'First line\nSecond line & <more>';
    const xml = scheduleXml(schedule, 'https://example.org/oewg/schedule.xml');
    expect(validateFrabXml(xml)).toEqual([]);
    expect(xpathString(xml, 'string(/schedule/day[1]/room[1]/event[1]/title)')).toBe(event.title);
    expect(xpathString(xml, 'string(/schedule/day[1]/room[1]/event[1]/description)')).toBe(
      event.description,
    );
  });

  test('is refused by the XSD when an event lacks its guid (the validator can fail)', () => {
    const xml = scheduleXml(
      schedules.get('fourth-session')!,
      'https://example.org/oewg/schedule.xml',
    ).replace(/ guid="[^"]+" id="/, ' id="');
    expect(validateFrabXml(xml).join('\n')).toMatch(/guid/);
  });

  test('the C3VOC validator refuses an event without its guid', () => {
    const schedule = structuredClone(schedules.get('fourth-session')!);
    delete (
      schedule.schedule.conference.days[0]!.rooms[
        'United Nations Headquarters, New York'
      ]![0] as Partial<ScheduleEvent>
    ).guid;
    expect(validateC3vocSchedule(schedule).join('\n')).toMatch(/guid/);
  });
});
