/**
 * Reads a dataset's CSV back into JSON-like records with csv-parse, following the rule that /data/
 * states (not the code that wrote the file): `a.b` columns are nested fields, a list cell holds one
 * item per line, a JSON cell holds JSON text, an empty cell is an absent field, or an empty text or
 * list where the field is always present.
 */
import { parse } from 'csv-parse/sync';
import type { CsvColumn } from '../../src/domain/outputs/open-data/csv.ts';

/** The header and the records of a CSV file, decoded column by column. */
export function recordsFromCsv(
  text: string,
  columns: readonly CsvColumn[],
): { header: string[]; records: Record<string, unknown>[] } {
  const rows: string[][] = parse(text, {
    bom: true,
    relax_column_count: false,
    skip_empty_lines: false,
  });
  const [header = [], ...body] = rows;
  const byName = new Map(columns.map((column) => [column.name, column]));
  const records = body.map((row) => {
    const record: Record<string, unknown> = {};
    header.forEach((name, index) => {
      const column = byName.get(name);
      if (!column) throw new Error(`unknown column ${name}`);
      const cell = row[index] ?? '';
      const value = decodeCell(column, cell);
      if (value === undefined) return;
      let target = record;
      for (const key of column.path.slice(0, -1))
        target = (target[key] ??= {}) as Record<string, unknown>;
      target[column.path.at(-1)!] = value;
    });
    return record;
  });
  return { header, records };
}

/** One cell back to its JSON value. */
function decodeCell(column: CsvColumn, cell: string): unknown {
  if (cell === '' && column.required)
    return column.kind === 'lines' ? [] : column.kind === 'text' ? '' : undefined;
  if (cell === '') return undefined;
  switch (column.kind) {
    case 'text':
      return cell;
    case 'number':
      return Number(cell);
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : `not a yes/no: ${cell}`;
    case 'lines':
      return cell.split('\n');
    case 'json':
      return JSON.parse(cell);
  }
}
