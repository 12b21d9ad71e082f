/**
 * The field tables of the open-data documentation, read from the generated JSON Schemas, so the
 * page documents exactly what the schema files say (the descriptions come from zod `.describe()`).
 */

/** The parts of a JSON Schema node the documentation tables and the CSV columns read. */
export interface SchemaNode {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

/** One documented field. */
export interface FieldRow {
  /** Dotted path inside a record; `[]` marks the items of an array, e.g. `blocks[].heading`. */
  path: string;
  /** Readable type, e.g. `string (date-time)`, `array of string`, `"formal" | "informal"`. */
  type: string;
  /** Always present (false: may be missing). In a variant (see `variant`), required within it. */
  required: boolean;
  /** The field's description. */
  description: string;
  /** For fields of one variant of a union, the variant's constant discriminator, e.g. `kind = "slot"`. */
  variant?: string;
}

/** A readable type for a schema node. */
export function typeLabel(node: SchemaNode): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return [...new Set(variants.map(typeLabel))].join(' or ');
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.includes('array')) return `array of ${node.items ? typeLabel(node.items) : 'anything'}`;
  const base = types.join(' or ') || 'any';
  return node.format ? `${base} (${node.format})` : base;
}

/** The constant that tells a union variant apart, e.g. `kind = "slot"`. */
function variantLabel(node: SchemaNode): string | undefined {
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    if (property.const !== undefined) return `${name} = ${JSON.stringify(property.const)}`;
  }
  return undefined;
}

/**
 * The fields of the records of a dataset schema (an array of objects), depth first in schema
 * order: nested objects and arrays of objects get their own rows, union variants each theirs.
 */
export function recordFieldRows(datasetSchema: object): FieldRow[] {
  const record = (datasetSchema as SchemaNode).items;
  if (!record?.properties) throw new Error('a dataset schema is an array of objects');
  const rows: FieldRow[] = [];
  const visitObject = (node: SchemaNode, prefix: string, variant?: string): void => {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const path = `${prefix}${name}`;
      rows.push({
        path,
        type: typeLabel(property),
        required: node.required?.includes(name) ?? false,
        description: property.description ?? '',
        ...(variant ? { variant } : {}),
      });
      visitChildren(property, path, variant);
    }
  };
  const visitChildren = (node: SchemaNode, path: string, variant?: string): void => {
    if (node.properties) visitObject(node, `${path}.`, variant);
    if (node.items) visitChildren(node.items, `${path}[]`, variant);
    for (const branch of node.anyOf ?? node.oneOf ?? []) {
      if (branch.properties) visitObject(branch, `${path}.`, variantLabel(branch) ?? variant);
    }
  };
  visitObject(record, '');
  return rows;
}

/**
 * A record as the documentation shows it as an example: lists longer than `maxItems` keep their
 * first items (at any depth), so the page stays small when a record holds thousands of citations.
 * `cut` says whether anything was left out.
 */
export function exampleRecord(record: unknown, maxItems: number): { value: unknown; cut: boolean } {
  let cut = false;
  const shorten = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      if (value.length > maxItems) cut = true;
      return value.slice(0, maxItems).map(shorten);
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shorten(inner)]));
    }
    return value;
  };
  const value = shorten(record);
  return { value, cut };
}
