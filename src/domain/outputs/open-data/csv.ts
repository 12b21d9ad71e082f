/**
 * Open data as CSV for people with a spreadsheet: flat files, one row per slot, guiding question,
 * meeting, session, topic, document or report paragraph, with readable columns (see sheets.ts).
 * csv-stringify writes RFC 4180 text (CRLF line ends, fields quoted where needed) after a UTF-8
 * byte-order mark.
 *
 * How a value becomes a cell (the rule /data/ states):
 * - text and numbers as they are; yes/no as "yes" or "no"; nothing is an empty cell;
 * - several short values (topic titles, letters, ids, symbols) joined with "; ";
 * - several sentences (headings, focused discussions, notes) one per line inside the cell.
 * No cell holds JSON.
 */
import { Buffer } from 'node:buffer';
import { stringify } from 'csv-stringify/sync';

/** A cell's value before it is written: text, a number, yes/no, several values, or nothing. */
export type CellValue = string | number | boolean | readonly string[] | undefined;

/** How a column with several values joins them. */
export type CellJoin = 'list' | 'lines';

/** One column of a CSV file over rows of type `Row`. */
export interface SheetColumn<Row, Context = undefined> {
  /** Header of the column, e.g. `start_utc`. */
  name: string;
  /** What the cell holds, in words (the /data/ field table and the schema files state it). */
  holds: string;
  /** Where the cell can hold several values: joined with "; " (`list`) or one per line (`lines`). */
  join?: CellJoin;
  /** The cell's value for a row (`context`: what else it is read from, e.g. the model). */
  value: (row: Row, context: Context) => CellValue;
}

/** A CSV file's definition: its columns, in order. */
export interface Sheet<Row, Context = undefined> {
  /** Names the file in messages, e.g. `slots`. */
  name: string;
  /** What one row is, e.g. "one row per programme slot". */
  rows: string;
  columns: readonly SheetColumn<Row, Context>[];
}

/** The separator of several short values in one cell. */
export const listSeparator = '; ';

/** The rule from values to cells, in words (the /data/ page and the schema files state it). */
export const csvRule =
  'No cell holds JSON. Where a column can hold several values, its description says how they are joined: ' +
  `short values (topic titles, letters, ids, symbols) with “${listSeparator}”, sentences one per line inside the cell. ` +
  'Yes/no cells are yes or no; an empty cell means the source gives nothing for that row. ' +
  "A text cell that would start with =, +, -, @, a tab or a carriage return starts with an apostrophe (') before it, so that spreadsheets do not run it as a formula.";

/** The byte-order mark that tells spreadsheet programs the file is UTF-8 (so accents survive). */
export const utf8ByteOrderMark = '\uFEFF';

/** The content type of the CSV files (RFC 4180, with the header row). */
export const csvContentType = 'text/csv; charset=utf-8; header=present';

/**
 * A cell's text. Throws where joining would lose information: a value holding the separator of
 * its column (it would read back as two values), or an empty one.
 */
export function csvCell<Row, Context>(
  column: SheetColumn<Row, Context>,
  value: CellValue,
  where: string,
): string | number {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (!column.join)
    throw new Error(
      `${where}: ${column.name} holds several values but says no way of joining them`,
    );
  const separator = column.join === 'list' ? listSeparator : '\n';
  const broken = value.find(
    (item) =>
      item === '' ||
      /[\r\n]/.test(item) ||
      (column.join === 'list' && item.includes(listSeparator)),
  );
  if (broken !== undefined)
    throw new Error(
      `${where}: ${column.name}: a value that is empty or holds ${column.join === 'list' ? `“${listSeparator}” or ` : ''}a line break cannot be joined into one cell: ${JSON.stringify(broken)}`,
    );
  return value.join(separator);
}

/** Rows per call of csv-stringify when a file is written in parts (see `sheetCsvBytes`). */
const csvRowsPerPart = 1000;

/**
 * The csv-stringify options of every file: CRLF after every row, the last one too; a text cell that
 * starts with `=`, `+`, `-`, `@`, tab or carriage return (or their full-width forms) gets a leading
 * `'`, so a spreadsheet shows it rather than runs it as a formula (a venue `=HYPERLINK(…)`, a time
 * printed `-2+3 a.m.`); numbers are left as they are. The JSON files keep the text unchanged.
 */
const csvOptions = {
  record_delimiter: 'windows',
  eof: true,
  escape_formulas: true,
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare line feed; a
  // cell of several lines has its lines separated by line feeds, and RFC 4180 wants it quoted.
  quoted_match: /[\r\n]/,
} as const;

/**
 * The CSV file of a sheet as UTF-8 bytes: byte-order mark, header row, one row per record, CRLF
 * line ends. Rows are written in parts of `csvRowsPerPart` (each row ends with CRLF, so the parts
 * joined are the whole file): at scale a file is tens of megabytes, never held as one string.
 */
export function sheetCsvBytes<Row, Context>(
  sheet: Sheet<Row, Context>,
  rows: readonly Row[],
  context: Context,
): Buffer<ArrayBuffer> {
  const rowOf = (row: Row, index: number): (string | number)[] => {
    const id = (row as { id?: unknown }).id;
    const where = `${sheet.name}.csv: row ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    return sheet.columns.map((column) => csvCell(column, column.value(row, context), where));
  };
  const parts = [
    Buffer.from(
      utf8ByteOrderMark + stringify([sheet.columns.map((column) => column.name)], csvOptions),
      'utf8',
    ),
  ];
  for (let start = 0; start < rows.length; start += csvRowsPerPart) {
    const part = rows
      .slice(start, start + csvRowsPerPart)
      .map((row, offset) => rowOf(row, start + offset));
    parts.push(Buffer.from(stringify(part, csvOptions), 'utf8'));
  }
  return Buffer.concat(parts);
}

/** The CSV file of a sheet as text (the bytes of `sheetCsvBytes`, decoded). */
export function sheetCsvText<Row, Context>(
  sheet: Sheet<Row, Context>,
  rows: readonly Row[],
  context: Context,
): string {
  return sheetCsvBytes(sheet, rows, context).toString('utf8');
}
