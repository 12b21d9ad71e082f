/** The CSV writer of the open-data datasets: columns from a schema, cells by the stated rule, RFC 4180 text. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import {
  csvCell,
  csvColumns,
  datasetCsvBytes,
  datasetCsvText,
  type CsvColumn,
} from '../../src/domain/outputs/open-data/csv.ts';

const schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'count', 'flag', 'tags', 'origin', 'blocks'],
    properties: {
      id: { type: 'string' },
      count: { type: 'integer' },
      flag: { type: 'boolean' },
      note: { type: 'string' },
      tags: { type: 'array', items: { type: 'string' } },
      origin: {
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'slotId'],
            properties: { kind: { const: 'slot' }, slotId: { type: 'string' } },
          },
          {
            type: 'object',
            required: ['kind', 'section'],
            properties: { kind: { const: 'summary' }, section: { type: 'string' } },
          },
        ],
      },
      blocks: {
        type: 'array',
        items: { type: 'object', properties: { heading: { type: 'string' } } },
      },
    },
  },
};

describe('csvColumns', () => {
  test('one column per field; objects and unions of objects as dotted columns; lists by their items', () => {
    expect(csvColumns(schema).map(({ name, kind, required }) => [name, kind, required])).toEqual([
      ['id', 'text', true],
      ['count', 'number', true],
      ['flag', 'boolean', true],
      ['note', 'text', false],
      ['tags', 'lines', true],
      ['origin.kind', 'text', true],
      ['origin.slotId', 'text', false],
      ['origin.section', 'text', false],
      ['blocks', 'json', true],
    ]);
  });

  test('a field of a type without a rule fails with its path', () => {
    const odd = {
      type: 'array',
      items: { type: 'object', properties: { when: { type: 'null' } } },
    };
    expect(() => csvColumns(odd)).toThrow('when: no CSV column rule for a field of type null');
  });
});

describe('csvCell', () => {
  const lines: CsvColumn = {
    name: 'tags',
    path: ['tags'],
    kind: 'lines',
    required: true,
    description: '',
  };
  test('a list item holding a line break would be split on reading: refused, with file, record and column', () => {
    expect(() => csvCell(lines, ['one', 'two\nthree'], 'x.csv: record 1')).toThrow(
      'x.csv: record 1: tags: a list item that is empty or holds a line break',
    );
    expect(csvCell(lines, ['one', 'two'], 'x.csv: record 1')).toBe('one\ntwo');
  });
});

describe('datasetCsvText', () => {
  const records = [
    {
      id: 'a',
      count: 1,
      flag: true,
      note: 'says "hi", then leaves',
      tags: ['x', 'y'],
      origin: { kind: 'slot', slotId: 's1' },
      blocks: [{ heading: 'Café' }],
    },
    {
      id: 'b',
      count: 2,
      flag: false,
      tags: [],
      origin: { kind: 'summary', section: 'IV' },
      blocks: [],
    },
  ];
  const text = datasetCsvText('x', schema, records);

  test('BOM, header row, CRLF record ends, quotes where needed (RFC 4180)', () => {
    expect(text).toBe(
      '\uFEFFid,count,flag,note,tags,origin.kind,origin.slotId,origin.section,blocks\r\n' +
        'a,1,true,"says ""hi"", then leaves","x\ny",slot,s1,,"[{""heading"":""Café""}]"\r\n' +
        'b,2,false,,,summary,,IV,[]\r\n',
    );
  });

  test('csv-parse reads the same cells back', () => {
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[1]).toEqual([
      'a',
      '1',
      'true',
      'says "hi", then leaves',
      'x\ny',
      'slot',
      's1',
      '',
      '[{"heading":"Café"}]',
    ]);
  });
});

describe('datasetCsvBytes', () => {
  test('a file written in parts is byte for byte one csv-stringify call over every row', () => {
    // More rows than one part holds, with cells that need quoting on either side of a part's end.
    const records = Array.from({ length: 2503 }, (_, index) => ({
      id: `r${index}`,
      count: index,
      flag: index % 2 === 0,
      ...(index % 3 ? { note: `a "quoted", comma\r\nand line ${index}` } : {}),
      tags: index % 5 ? ['x', `y${index}`] : [],
      origin: { kind: 'slot', slotId: `s${index}` },
      blocks: [{ heading: 'Café – ü' }],
    }));
    const columns = csvColumns(schema);
    const rows = records.map((record, index) =>
      columns.map((column) => {
        let value: unknown = record;
        for (const key of column.path)
          value = value === undefined ? undefined : (value as Record<string, unknown>)[key];
        return csvCell(column, value, `record ${index + 1}`);
      }),
    );
    const whole =
      '\uFEFF' +
      stringify([columns.map((column) => column.name), ...rows], {
        record_delimiter: 'windows',
        eof: true,
        quoted_match: /[\r\n]/,
      });
    const bytes = datasetCsvBytes('x', schema, records);
    expect(bytes.equals(Buffer.from(whole, 'utf8'))).toBe(true);
    expect(datasetCsvText('x', schema, records)).toBe(whole);
  });
});
