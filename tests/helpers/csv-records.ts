/** Reads a CSV file of the open data with csv-parse: its header and its rows as column → cell. */
import { parse } from 'csv-parse/sync';

/** The header and the rows of a CSV file (byte-order mark dropped, every row as long as the header). */
export function recordsFromCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const table: string[][] = parse(text, { bom: true, relax_column_count: false });
  const [header = [], ...body] = table;
  return {
    header,
    rows: body.map((row) =>
      Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
    ),
  };
}
