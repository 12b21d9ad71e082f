/** The open-data files of the production build (dist/): valid against their schemas, and true to the model. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type {
  ConferenceSchedule,
  ScheduleEvent,
} from '../../src/domain/outputs/conference-schedule/schedule.ts';
import { recordFieldRows } from '../../src/domain/outputs/open-data/docs.ts';
import { datasetNames } from '../../src/domain/content/schemas/export/index.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { readBuilt } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import {
  validateC3vocSchedule,
  validateDraft2020,
  validateFrabXml,
} from '../helpers/schema-validators.ts';

const model = loadSite(resolve(projectRoot, 'content'), projectRoot);

/** A text as a literal inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A built JSON file, parsed. */
function readJson<T = unknown>(sitePath: string): T {
  return JSON.parse(readBuilt(sitePath)) as T;
}

describe.each(datasetNames)('dataset %s in dist/', (name) => {
  test('validates against its published JSON Schema with Ajv (draft 2020-12)', () => {
    const schema = readJson<Record<string, unknown>>(paths.datasetSchema(name));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validateDraft2020(schema, readJson(paths.dataset(name)))).toEqual([]);
  });

  test.each([paths.dataset(name), paths.datasetSchema(name)])(
    '%s is indented by two spaces and ends with a newline',
    (path) => {
      const text = readBuilt(path);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    },
  );
});

describe.each(model.sessions.map((session) => session.id))(
  'schedules of %s in dist/',
  (sessionId) => {
    test('schedule.json validates against the published C3VOC JSON Schema', () => {
      expect(validateC3vocSchedule(readJson(paths.scheduleJson(sessionId)))).toEqual([]);
    });

    test('schedule.xml validates against the frab XSD (xmllint)', () => {
      const xml = readBuilt(paths.scheduleXml(sessionId));
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<schedule>')).toBe(true);
      expect(validateFrabXml(xml)).toEqual([]);
    });

    test('schedule.json and schedule.xml hold the same events as the programme', () => {
      const schedule = readJson<ConferenceSchedule>(paths.scheduleJson(sessionId));
      const events: ScheduleEvent[] = schedule.schedule.conference.days.flatMap((day) =>
        Object.values(day.rooms).flat(),
      );
      const session = model.sessions.find((candidate) => candidate.id === sessionId)!;
      expect(events.map((event) => event.date)).toEqual(
        session.slots.map((slot) => slot.startWithOffset),
      );
      const xml = readBuilt(paths.scheduleXml(sessionId));
      expect([...xml.matchAll(/<event guid="([^"]+)"/g)].map((match) => match[1])).toEqual(
        events.map((event) => event.guid),
      );
    });
  },
);

describe('round trip: the exports hold what the programmes hold', () => {
  const questions = readJson<{ id: string; text: string; sessionId: string }[]>(
    paths.dataset('questions'),
  );
  const slots = readJson<{ id: string; startUtc: string; questionIds: string[] }[]>(
    paths.dataset('slots'),
  );

  test('questions.json holds every guiding question, ids and texts as in the model', () => {
    expect(questions).toHaveLength(model.questions.length);
    expect(questions.map(({ id, text }) => ({ id, text }))).toEqual(
      model.questions.map(({ id, text }) => ({ id, text })),
    );
  });

  test('slots.json holds every slot, ids and instants as in the model', () => {
    expect(slots).toHaveLength(model.slots.length);
    expect(slots.map(({ id, startUtc }) => ({ id, startUtc }))).toEqual(
      model.slots.map(({ id, startUtc }) => ({ id, startUtc })),
    );
  });

  test('every question id a slot or session lists is in questions.json, and every question is listed once', () => {
    const sessions = readJson<{ questionIds: string[] }[]>(paths.dataset('sessions'));
    const listed = sessions.flatMap((session) => session.questionIds);
    expect([...listed].sort()).toEqual(questions.map((question) => question.id).sort());
    const ids = new Set(questions.map((question) => question.id));
    for (const slot of slots) for (const id of slot.questionIds) expect(ids.has(id)).toBe(true);
  });

  test('the schedules hold every slot once each', () => {
    const slugs = model.sessions.flatMap((session) => {
      const schedule = readJson<ConferenceSchedule>(paths.scheduleJson(session.id));
      return schedule.schedule.conference.days.flatMap((day) =>
        Object.values(day.rooms)
          .flat()
          .map((event) => event.slug),
      );
    });
    expect(slugs).toHaveLength(model.slots.length);
    expect(new Set(slugs).size).toBe(model.slots.length);
  });
});

describe('the /data/ documentation page', () => {
  const html = readBuilt(paths.data());

  test.each(datasetNames)(
    'documents %s: data link, schema link, a row per field and an example',
    (name) => {
      expect(html).toContain(`href="${paths.dataset(name)}"`);
      expect(html).toContain(`href="${paths.datasetSchema(name)}"`);
      const section = html.slice(
        html.indexOf(`id="dataset-${name}"`),
        html.indexOf('</section>', html.indexOf(`id="dataset-${name}"`)),
      );
      const rows = recordFieldRows(readJson(paths.datasetSchema(name)));
      for (const row of rows)
        expect(section).toMatch(
          new RegExp(`<th scope="row"[^>]*><code[^>]*>${escapeRegExp(row.path)}</code>`),
        );
      const firstRecord = readJson<{ id: string }[]>(paths.dataset(name))[0]!;
      expect(section).toContain(`&quot;id&quot;: &quot;${firstRecord.id}&quot;`);
    },
  );

  test.each(model.sessions.map((session) => session.id))(
    'links the schedules of %s',
    (sessionId) => {
      expect(html).toContain(`href="${paths.scheduleJson(sessionId)}"`);
      expect(html).toContain(`href="${paths.scheduleXml(sessionId)}"`);
    },
  );
});

describe('the validators catch broken exports (a test of the test)', () => {
  test('a question without text fails its JSON Schema', () => {
    const schema = readJson<Record<string, unknown>>(paths.datasetSchema('questions'));
    const [first, ...rest] = readJson<Record<string, unknown>[]>(paths.dataset('questions'));
    const { text: _text, ...withoutText } = first!;
    expect(validateDraft2020(schema, [withoutText, ...rest]).length).toBeGreaterThan(0);
  });

  test('an event without a guid fails the C3VOC schema', () => {
    const schedule = readJson<{
      schedule: { conference: { days: { rooms: Record<string, Record<string, unknown>[]> }[] } };
    }>(paths.scheduleJson('fourth-session'));
    const rooms = schedule.schedule.conference.days[0]!.rooms;
    delete rooms[Object.keys(rooms)[0]!]![0]!.guid;
    expect(validateC3vocSchedule(schedule).length).toBeGreaterThan(0);
  });

  test('an event without a title fails the frab XSD', () => {
    const xml = readBuilt(paths.scheduleXml('fourth-session')).replace(
      /(<event [\s\S]*?)<title>[^<]*<\/title>/,
      '$1',
    );
    expect(xml).not.toBe(readBuilt(paths.scheduleXml('fourth-session')));
    expect(validateFrabXml(xml).length).toBeGreaterThan(0);
  });
});
