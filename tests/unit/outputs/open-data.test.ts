/** The open-data builders: model → dataset records, their schemas and their serialisation. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { recordFieldRows } from '../../../src/domain/outputs/open-data/docs.ts';
import {
  buildDatasets,
  datasetJsonSchema,
  datasetText,
  jsonArrayBytes,
  questionPermalink,
  slotRecord,
  toJsonText,
} from '../../../src/domain/outputs/open-data/datasets.ts';
import { datasetNames, datasetSchema } from '../../../src/domain/content/schemas/export/index.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { createUrls } from '../../../src/domain/site-paths.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';
import { validateDraft2020 } from '../../helpers/schema-validators.ts';

const model = loadSite(resolve(projectRoot, 'content'), projectRoot);
// A deployment under a sub-path, so every permalink must carry the base path.
const urls = createUrls('/oewg/', 'https://example.org');
const datasets = buildDatasets(model, urls);

test('an empty dataset file is the same bytes as its JSON text', () => {
  expect(jsonArrayBytes([]).toString('utf8')).toBe(toJsonText([]));
  const nested = [{ a: [1, { b: 'line\nbreak', c: [] }], d: {} }, 'text', 2, null, [[]]];
  expect(jsonArrayBytes(nested).toString('utf8')).toBe(toJsonText(nested));
});

describe.each(datasetNames)('dataset %s', (name) => {
  test('its records satisfy the zod schema and the generated JSON Schema (Ajv, draft 2020-12)', () => {
    expect(() => datasetSchema(name).parse(datasets[name])).not.toThrow();
    const records = JSON.parse(datasetText(name, datasets[name]));
    expect(validateDraft2020(datasetJsonSchema(name, urls), records)).toEqual([]);
  });

  test('its file written record by record is byte for byte the whole JSON text', () => {
    const records = datasetSchema(name).parse(datasets[name]);
    expect(records.length).toBeGreaterThan(0);
    expect(jsonArrayBytes(records).toString('utf8')).toBe(toJsonText(records));
  });

  test('the JSON Schema names its draft and its published URL', () => {
    const schema = datasetJsonSchema(name, urls);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://example.org/oewg/data/schema/${name}.schema.json`);
  });

  test('every field of its records is described, so the documentation table is complete', () => {
    const rows = recordFieldRows(datasetJsonSchema(name, urls));
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((row) => row.description.trim() === '').map((row) => row.path)).toEqual([]);
  });

  test('every permalink is absolute and under the base path', () => {
    const links =
      JSON.stringify(datasets[name]).match(
        /"(permalink|page|scheduleJson|scheduleXml)":"[^"]*"/g,
      ) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/":"https:\/\/example\.org\/oewg\//);
  });
});

describe('round trip with the model', () => {
  test('questions.json holds every guiding question, ids and texts as in the model', () => {
    expect(datasets.questions).toHaveLength(model.questions.length);
    expect(datasets.questions.map(({ id, text }) => ({ id, text }))).toEqual(
      model.questions.map(({ id, text }) => ({ id, text })),
    );
  });

  test('slots.json holds every slot, with ids, dates and local times as in the model', () => {
    expect(datasets.slots).toHaveLength(model.slots.length);
    expect(datasets.slots.map(({ id, date, start, end }) => ({ id, date, start, end }))).toEqual(
      model.slots.map(({ id, date, start, end }) => ({ id, date, start, end })),
    );
  });

  test('a slot lists its questions by id, block by block', () => {
    const slot = datasets.slots.find((candidate) => candidate.id === '2023-03-06-1000')!;
    expect(slot.questionIds).toEqual([
      'q-2023-03-06-1000-1',
      'q-2023-03-06-1000-2',
      'q-2023-03-06-1000-3',
      'q-2023-03-06-1000-4',
    ]);
    expect(slot.blocks.map((block) => block.questionIds.length)).toEqual([0, 0, 4]);
  });
});

describe('slot times', () => {
  // The sessions straddle a daylight-saving change: New York is UTC−4 on 28 March 2022, UTC−5 on 6 March 2023.
  test.each([
    [
      '2022-03-28-1000',
      '2022-03-28T10:00:00-04:00',
      '2022-03-28T14:00:00Z',
      '2022-03-28T13:00:00-04:00',
      '2022-03-28T17:00:00Z',
    ],
    [
      '2023-03-06-1000',
      '2023-03-06T10:00:00-05:00',
      '2023-03-06T15:00:00Z',
      '2023-03-06T13:00:00-05:00',
      '2023-03-06T18:00:00Z',
    ],
    [
      '2023-03-09-1130',
      '2023-03-09T11:30:00-05:00',
      '2023-03-09T16:30:00Z',
      '2023-03-09T13:00:00-05:00',
      '2023-03-09T18:00:00Z',
    ],
  ])(
    '%s starts %s (%s) and ends %s (%s)',
    (id, startWithOffset, startUtc, endWithOffset, endUtc) => {
      const slot = datasets.slots.find((candidate) => candidate.id === id)!;
      expect(slot).toMatchObject({
        startWithOffset,
        startUtc,
        endWithOffset,
        endUtc,
        timeZone: 'America/New_York',
      });
    },
  );

  test('a slot of an unknown session is refused', () => {
    const slot = { ...model.slots[0]!, sessionId: 'fifth-session' };
    expect(() => slotRecord(slot, model, urls)).toThrow(
      'slot 2022-03-28-1000 names an unknown session fifth-session',
    );
  });
});

describe('permalinks', () => {
  test.each([
    [
      'q-2023-03-06-1000-1',
      'https://example.org/oewg/sessions/fourth-session/#q-2023-03-06-1000-1',
    ],
    [
      'q-second-session-iv-8',
      'https://example.org/oewg/sessions/second-session/summaries/#q-second-session-iv-8',
    ],
  ])('question %s links to %s', (id, permalink) => {
    expect(datasets.questions.find((question) => question.id === id)?.permalink).toBe(permalink);
    expect(
      questionPermalink(
        urls,
        model.questions.find((question) => question.id === id)!,
      ),
    ).toBe(permalink);
  });

  test('a cited report paragraph links to its anchor on the report page, and back to the citing question', () => {
    const paragraph = datasets['report-paragraphs'].find(
      (candidate) => candidate.id === 'a-77-275-para-11',
    )!;
    expect(paragraph.permalink).toBe('https://example.org/oewg/reports/a-77-275/#para-11');
    expect(paragraph.citations).toContainEqual(
      expect.objectContaining({
        anchor: 'q-2023-03-06-1000-1',
        permalink: 'https://example.org/oewg/sessions/fourth-session/#q-2023-03-06-1000-1',
      }),
    );
  });

  test('a document keeps its official link beside its permalink', () => {
    const document = datasets.documents.find((candidate) => candidate.id === 'a-77-275')!;
    expect(document.officialUrl).toBe('https://docs.un.org/en/A/77/275');
    expect(document.permalink).toBe('https://example.org/oewg/reports/a-77-275/');
  });
});

describe('meetings around a session', () => {
  test('are listed with the session, never invented a time the source does not announce', () => {
    const session = datasets.sessions.find((candidate) => candidate.id === 'second-session')!;
    expect(session.meetings.map(({ id, start, startUtc }) => ({ id, start, startUtc }))).toEqual([
      { id: '2021-12-16-stakeholder-dialogue', start: 'not announced', startUtc: undefined },
      // 18 March 2022 is after the change to daylight time in New York (13 March): 9 a.m. is 13:00 UTC.
      { id: '2022-03-18-preparatory-meeting', start: '09:00', startUtc: '2022-03-18T13:00:00Z' },
      { id: '2022-03-24-stakeholder-dialogue', start: 'not announced', startUtc: undefined },
    ]);
    expect(
      JSON.parse(datasetText('sessions', datasets.sessions))[0].meetings[0],
    ).not.toHaveProperty('startUtc');
  });
});

describe('serialisation', () => {
  test('writes keys in schema order whatever order the builder used, with two-space indentation and a final newline', () => {
    const [first] = datasets.topics;
    const shuffled = Object.fromEntries(Object.entries(first!).reverse()) as typeof first;
    const text = datasetText('topics', [shuffled!]);
    expect(text).toBe(`${JSON.stringify([first], null, 2)}\n`);
    expect(Object.keys(JSON.parse(text)[0])[0]).toBe('id');
  });

  test('refuses a record with a field the schema does not describe', () => {
    const record = { ...datasets.topics[0]!, colour: 'red' };
    expect(() => datasetText('topics', [record])).toThrow(/colour/);
  });

  test('two builds from the same content give the same text', () => {
    const again = buildDatasets(loadSite(resolve(projectRoot, 'content'), projectRoot), urls);
    for (const name of datasetNames)
      expect(datasetText(name, again[name])).toBe(datasetText(name, datasets[name]));
  });
});

describe('documentation field table', () => {
  test('lists nested fields and union variants with their discriminator', () => {
    const rows = recordFieldRows(datasetJsonSchema('questions', urls));
    expect(rows.find((row) => row.path === 'origin.slotId')).toMatchObject({
      required: true,
      variant: 'kind = "slot"',
    });
    expect(rows.find((row) => row.path === 'origin.section')).toMatchObject({
      required: true,
      variant: 'kind = "summary"',
    });
    expect(rows.find((row) => row.path === 'references[].paragraphs')).toMatchObject({
      type: 'array of integer',
      required: false,
    });
    expect(rows.find((row) => row.path === 'group')).toMatchObject({
      type: 'string',
      required: false,
    });
  });
});
