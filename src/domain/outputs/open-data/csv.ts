/**
 * Open data as CSV: each dataset beside its JSON, one row per record, for spreadsheet programs.
 * The columns are read from the dataset's JSON Schema (so every file has the same header whatever
 * its records hold, and the documentation lists exactly these columns); csv-stringify writes
 * RFC 4180 text (CRLF line ends, fields quoted where needed) after a UTF-8 byte-order mark.
 *
 * How a field becomes a column (the rule /data/ states):
 * - text, number, yes/no: one column named after the field; an absent field is an empty cell;
 * - an object (or one of several kinds of object): one column per field, named `field.subfield`;
 * - a list of texts or numbers: one column, the items one per line inside the cell;
 * - a list of objects: one column holding the list as JSON text.
 */
import { Buffer } from 'node:buffer';
import { stringify } from 'csv-stringify/sync';
import type { SchemaNode } from './docs.ts';

/** How a column's cells hold the field's value. */
export type CsvCellKind = 'text' | 'number' | 'boolean' | 'lines' | 'json';

/** One column of a CSV dataset. */
export interface CsvColumn {
  /** Header of the column: the field's path in the JSON record, e.g. `origin.slotId`. */
  name: string;
  /** The field's path in the JSON record, one key per level. */
  path: string[];
  /** How the cell holds the value (see the module comment). */
  kind: CsvCellKind;
  /** Whether every record has the field (false: the cell may be empty). */
  required: boolean;
  /** The field's description from the schema. */
  description: string;
}

/** The rule from a record's fields to the columns, in words (the /data/ page and the schema files state it). */
export const csvRule =
  'A nested field is a column named field.subfield; a list of texts has its items one per line inside the cell; ' +
  'a list of objects is JSON text in one cell; an absent field is an empty cell; yes/no fields are true or false; ' +
  "a text cell that would start with =, +, -, @, a tab or a carriage return starts with an apostrophe (') before it, so that spreadsheets do not run it as a formula.";

/** The byte-order mark that tells spreadsheet programs the file is UTF-8 (so accents survive). */
export const utf8ByteOrderMark = '\uFEFF';

/** The content type of the CSV files (RFC 4180, with the header row). */
export const csvContentType = 'text/csv; charset=utf-8; header=present';

/** The JSON Schema types of a node, looking through unions. */
function typesOf(node: SchemaNode): string[] {
  if (node.const !== undefined)
    return [typeof node.const === 'number' ? 'number' : typeof node.const];
  if (node.enum)
    return [
      ...new Set(node.enum.map((value) => (typeof value === 'number' ? 'number' : typeof value))),
    ];
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return [...new Set(variants.flatMap(typesOf))];
  if (Array.isArray(node.type)) return node.type;
  return node.type ? [node.type] : [];
}

/** The object variants of a node: itself, or the branches of a union of objects. */
function objectVariants(node: SchemaNode): SchemaNode[] {
  if (node.properties) return [node];
  return (node.anyOf ?? node.oneOf ?? []).filter((branch) => branch.properties);
}

/** The kind of cell of a field that is not an object. */
function scalarKind(node: SchemaNode, where: string): CsvCellKind {
  const types = typesOf(node);
  if (types.includes('array')) {
    const itemTypes = node.items ? typesOf(node.items) : [];
    const scalarItems =
      itemTypes.length > 0 &&
      itemTypes.every((type) => ['string', 'number', 'integer'].includes(type));
    return scalarItems && !node.items?.properties ? 'lines' : 'json';
  }
  if (types.length === 1 && (types[0] === 'number' || types[0] === 'integer')) return 'number';
  if (types.length === 1 && types[0] === 'boolean') return 'boolean';
  if (types.every((type) => type === 'string')) return 'text';
  throw new Error(
    `${where}: no CSV column rule for a field of type ${types.join(' or ') || 'any'}`,
  );
}

/** The columns of a dataset, in schema order, from its JSON Schema (an array of objects). */
export function csvColumns(datasetSchema: object): CsvColumn[] {
  const record = (datasetSchema as SchemaNode).items;
  if (!record?.properties) throw new Error('a dataset schema is an array of objects');
  const columns: CsvColumn[] = [];
  const visit = (variants: SchemaNode[], prefix: string[], parentRequired: boolean): void => {
    const seen = new Set<string>();
    for (const variant of variants) {
      for (const [name, property] of Object.entries(variant.properties ?? {})) {
        if (seen.has(name)) continue;
        seen.add(name);
        const path = [...prefix, name];
        // A field of one variant only is required only in that variant: its cell may be empty.
        const required =
          parentRequired && variants.every((other) => other.required?.includes(name) ?? false);
        const nested = objectVariants(property);
        if (nested.length > 0) visit(nested, path, required);
        else
          columns.push({
            name: path.join('.'),
            path,
            kind: scalarKind(property, path.join('.')),
            required,
            description: property.description ?? '',
          });
      }
    }
  };
  visit([record], [], true);
  return columns;
}

/** The value at `path` in a record, or undefined. */
function valueAt(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The cell of one field. Throws where the rule would lose information (a list item with a line
 * break). A number column's cell stays a number, so csv-stringify's formula escape leaves "-4" alone.
 */
export function csvCell(column: CsvColumn, value: unknown, where: string): string | number {
  if (value === undefined) return '';
  switch (column.kind) {
    case 'text':
      if (typeof value !== 'string' && typeof value !== 'number')
        throw new Error(`${where}: ${column.name} is not a ${column.kind}`);
      return String(value);
    case 'number':
      if (typeof value !== 'string' && typeof value !== 'number')
        throw new Error(`${where}: ${column.name} is not a ${column.kind}`);
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'lines': {
      const items = (value as unknown[]).map(String);
      const broken = items.find((item) => /[\r\n]/.test(item) || item === '');
      if (broken !== undefined)
        throw new Error(
          `${where}: ${column.name}: a list item that is empty or holds a line break cannot be one line of a CSV cell: ${JSON.stringify(broken)}`,
        );
      return items.join('\n');
    }
    case 'json':
      return JSON.stringify(value);
  }
}

/** Records per call of csv-stringify when a file is written in parts (see `datasetCsvBytes`). */
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
  // list cell's items are separated by line feeds, and RFC 4180 wants such a field quoted.
  quoted_match: /[\r\n]/,
} as const;

/**
 * The CSV file of a dataset as UTF-8 bytes: byte-order mark, header row, one row per record, CRLF
 * line ends. Rows are written in parts of `csvRowsPerPart` (each row ends with CRLF, so the parts
 * joined are the whole file): at scale a file is tens of megabytes, never held as one string.
 */
export function datasetCsvBytes(
  name: string,
  datasetSchema: object,
  records: readonly unknown[],
): Buffer<ArrayBuffer> {
  const columns = csvColumns(datasetSchema);
  const rowOf = (record: unknown, index: number): (string | number)[] => {
    const where = `${name}.csv: record ${index + 1}${typeof (record as { id?: unknown }).id === 'string' ? ` (${(record as { id: string }).id})` : ''}`;
    return columns.map((column) => csvCell(column, valueAt(record, column.path), where));
  };
  const parts = [
    Buffer.from(
      utf8ByteOrderMark + stringify([columns.map((column) => column.name)], csvOptions),
      'utf8',
    ),
  ];
  for (let start = 0; start < records.length; start += csvRowsPerPart) {
    const rows = records
      .slice(start, start + csvRowsPerPart)
      .map((record, offset) => rowOf(record, start + offset));
    parts.push(Buffer.from(stringify(rows, csvOptions), 'utf8'));
  }
  return Buffer.concat(parts);
}

/** The CSV file of a dataset as text (the bytes of `datasetCsvBytes`, decoded). */
export function datasetCsvText(
  name: string,
  datasetSchema: object,
  records: readonly unknown[],
): string {
  return datasetCsvBytes(name, datasetSchema, records).toString('utf8');
}
