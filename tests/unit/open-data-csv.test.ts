/** The CSV writer of the open data: cells by the stated rule (no JSON, several values joined), RFC 4180 text. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import {
  csvCell,
  sheetCsvBytes,
  sheetCsvText,
  type Sheet,
  type SheetColumn,
} from '../../src/domain/outputs/open-data/csv.ts';

interface Row {
  id: string;
  count: number;
  flag: boolean;
  note?: string;
  topics: string[];
  lines: string[];
}

const sheet: Sheet<Row, { prefix: string }> = {
  name: 'x',
  rows: 'one row per record',
  columns: [
    { name: 'id', holds: 'id', value: (row, context) => `${context.prefix}${row.id}` },
    { name: 'count', holds: 'count', value: (row) => row.count },
    { name: 'flag', holds: 'flag', value: (row) => row.flag },
    { name: 'note', holds: 'note', value: (row) => row.note },
    { name: 'topics', holds: 'topics', join: 'list', value: (row) => row.topics },
    { name: 'lines', holds: 'lines', join: 'lines', value: (row) => row.lines },
  ],
};
const rows: Row[] = [
  {
    id: 'a',
    count: 1,
    flag: true,
    note: 'says "hi", then leaves',
    topics: ['Café', 'Threats'],
    lines: ['One.', 'Two.'],
  },
  { id: 'b', count: 2, flag: false, topics: [], lines: [] },
];

describe('csvCell', () => {
  const list: SheetColumn<unknown> = {
    name: 'topics',
    holds: '',
    join: 'list',
    value: () => undefined,
  };
  const lines: SheetColumn<unknown> = {
    name: 'lines',
    holds: '',
    join: 'lines',
    value: () => undefined,
  };
  test('several short values are joined with "; ", sentences one per line', () => {
    expect(csvCell(list, ['a', 'b'], 'x.csv: row 1')).toBe('a; b');
    expect(csvCell(lines, ['a; b', 'c'], 'x.csv: row 1')).toBe('a; b\nc');
  });
  test('a value that would read back as two is refused, with file, row and column', () => {
    expect(() => csvCell(list, ['a; b'], 'x.csv: row 1')).toThrow(
      'x.csv: row 1: topics: a value that is empty or holds',
    );
    expect(() => csvCell(lines, ['a\nb'], 'x.csv: row 1')).toThrow('x.csv: row 1: lines:');
    expect(() => csvCell(lines, [''], 'x.csv: row 1')).toThrow('x.csv: row 1: lines:');
  });
  test('a column without a way of joining cannot hold several values', () => {
    const plain: SheetColumn<unknown> = { name: 'id', holds: '', value: () => undefined };
    expect(() => csvCell(plain, ['a'], 'x.csv: row 1')).toThrow(
      'x.csv: row 1: id holds several values',
    );
  });
});

describe('sheetCsvText', () => {
  const text = sheetCsvText(sheet, rows, { prefix: 'p-' });
  test('BOM, header row, CRLF row ends, quotes where needed (RFC 4180), yes/no, no JSON', () => {
    expect(text).toBe(
      '\uFEFFid,count,flag,note,topics,lines\r\n' +
        'p-a,1,yes,"says ""hi"", then leaves",Café; Threats,"One.\nTwo."\r\n' +
        'p-b,2,no,,,\r\n',
    );
  });
  test('csv-parse reads the same cells back', () => {
    const read: string[][] = parse(text, { bom: true });
    expect(read[1]).toEqual([
      'p-a',
      '1',
      'yes',
      'says "hi", then leaves',
      'Café; Threats',
      'One.\nTwo.',
    ]);
  });
});

describe('sheetCsvBytes', () => {
  test('a file written in parts is byte for byte one csv-stringify call over every row', () => {
    // More rows than one part holds, with cells that need quoting on either side of a part's end.
    const many: Row[] = Array.from({ length: 2503 }, (_, index) => ({
      id: `r${index}`,
      count: index,
      flag: index % 2 === 0,
      ...(index % 3 ? { note: `a "quoted", comma and line ${index}` } : {}),
      topics: index % 5 ? ['x', `y${index}`] : [],
      lines: ['Café – ü', `line ${index}`],
    }));
    const cells = many.map((row, index) =>
      sheet.columns.map((column) =>
        csvCell(column, column.value(row, { prefix: '' }), `row ${index + 1}`),
      ),
    );
    const whole =
      '\uFEFF' +
      stringify([sheet.columns.map((column) => column.name), ...cells], {
        record_delimiter: 'windows',
        eof: true,
        quoted_match: /[\r\n]/,
      });
    expect(sheetCsvBytes(sheet, many, { prefix: '' }).equals(Buffer.from(whole, 'utf8'))).toBe(
      true,
    );
  });
});
