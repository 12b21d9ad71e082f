/**
 * The CSV files of the production build (dist/): RFC 4180 with a UTF-8 byte-order mark and a header
 * row, read with csv-parse and compared row by row with the JSON datasets (by rules written here,
 * not by the code that wrote them); no cell holds JSON; the columns are those /data/ and the JSON
 * Schemas document; every session has its own files, linked from its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import {
  sheetDefinitions,
  sheetNames,
  sessionSheetNames,
} from '../../src/domain/outputs/open-data/sheets.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { datasetNames } from '../../src/domain/content/schemas/export/index.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { recordsFromCsv } from '../helpers/csv-records.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const json = (name: string): Json[] => JSON.parse(readBuilt(paths.dataset(name))) as Json[];
const csv = (path: string) => recordsFromCsv(readBuilt(path));
const topics = new Map(json('topics').map((topic) => [topic.id as string, topic]));
const slotsById = new Map(json('slots').map((slot) => [slot.id as string, slot]));
const sessions = json('sessions');
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekday = (date: string) => weekdays[new Date(`${date}T12:00:00Z`).getUTCDay()];
const lines = (source?: { startLine: number; endLine: number }) =>
  source
    ? source.startLine === source.endLine
      ? `${source.startLine}`
      : `${source.startLine}–${source.endLine}`
    : '';

describe.each(sheetNames)('%s.csv in dist/', (name) => {
  const bytes = readFileSync(join(distRoot, paths.datasetCsv(name)));
  const text = bytes.toString('utf8');
  const { header, rows } = recordsFromCsv(text);
  const columns = sheetDefinitions[name].columns.map((column) => column.name);

  test('starts with the UTF-8 byte-order mark, ends lines with CRLF, has the documented header row', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/(?<!\r)\n/);
    expect(header).toEqual(columns);
    const documented = parseHtml(readBuilt(paths.data()))
      .querySelectorAll(
        `#${name === 'meetings' ? 'meetings' : `dataset-${name}`} table.csv-columns tbody th code`,
      )
      .map((cell) => cell.text);
    expect(documented).toEqual(columns);
  });

  test('no cell holds JSON', () => {
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^\s*[[{]/);
  });
});

describe.each(datasetNames)('%s.schema.json', (name) => {
  test("the dataset's JSON Schema names the CSV file and its columns", () => {
    const columns = sheetDefinitions[name].columns.map((column) => column.name);
    const description = String(
      (JSON.parse(readBuilt(paths.datasetSchema(name))) as Json).description,
    );
    expect(description).toContain(`${paths.datasetCsv(name)}.`);
    expect(description).toContain(`Columns: ${columns.join(', ')}.`);
  });
});

describe('the CSV rows are the JSON records, row by row', () => {
  test('slots.csv', () => {
    const { rows } = csv(paths.datasetCsv('slots'));
    const records = json('slots');
    expect(rows.map((row) => row.slot_id)).toEqual(records.map((record) => record.id));
    records.forEach((record, index) => {
      const row = rows[index]!;
      expect(row).toMatchObject({
        session_id: record.sessionId,
        date: record.date,
        weekday: weekday(record.date),
        start_local: record.start,
        end_local: record.end,
        time_zone: record.timeZone,
        start_utc: record.startUtc,
        end_utc: record.endUtc,
        topics: record.topicIds.map((id: string) => topics.get(id)!.title).join('; '),
        topic_letters: record.topicIds
          .map((id: string) => topics.get(id)!.letter)
          .filter(Boolean)
          .join('; '),
        headings: record.blocks.map((block: Json) => block.heading).join('\n'),
        focused_discussion: record.blocks
          .flatMap((block: Json) => block.focusedDiscussion ?? [])
          .join('\n'),
        question_count: String(record.questionIds.length),
        permalink: record.permalink,
        source_lines: lines(record.source),
        source_url: record.source?.url ?? '',
      });
      expect(row.permalink).toMatch(/^https?:\/\//);
    });
  });

  test('questions.csv', () => {
    const { rows } = csv(paths.datasetCsv('questions'));
    const records = json('questions');
    expect(rows.map((row) => row.question_id)).toEqual(records.map((record) => record.id));
    records.forEach((record, index) => {
      const slot = record.origin.kind === 'slot' ? slotsById.get(record.origin.slotId) : undefined;
      expect(rows[index]).toMatchObject({
        session_id: record.sessionId,
        question: record.text,
        number: String(record.number),
        topic: topics.get(record.topicId)!.title,
        topic_letter: topics.get(record.topicId)!.letter ?? '',
        heading: slot ? slot.blocks[record.origin.blockIndex].heading : expect.any(String),
        slot_id: slot?.id ?? '',
        date: slot?.date ?? '',
        start_utc: slot?.startUtc ?? '',
        permalink: record.permalink,
        source_lines: lines(record.source),
      });
    });
  });

  test('meetings.csv holds the meetings of sessions.json', () => {
    const { rows } = csv(paths.datasetCsv('meetings'));
    const meetings = sessions.flatMap((session) =>
      session.meetings.map((meeting: Json) => ({ ...meeting, sessionId: session.id })),
    );
    expect(rows.map((row) => row.meeting_id)).toEqual(meetings.map((meeting) => meeting.id));
    meetings.forEach((meeting, index) => {
      expect(rows[index]).toMatchObject({
        session_id: meeting.sessionId,
        title: meeting.title,
        date: meeting.date,
        weekday: weekday(meeting.date),
        start_local: meeting.start,
        end_local: meeting.end,
        start_utc: meeting.startUtc ?? '',
        announcement: meeting.announcement,
        permalink: meeting.permalink,
      });
    });
  });

  test('sessions.csv, topics.csv, documents.csv, report-paragraphs.csv', () => {
    const checks: [string, string, (record: Json) => Json][] = [
      [
        'sessions',
        'session_id',
        (record) => ({
          name: record.name,
          start_date: record.startDate,
          slot_count: String(record.slotIds.length),
          permalink: record.permalink,
        }),
      ],
      ['topics', 'topic_id', (record) => ({ title: record.title, letter: record.letter ?? '' })],
      [
        'documents',
        'document_id',
        (record) => ({
          symbol: record.symbol,
          citation_count: String(record.citedIn.length),
          citations: record.citedIn.map((entry: Json) => entry.label).join('\n'),
        }),
      ],
      [
        'report-paragraphs',
        'paragraph_id',
        (record) => ({
          number: String(record.number),
          citation_count: String(record.citedIn.length),
        }),
      ],
    ];
    for (const [name, idColumn, expected] of checks) {
      const { rows } = csv(paths.datasetCsv(name));
      const records = json(name);
      expect(rows.map((row) => row[idColumn])).toEqual(records.map((record) => record.id));
      records.forEach((record, index) => expect(rows[index]).toMatchObject(expected(record)));
    }
  });
});

describe.each(sessions.map((session) => [session.id as string] as const))(
  'session %s',
  (sessionId) => {
    test.each(sessionSheetNames)(
      'its own %s.csv is its rows of the /data/ file, linked from its page',
      (name) => {
        const own = csv(paths.sessionSheet(sessionId, name));
        const all = csv(paths.datasetCsv(name));
        expect(own.header).toEqual(all.header);
        expect(own.rows).toEqual(all.rows.filter((row) => row.session_id === sessionId));
        const page = parseHtml(readBuilt(paths.session(sessionId)));
        expect(page.querySelectorAll('a').map((link) => link.getAttribute('href'))).toContain(
          paths.sessionSheet(sessionId, name),
        );
      },
    );
  },
);
