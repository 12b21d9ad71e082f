/**
 * Hostile but valid content through the real `astro build` (issue 22): half a megabyte of
 * pathological text in a source builds (source indexing is linear; the old indexing took minutes);
 * a venue and a printed time that a spreadsheet would run as formulas are published escaped in the
 * CSV files and unchanged in the JSON. Bad content (the corpus, with its hostile cases) is
 * tests/build/bad-content-build.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pathologicalTexts } from '../../tools/bench/pathological-text.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';

const venue = '=HYPERLINK("http://evil.example/","x")';
// A tab before the time: a spreadsheet reads a leading tab as a formula too, and the time still
// reads as the slot's 10:00–13:00 (the content checks hold timeAsPrinted to start and end).
const printedTime = '\t10 a.m.-1 p.m.';
const junk = Object.values(pathologicalTexts(60_000)).join('\n');

/** The records of a built CSV file, by column name. */
const csvRecords = (build: IsolatedBuild, name: string): Record<string, string>[] =>
  parse(readFileSync(join(build.dist, 'data', `${name}.csv`), 'utf8').replace(/^\uFEFF/, ''), {
    columns: true,
  });

describe('hostile but valid content builds, and its exports cannot run', () => {
  let build: IsolatedBuild;
  beforeAll(() => {
    build = isolatedBuild({
      mutations: [
        {
          file: 'sources/chair-letter-2022-03-07.txt',
          bytes: (original) => Buffer.concat([original, Buffer.from(`\n${junk}\n`)]),
        },
        {
          file: 'sessions/second-session.yaml',
          find: 'venue: United Nations Headquarters, New York',
          replace: `venue: '${venue}'`,
        },
        {
          file: 'programmes/second-session.yaml',
          find: 'timeAsPrinted: 10 a.m.-1 p.m.',
          replace: `timeAsPrinted: '${printedTime}'`,
        },
      ],
    });
  }, 600_000);
  afterAll(() => build?.dispose());

  test('the build completes, with the pathological source published', () => {
    expect(build.status, build.output).toBe(0);
    expect(junk.length).toBeGreaterThan(400_000);
    const page = readFileSync(
      join(build.dist, 'sources', 'chair-letter-2022-03-07', 'index.html'),
      'utf8',
    );
    expect(page).toContain('&lt;a&lt;a&lt;a');
  });

  test('CSV: the formula venue and printed time start with an apostrophe', () => {
    const session = csvRecords(build, 'sessions').find(
      (record) => record.session_id === 'second-session',
    )!;
    expect(session.venue).toBe(`'${venue}`);
    const slot = csvRecords(build, 'slots').find((record) => record.slot_id === '2022-03-28-1000')!;
    expect(slot.time_as_printed).toBe(`'${printedTime}`);
    // No cell of any file starts a formula.
    for (const name of [
      'sessions',
      'slots',
      'questions',
      'topics',
      'documents',
      'report-paragraphs',
      'meetings',
    ]) {
      for (const record of csvRecords(build, name)) {
        for (const cell of Object.values(record))
          expect(cell).not.toMatch(/^[=+@\t\r\uFF1D\uFF0B\uFF20]|^-(?!\d+(\.\d+)?$)/);
      }
    }
  });

  test('JSON: the same texts unchanged', () => {
    const sessions = JSON.parse(
      readFileSync(join(build.dist, 'data', 'sessions.json'), 'utf8'),
    ) as { id: string; venue: string }[];
    expect(sessions.find((session) => session.id === 'second-session')!.venue).toBe(venue);
    const slots = JSON.parse(readFileSync(join(build.dist, 'data', 'slots.json'), 'utf8')) as {
      id: string;
      timeAsPrinted: string;
    }[];
    expect(slots.find((slot) => slot.id === '2022-03-28-1000')!.timeAsPrinted).toBe(printedTime);
  });
});
