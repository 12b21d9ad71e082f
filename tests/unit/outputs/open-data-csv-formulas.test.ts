/**
 * CSV cells that cannot run (issue 22): a text cell a spreadsheet would read as a formula (starting
 * with =, +, -, @, tab or carriage return, or their full-width forms) is written with a leading
 * apostrophe; a number column's negative number is left as it is; the JSON is unchanged.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { sheetCsvText, type Sheet } from '../../../src/domain/outputs/open-data/csv.ts';

/** A sheet of the four kinds of cell: text, number, optional text, a list one per line. */
const sheet: Sheet<Record<string, unknown>> = {
  name: 'test',
  rows: 'one row per record',
  columns: [
    { name: 'id', holds: 'id', value: (row) => row.id as string },
    { name: 'count', holds: 'count', value: (row) => row.count as number },
    { name: 'venue', holds: 'venue', value: (row) => row.venue as string | undefined },
    {
      name: 'tags',
      holds: 'tags',
      join: 'lines',
      value: (row) => (row.tags as string[] | undefined) ?? [],
    },
  ],
};

/** The cells of one record's row (header row dropped, byte-order mark removed). */
function rowOf(record: Record<string, unknown>): Record<string, string> {
  return parse<Record<string, string>>(
    sheetCsvText(sheet, [record], undefined).replace(/^\uFEFF/, ''),
    { columns: true },
  )[0]!;
}

describe('a text cell that a spreadsheet would run is escaped', () => {
  test.each([
    ['=HYPERLINK("http://evil.example/","x")'],
    ['-2+3 a.m.'],
    ['+1+1'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\uFF1D1+1'],
    ['-'],
  ])('%j', (venue) => {
    expect(rowOf({ id: 'a', count: 1, venue }).venue).toBe(`'${venue}`);
  });

  test('a list cell starting with a formula is escaped too', () => {
    expect(rowOf({ id: 'a', count: 1, tags: ['=1+1', 'b'] }).tags).toBe("'=1+1\nb");
  });

  test('ordinary text, and a number of a number column (negative too), are left as they are', () => {
    const row = rowOf({
      id: 'a',
      count: -4,
      venue: 'United Nations Headquarters, New York',
      tags: ['a - b'],
    });
    expect(row).toEqual({
      id: 'a',
      count: '-4',
      venue: 'United Nations Headquarters, New York',
      tags: 'a - b',
    });
  });
});
