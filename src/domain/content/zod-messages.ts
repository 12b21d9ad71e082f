/**
 * Messages that say what to write, in place of zod's defaults ("Invalid input: expected boolean,
 * received string" becomes "write true or false, not "yes""). Given to zod as the parse's error
 * map (zod 4's per-parse `error`), so a message a schema sets itself (a date's, a limit's) still wins,
 * and zod's global configuration, which Astro's own schemas share, is left alone.
 *
 * Where the type alone does not say what to write, the field's own description (`.describe()` in
 * schemas/) does: an empty `text:` of a question says "write the question, word for word".
 */
import { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';

/** The parts of a zod schema's definition this module walks. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const definitionOf = (schema: z.ZodType): Definition => schema._zod.def;

/** The schema one step in: the wrappers (optional, default, pipe) are looked through. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let step = 0; step < 10; step += 1) {
    const definition = definitionOf(current);
    const inner = definition.innerType ?? (definition.type === 'pipe' ? definition.in : undefined);
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** Every schema at a path of the data, from the outermost wrapper in (each may carry the description). */
function schemasAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let layers: z.ZodType[] = [root];
  for (const key of path) {
    const inner = unwrap(layers.at(-1)!);
    const definition = definitionOf(inner);
    let next: z.ZodType | undefined;
    if (definition.type === 'object' && typeof key === 'string') next = definition.shape?.[key];
    else if (definition.type === 'array') next = definition.element;
    else if (definition.type === 'union') {
      // A union of an object and a word ("UN usage" or the lines): the member that has the key.
      next = definition.options?.map(unwrap).map((option) => definitionOf(option).shape?.[String(key)]).find(Boolean);
    }
    if (!next) return [];
    layers = [next];
    let current = next;
    for (let step = 0; step < 10; step += 1) {
      const wrapped = definitionOf(current).innerType ?? (definitionOf(current).type === 'pipe' ? definitionOf(current).in : undefined);
      if (!wrapped) break;
      layers.push(wrapped);
      current = wrapped;
    }
  }
  return layers;
}

/** The field names an object at `path` accepts (for "did you mean"). */
export function fieldsAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const layers = path.length === 0 ? [root] : schemasAt(root, path);
  const object = layers.length > 0 ? unwrap(layers.at(-1)!) : undefined;
  return object ? Object.keys(definitionOf(object).shape ?? {}) : [];
}

/** The description of the field at `path`, from the first layer that has one. */
function descriptionAt(root: z.ZodType, path: readonly PropertyKey[], inst: unknown): string | undefined {
  for (const layer of schemasAt(root, path)) {
    const description = z.globalRegistry.get(layer)?.description;
    if (description) return description;
  }
  return inst ? z.globalRegistry.get(inst as z.ZodType)?.description : undefined;
}

/** "Write the question, word for word" from the description "The question, word for word." */
function writeWhat(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const first = description.split(/\.\s+(?=[A-Z])/)[0]!.replace(/\.$/, '');
  const lower = first.charAt(0).toLowerCase() + first.slice(1);
  return `write ${/^(the|a|an|one|how|what|where|whether|which|who) /.test(lower) ? '' : 'the '}${lower}`;
}

/** A value as the message quotes it (short). */
const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** The words for an unknown field, with the nearest known field when there is one. */
export function unknownFieldMessage(key: string, known: readonly string[]): string {
  const hint = didYouMean(key, known);
  return hint
    ? `unknown field ${JSON.stringify(key)}${hint}`
    : `unknown field ${JSON.stringify(key)}: remove it, or use one of the fields here (${known.join(', ')})`;
}

/** The message of one zod issue; undefined keeps a message the schema set or zod's own. */
function messageOf(issue: z.core.$ZodRawIssue, root: z.ZodType): string | undefined {
  const path = issue.path ?? [];
  const write = (): string | undefined => writeWhat(descriptionAt(root, path, issue.inst));
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected;
      if (expected === 'boolean') return input === undefined ? 'is required: write true or false' : `write true or false, not ${shown(input)}`;
      if (expected === 'number' || expected === 'int') {
        const what = 'write a whole number';
        if (input === undefined) return `is required: ${what}${write() ? ` (${write()!.replace(/^write /, '')})` : ''}`;
        return `${what}, not ${shown(input)}`;
      }
      if (expected === 'array') return `${input === undefined ? 'is required: ' : ''}write a list, one "- " line per item${input === undefined || input === null ? '' : `, not ${shown(input)}`}`;
      if (expected === 'object') return `${input === undefined ? 'is required: ' : ''}write its fields on the lines below it, indented${input === undefined || input === null ? '' : `, not ${shown(input)}`}`;
      const hint = write() ?? `write a ${expected}`;
      if (input === undefined) return `is required: ${hint}`;
      if (input === null) return `is empty: ${hint}`;
      if (expected === 'string') return `${hint}; ${shown(input)} reads as a ${typeof input}, put it in quotes to keep it as text`;
      return `${hint}, not ${shown(input)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      const nearest = typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : '';
      return `write ${values.length === 1 ? values[0] : `one of ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`}, not ${shown(input)}${nearest}`;
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownFieldMessage(key, fieldsAt(root, path))).join('; ');
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'number') return `write a number of at least ${String(issue.minimum)}, not ${shown(input)}`;
      return write();
    case 'too_big':
      if (issue.origin === 'number') return `write a number of at most ${String(issue.maximum)}, not ${shown(input)}`;
      return undefined;
    case 'invalid_union':
    case 'invalid_format':
      return write();
    default:
      return undefined;
  }
}

/** The error map of a parse against `root` (pass as `schema.safeParse(data, { error: contentErrorMap(schema) })`). */
export function contentErrorMap(root: z.ZodType): (issue: z.core.$ZodRawIssue) => string | undefined {
  return (issue) => messageOf(issue, root);
}
