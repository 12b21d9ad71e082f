/**
 * Where a field stands in its file: the line and column of `days[0].slots[3].questions[1].text` in a
 * YAML file or an MDX file's frontmatter, so every message points at what to change.
 *
 * js-yaml (content-yaml.ts) keeps no positions of its nodes; `yaml` (eemeli/yaml, the parser Vite
 * uses) keeps a range on every node. It parses the text a second time, and only for a file that has
 * a problem: a build of good content never calls this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentIssue } from './content-error.ts';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Finds the position of a field path in one file; `undefined` when neither it nor a parent is found. */
export type PositionOf = (field: string) => Position | undefined;

/** Splits `days[0].slots[1].end` into `['days', 0, 'slots', 1, 'end']`. */
export function parseFieldPath(field: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(match[2] === undefined ? match[1]! : Number(match[2]));
  return keys;
}

const FRONTMATTER_START = /^---\r?\n/;

/**
 * The position finder of one file's text: YAML, or MDX (its frontmatter, the lines after the first
 * `---`). A path that does not exist (a required field left out) gets the position of the deepest
 * part that does (the slot it is missing from); a key gets the position of the key itself.
 */
export function positionsIn(text: string, format: 'yaml' | 'mdx'): PositionOf {
  let yamlText = text;
  let lineOffset = 0;
  if (format === 'mdx') {
    const start = FRONTMATTER_START.exec(text);
    if (!start) return () => undefined;
    const end = text.indexOf('\n---', start[0].length - 1);
    yamlText = text.slice(start[0].length, end === -1 ? undefined : end + 1);
    lineOffset = 1;
  }
  const lineCounter = new LineCounter();
  let root: Node | null;
  try {
    root = parseDocument(yamlText, { lineCounter, uniqueKeys: false, strict: false }).contents;
  } catch {
    return () => undefined;
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return (field) => {
    let node: unknown = root;
    let found: Position | undefined = root?.range ? at(root.range[0]) : undefined;
    for (const key of parseFieldPath(field)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : undefined) === String(key));
        if (!pair) break;
        // The key: where the editor reads the field's name (an empty `text:` has no value node).
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) found = at(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item?.range) break;
        found = at(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return found;
  };
}

/** The format of a content file by its name, when it holds YAML. */
function formatOf(file: string): 'yaml' | 'mdx' | undefined {
  if (file.endsWith('.yaml')) return 'yaml';
  if (file.endsWith('.mdx')) return 'mdx';
  return undefined;
}

/**
 * Gives every issue that names a field of a YAML or MDX entry the position of that field, reading
 * the file under `contentRoot` (an entry's file is `<collection folder>/<name>` there). Issues that
 * already have a position, or name no field, are left as they are.
 */
export function withPositions(issues: readonly ContentIssue[], contentRoot: string): ContentIssue[] {
  const finders = new Map<string, PositionOf>();
  const finderOf = (file: string): PositionOf => {
    let finder = finders.get(file);
    if (!finder) {
      const format = formatOf(file);
      const parts = file.split(/[\\/]/);
      let text: string | undefined;
      try {
        text = format && parts.length >= 2 ? readFileSync(join(contentRoot, ...parts.slice(-2)), 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      finder = text === undefined || !format ? () => undefined : positionsIn(text.replace(/^\uFEFF/, ''), format);
      finders.set(file, finder);
    }
    return finder;
  };
  return issues.map((issue) => (formatOf(issue.file) ? placed(issue, finderOf(issue.file)) : issue));
}

/** The issue with the position of its field, unless it has one or names no field (or the MDX body). */
function placed(issue: ContentIssue, positionOf: PositionOf): ContentIssue {
  if (issue.line !== undefined || !issue.field || issue.field === 'body') return issue;
  const position = positionOf(issue.field);
  return position ? { ...issue, ...position } : issue;
}

/** Issues of one file, each given the position of its field by that file's finder. */
export function withPositionsFrom(issues: readonly ContentIssue[], positionOf: PositionOf): ContentIssue[] {
  return issues.map((issue) => placed(issue, positionOf));
}
