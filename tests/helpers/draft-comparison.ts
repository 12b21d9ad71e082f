/**
 * Compares an import's draft with committed content field by field: each file flattened to its
 * leaf values (`days[0].slots[1].start`), white space collapsed, schema defaults (empty lists,
 * `continued: false`) read as absent. A programme's blocks are compared as each day's sequence,
 * and which of them each slot holds as a leaf of its own (`days[4].slots[0].blocks: 0-0`), so a
 * draft that leaves the split of a day's blocks to a person differs only there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { isTodo } from '../../src/domain/content/todo-markers.ts';

type Leaves = Map<string, unknown>;

/** The leaf values of data under a path. */
export function flatten(value: unknown, path = '', leaves: Leaves = new Map()): Leaves {
  if (Array.isArray(value))
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, leaves));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'continued' && item === false) continue;
      flatten(item, path ? `${path}.${key}` : key, leaves);
    }
  } else
    leaves.set(
      path,
      typeof value === 'string' && !isTodo(value) ? value.replace(/\s+/g, ' ').trim() : value,
    );
  return leaves;
}

interface Day {
  slots: { blocks: unknown[] | string }[];
  unplacedBlocks?: unknown[];
  [key: string]: unknown;
}

/** A programme with each day's blocks in one sequence and each slot's share of them as a range. */
export function programmeLeaves(programme: { days: Day[]; [key: string]: unknown }): Leaves {
  const days = programme.days.map((day) => {
    const blocks: unknown[] = [];
    const slots = day.slots.map((slot) => {
      if (typeof slot.blocks === 'string') return { ...slot, blocks: slot.blocks };
      const range = `${blocks.length}-${blocks.length + slot.blocks.length - 1}`;
      blocks.push(...slot.blocks);
      return { ...slot, blocks: range };
    });
    blocks.push(...(day.unplacedBlocks ?? []));
    const { unplacedBlocks: _unplaced, ...rest } = day;
    return { ...rest, slots, blocks };
  });
  return flatten({ ...programme, days });
}

/** Fields whose values differ between two flattened files (present on one side only included). */
export function differingFields(committed: Leaves, draft: Leaves): string[] {
  const fields = new Set([...committed.keys(), ...draft.keys()]);
  return [...fields].filter((field) => !Object.is(committed.get(field), draft.get(field)));
}

/** Reads a draft file back: YAML data, or Markdown frontmatter data with its body as `body`. */
export function readDraftFile(contentRoot: string, path: string): unknown {
  const text = readFileSync(join(contentRoot, path), 'utf8');
  if (!path.endsWith('.mdx')) return load(text);
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { ...(load(match[1]!) as object), body: match[2] };
}

/** A programme field (`days[0].slots[1].blocks[2].topic`) as `programmeLeaves` names it (`days[0].blocks[3].topic`). */
export function programmeLeafOf(programme: { days: Day[] }, field: string): string {
  const inSlot = /^days\[(\d+)\]\.slots\[(\d+)\]\.blocks\[(\d+)\](.*)$/.exec(field);
  const unplaced = /^days\[(\d+)\]\.unplacedBlocks\[(\d+)\](.*)$/.exec(field);
  const placed = (day: Day, slots: number): number =>
    day.slots
      .slice(0, slots)
      .reduce((sum, slot) => sum + (typeof slot.blocks === 'string' ? 0 : slot.blocks.length), 0);
  if (inSlot) {
    const [, day, slot, block, rest] = inSlot;
    return `days[${day}].blocks[${placed(programme.days[Number(day)]!, Number(slot)) + Number(block)}]${rest}`;
  }
  if (unplaced) {
    const [, day, block, rest] = unplaced;
    const current = programme.days[Number(day)]!;
    return `days[${day}].blocks[${placed(current, current.slots.length) + Number(block)}]${rest}`;
  }
  return field;
}
