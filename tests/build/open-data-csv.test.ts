/**
 * The CSV datasets of the production build (dist/): RFC 4180 with a UTF-8 byte-order mark and a
 * header row, parsed with csv-parse and compared record by record with the JSON datasets; the
 * columns are the ones /data/ documents. The comparison is shown to fail on altered files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { csvColumns } from '../../src/domain/outputs/open-data/csv.ts';
import { datasetNames } from '../../src/domain/content/schemas/export/index.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { recordsFromCsv } from '../helpers/csv-records.ts';

/** The columns of a dataset, from its published JSON Schema. */
function columnsOf(name: string) {
  return csvColumns(JSON.parse(readBuilt(paths.datasetSchema(name))) as object);
}

/** What differs between the CSV read back and the JSON records: [] when they agree. */
function differences(csvText: string, name: string): string[] {
  const json = JSON.parse(readBuilt(paths.dataset(name))) as Record<string, unknown>[];
  const columns = columnsOf(name);
  const { header, records } = recordsFromCsv(csvText, columns);
  const problems: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(columns.map((column) => column.name)))
    problems.push(`header ${header.join(',')}`);
  if (records.length !== json.length)
    problems.push(`${records.length} rows for ${json.length} records`);
  json.forEach((record, index) => {
    // Key order is not part of the comparison; values are.
    if (!deepEqual(records[index], record))
      problems.push(`record ${index + 1} (${String(record.id)}) differs`);
  });
  return problems;
}

function deepEqual(left: unknown, right: unknown): boolean {
  try {
    expect(left).toStrictEqual(right);
    return true;
  } catch {
    return false;
  }
}

describe.each(datasetNames)('%s.csv in dist/', (name) => {
  const bytes = readFileSync(join(distRoot, paths.datasetCsv(name)));
  const text = bytes.toString('utf8');

  test('starts with the UTF-8 byte-order mark, ends lines with CRLF and has a header row', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line break is CRLF (RFC 4180): the header line is one.
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(
      columnsOf(name)
        .map((column) => column.name)
        .join(','),
    );
    // A line feed outside a quoted field is always part of a CRLF (a list cell's line feeds are quoted).
    expect(text.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/(?<!\r)\n/);
  });

  test('read back with csv-parse, every row equals its record of the JSON dataset', () => {
    expect(differences(text, name)).toEqual([]);
  });

  test('the comparison fails when a cell, a row or the header is altered (test of the test)', () => {
    const { records } = recordsFromCsv(text, columnsOf(name));
    expect(records.length).toBeGreaterThan(0);
    const withoutLastRow = text.slice(0, text.slice(0, -2).lastIndexOf('\r\n') + 2);
    expect(differences(withoutLastRow, name)).not.toEqual([]);
    const renamedColumn = text.replace(/^\uFEFFid,/, '\uFEFFidentifier,');
    expect(() => differences(renamedColumn, name)).toThrow(/unknown column identifier/);
    // A cell of the first record changed: its id.
    const firstId = String(records[0]!.id);
    const alteredCell = text.replace(`\r\n${firstId},`, `\r\n${firstId}x,`);
    expect(alteredCell).not.toBe(text);
    expect(differences(alteredCell, name)).not.toEqual([]);
  });

  test("the dataset's JSON Schema names the CSV file and its columns", () => {
    const description = String(
      (JSON.parse(readBuilt(paths.datasetSchema(name))) as { description?: string }).description,
    );
    expect(description).toContain(`${paths.datasetCsv(name)}.`);
    expect(description).toContain(
      `Columns: ${columnsOf(name)
        .map((column) => column.name)
        .join(', ')}.`,
    );
  });

  test('/data/ documents every column of the file', () => {
    const page = parseHtml(readBuilt(paths.data()));
    const documented = page
      .querySelectorAll(`#dataset-${name} table.csv-columns tbody th code`)
      .map((cell) => cell.text);
    expect(documented).toEqual(columnsOf(name).map((column) => column.name));
  });
});
