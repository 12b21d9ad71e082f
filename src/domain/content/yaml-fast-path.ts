/**
 * A fast path for reading content YAML. The reference reader (`yaml`, in content-reader.ts) builds
 * a whole document tree with source positions for its messages and reads about 6 MB of content a
 * second; at 1000× the real content (44 MB of YAML) that was a tenth of the build. js-yaml reads the
 * same text about nine times faster. It is used only where it cannot disagree with the reference:
 *
 * - its schema resolves plain scalars exactly as `yaml`'s YAML 1.2 core schema does (the same
 *   patterns, in the same order, to the same values); every other scalar is a string in both;
 * - a text with anything beyond plain mappings, sequences and scalars (an anchor, alias or tag: `&`,
 *   `*`, `!`; a merge key `<<`; a `__proto__` key) is left to the reference reader, and so is every
 *   text js-yaml refuses (a syntax error, a duplicate key, more than one document): the reference
 *   reader then reports the problem with its own message, or reads the text if it is valid YAML;
 * - the result is checked: every mapping key must be a plain identifier (what every content schema
 *   expects; a complex key would be written differently by the two readers) and nesting must stay
 *   within `maxDepth` (deeper content goes to the reference reader, which names the limit).
 *
 * A unit test reads every content file and a set of edge cases both ways and compares.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

declare module 'js-yaml' {
  /** js-yaml 4.3 reads `maxDepth` (see its README); @types/js-yaml 4.0.9, the newest, predates it. */
  interface LoadOptions {
    maxDepth?: number;
  }
}

/** Plain scalars as `yaml`'s core schema resolves them (yaml/dist/schema/core), in its order. */
const coreScalars: { tag: string; test: RegExp; value: (text: string) => unknown }[] = [
  { tag: 'null', test: /^(?:~|[Nn]ull|NULL)?$/, value: () => null },
  { tag: 'bool', test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, value: (text) => text[0] === 't' || text[0] === 'T' },
  { tag: 'int', test: /^0o[0-7]+$/, value: (text) => parseInt(text.substring(2), 8) },
  { tag: 'int', test: /^[-+]?[0-9]+$/, value: (text) => parseInt(text, 10) },
  { tag: 'int', test: /^0x[0-9a-fA-F]+$/, value: (text) => parseInt(text.substring(2), 16) },
  {
    tag: 'float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    value: (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
  },
  { tag: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, value: (text) => parseFloat(text) },
  { tag: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, value: (text) => parseFloat(text) },
];

/**
 * One js-yaml type per tag, trying that tag's patterns in order (js-yaml keeps one implicit type per
 * tag, and tries the types in this order, taking the first that matches; the tags' patterns are
 * contiguous in `coreScalars`, so the order is `yaml`'s).
 */
const coreSchema = FAILSAFE_SCHEMA.extend({
  implicit: [...new Set(coreScalars.map((scalar) => scalar.tag))].map((tag) => {
    const patterns = coreScalars.filter((scalar) => scalar.tag === tag);
    const match = (data: unknown) => (typeof data === 'string' ? patterns.find((pattern) => pattern.test.test(data)) : undefined);
    return new Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (data: unknown) => match(data) !== undefined,
      construct: (data: string) => match(data)!.value(data),
    });
  }),
});

/** Texts that may use YAML beyond plain mappings, sequences and scalars go to the reference reader. */
const beyondPlain = /[&*!]|<<|__proto__/;

/** A mapping key every content schema could accept. */
const plainKey = /^[A-Za-z0-9_-]+$/;

/** True when `value` nests at most `maxDepth` collections deep and every mapping key is plain. */
function withinLimits(value: unknown, maxDepth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (maxDepth === 0) return false;
  if (Array.isArray(value)) return value.every((item) => withinLimits(item, maxDepth - 1));
  return Object.entries(value).every(([key, item]) => plainKey.test(key) && withinLimits(item, maxDepth - 1));
}

/**
 * The data of a YAML text, read the fast way; undefined when the text must go to the reference
 * reader (see the module comment). Never throws.
 */
export function readPlainYaml(text: string, maxDepth: number): { data: unknown } | undefined {
  if (beyondPlain.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: coreSchema, maxDepth: maxDepth + 2 });
  } catch {
    return undefined;
  }
  // An empty text: the reference reader says what it makes of it.
  if (data === undefined) return undefined;
  return withinLimits(data, maxDepth) ? { data } : undefined;
}
