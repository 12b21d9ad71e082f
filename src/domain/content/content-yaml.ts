/**
 * Reads content YAML with js-yaml (the parser Astro itself uses), with the limits content needs:
 * syntax errors with line and column, no anchors (so no alias, and no alias bomb that expands a few
 * lines into gigabytes), no nesting deeper than `contentLimits.yamlDepth`, and plain scalars resolved
 * as YAML 1.2's core schema resolves them (dates and times stay strings: "2022-03-28", "10:00").
 * Nothing here throws: every problem is returned as a message for the file.
 */
import { FAILSAFE_SCHEMA, load, Type, YAMLException, type LoadOptions, type State } from 'js-yaml';
import { contentLimits } from './schemas/common.ts';

/** Plain scalars as YAML 1.2's core schema resolves them (the patterns of its spec, in its order). */
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
 * The YAML 1.2 core schema as js-yaml types. js-yaml's own CORE_SCHEMA keeps YAML 1.1 habits
 * (`0b101`, `1_000`, `+.5` as numbers) and its default schema adds timestamps (a `date:` would
 * become a Date); one type per tag, trying that tag's patterns in order.
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

/** js-yaml 4.3's parser state and options beyond what its published types declare. */
type ParserState = State & { anchor: string | null; depth: number };
type ParserOptions = LoadOptions & { maxDepth: number };

/** Why the parse stopped, when the listener refused what it saw (js-yaml's own errors carry a mark). */
class RefusedYaml extends Error {}

const tooDeep = `YAML nested more than ${contentLimits.yamlDepth} levels deep: content is never nested that deep`;

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/**
 * Refuses, as nodes close, an anchored node (an alias can only name an anchor, so refusing anchors
 * refuses aliases before any is expanded) and a collection deeper than the limit.
 */
function listener(text: string) {
  return (event: 'open' | 'close', state: State): void => {
    if (event !== 'close') return;
    const { anchor, depth } = state as ParserState;
    if (anchor !== null) {
      const line = lineAt(text, text.lastIndexOf(`&${anchor}`, state.position));
      throw new RefusedYaml(`YAML anchor &${anchor} at line ${line}: anchors and aliases are not allowed in content, write the value out`);
    }
    if ((state.kind === 'mapping' || state.kind === 'sequence') && depth > contentLimits.yamlDepth) throw new RefusedYaml(tooDeep);
  };
}

/** The data of a YAML text, or the problem with it (one line naming where and what). */
export function parseContentYaml(text: string): { data: unknown } | { problem: string } {
  try {
    // One more level than the limit for scalars inside the deepest collection; past it, js-yaml stops
    // before recursing further (200,000 `[` would otherwise exhaust the stack).
    const options: ParserOptions = { schema: coreSchema, maxDepth: contentLimits.yamlDepth + 1, listener: listener(text) };
    const data = load(text, options);
    // An empty text reads as null, which the schema then refuses with a message about the field.
    return { data: data === undefined ? null : data };
  } catch (error) {
    if (error instanceof RefusedYaml) return { problem: error.message };
    if (error instanceof YAMLException) {
      if (error.reason.startsWith('nesting exceeded maxDepth')) return { problem: tooDeep };
      const where = error.mark ? `line ${error.mark.line + 1}, column ${error.mark.column + 1}` : 'unknown position';
      return { problem: `malformed YAML at ${where}: ${error.reason}` };
    }
    if (error instanceof RangeError) return { problem: tooDeep };
    throw error;
  }
}
