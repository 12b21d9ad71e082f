/**
 * Builds the programme from the annex's lines, read by either form's reader into the same tokens:
 * days, times, block headings, sub-items, focused discussions, bullets. A block belongs to the
 * time printed before it; where a day's times are printed together, apart from its agenda (the
 * letter's separated time column), the blocks are split by the rule the sources' layout implies
 * (a topic "continued" on the same day starts a later slot) or left unplaced with TODOs.
 */
import { todo } from '../content/todo-markers.ts';
import type { Catalogue } from './catalogue.ts';
import { referencesIn, speakerOf, topicOf } from './blocks.ts';
import type {
  DraftBlock,
  DraftDay,
  DraftFootnote,
  DraftQuestion,
  DraftSlot,
  Report,
} from './draft.ts';
import { dayHeading, isoDateOf, readTimeRange, weekdayOf } from './printed.ts';

/** One line of the annex, as either reader classifies it. */
export type Token =
  | {
      kind: 'day' | 'time' | 'subItem' | 'focused' | 'speakersHeading' | 'bullet' | 'paragraph';
      text: string;
    }
  | { kind: 'heading'; text: string; markers: string[] }
  /** Footnote text or page furniture between two lines of content. */
  | { kind: 'break' };

/** What the builder needs besides the tokens. */
export interface ProgrammeContext {
  catalogue: Catalogue;
  /** Year of the session, when the document gives its dates. */
  year?: number;
  /** Footnote texts by marker. */
  footnotes: ReadonlyMap<string, string>;
  /** Attendance the document states for the whole session ("in person"), else "not stated". */
  attendance: 'in person' | 'not stated';
  /** Document symbols the texts print that the catalogue lacks (filled in). */
  newSymbols: Set<string>;
  report: Report;
}

type Entry =
  | { kind: 'time'; printed: string }
  | { kind: 'block'; block: DraftBlock; mode: 'none' | 'speakers' | 'questions'; texts: string[] };

/** A day being read: its heading and its times and blocks in printed order. */
interface OpenDay {
  printed: string;
  entries: Entry[];
}

/** Builds the days of the programme from the tokens. */
export function buildDays(tokens: readonly Token[], context: ProgrammeContext): DraftDay[] {
  const days: OpenDay[] = [];
  let afterBreak = false;
  for (const token of tokens) {
    if (token.kind === 'day') days.push({ printed: token.text, entries: [] });
    else if (token.kind === 'break') {
      afterBreak = true;
      continue;
    } else {
      const day = days.at(-1);
      if (!day) context.report(`text before the first day, left out: "${token.text}"`);
      else addToken(day, token, context, afterBreak);
    }
    afterBreak = false;
  }
  return days.map((day) => closeDay(day, context));
}

/** Adds one token to the day being read. */
function addToken(
  day: OpenDay,
  token: Exclude<Token, { kind: 'day' | 'break' }>,
  context: ProgrammeContext,
  afterBreak: boolean,
): void {
  if (token.kind === 'time') {
    day.entries.push({ kind: 'time', printed: token.text });
    return;
  }
  if (token.kind === 'heading') {
    const footnotes: DraftFootnote[] = token.markers.map((marker) => ({
      marker,
      text:
        context.footnotes.get(marker) ??
        todo(`the text of footnote ${marker}, which the document does not print`),
    }));
    const block: DraftBlock = { topic: '', heading: token.text };
    const agendaItem = /^Agenda item (\d+)\b/.exec(token.text)?.[1];
    if (agendaItem) block.agendaItem = Number(agendaItem);
    if (footnotes.length > 0) block.footnotes = footnotes;
    day.entries.push({ kind: 'block', block, mode: 'none', texts: [] });
    return;
  }
  const open = day.entries.at(-1);
  if (open?.kind !== 'block') {
    context.report(
      `${day.printed}: "${token.text}" comes before any block heading; left out, add it by hand if it belongs to the programme`,
    );
    return;
  }
  addToBlock(open, token, context, afterBreak ? day.printed : undefined);
}

/** Adds a sub-item, focused discussion, speakers heading, bullet or paragraph to the open block. */
function addToBlock(
  entry: Extract<Entry, { kind: 'block' }>,
  token: { kind: string; text: string },
  context: ProgrammeContext,
  afterBreakOn?: string,
): void {
  const { block } = entry;
  if (token.kind === 'subItem' && !block.subItem) block.subItem = token.text;
  else if (token.kind === 'focused' && !block.focusedDiscussion) {
    block.focusedDiscussion = token.text;
    entry.mode = 'questions';
  } else if (token.kind === 'speakersHeading') {
    block.speakersHeading = token.text;
    entry.mode = 'speakers';
  } else if (token.kind === 'bullet' && entry.mode === 'questions') {
    (block.questions ??= []).push({ number: 0, text: token.text });
    if (afterBreakOn) {
      context.report(
        `${afterBreakOn}: the question "${token.text.slice(0, 60)}…" is printed after a footnote or page furniture (a page break); kept with the questions before it`,
      );
    }
  } else {
    const speaker = speakerOf(token.text, entry.mode === 'speakers');
    if (speaker) (block.speakers ??= []).push(speaker);
    else {
      (block.items ??= []).push(token.text);
      if (token.kind !== 'bullet')
        context.report(
          `"${token.text.slice(0, 60)}…" is not a heading, sub-item, focused discussion or bullet; kept as an item of "${block.heading}"`,
        );
    }
  }
}

/** The date of a day heading in the session's year; a TODO where it is not a date or names the wrong weekday. */
function dateOf(printed: string, year: number | undefined): string {
  const heading = dayHeading(printed);
  const date = heading && year ? isoDateOf(heading.day, heading.month, year) : undefined;
  if (!date) return todo(`the date of "${printed}" (YYYY-MM-DD)`);
  if (weekdayOf(date) !== heading!.weekday) return todo(`"${printed}" is not ${date}'s weekday`);
  return date;
}

/** Closes a day: its slots, with each run of times matched to the blocks printed after it. */
function closeDay(day: OpenDay, context: ProgrammeContext): DraftDay {
  const date = dateOf(day.printed, context.year);
  const result: DraftDay = { date, slots: [] };
  let index = 0;
  while (index < day.entries.length) {
    const times: string[] = [];
    while (day.entries[index]?.kind === 'time')
      times.push((day.entries[index++] as { printed: string }).printed);
    const blocks: DraftBlock[] = [];
    while (day.entries[index]?.kind === 'block')
      blocks.push(finishBlock(day.entries[index++] as Extract<Entry, { kind: 'block' }>, context));
    if (times.length === 0) {
      context.report(`${day.printed}: blocks printed before any time, left in an unplaced list`);
      (result.unplacedBlocks ??= []).push(...blocks);
      continue;
    }
    placeBlocks(result, day.printed, times, blocks, context);
  }
  for (const slot of result.slots) numberQuestions(slot);
  return result;
}

/**
 * Puts blocks into the slots of a run of printed times. One time: its blocks. Several times printed
 * together: split where a block continues a topic of an earlier block of the same day (a topic is
 * not "continued" inside one slot) when that gives one group per time; otherwise every slot's
 * blocks are a TODO and the blocks wait, in order, in the day's `unplacedBlocks`.
 */
function placeBlocks(
  day: DraftDay,
  printedDay: string,
  times: string[],
  blocks: DraftBlock[],
  context: ProgrammeContext,
): void {
  if (times.length === 1) {
    day.slots.push(slotOf(day.date, times[0]!, blocks, context));
    return;
  }
  const groups: DraftBlock[][] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (groups.length === 0 || (block.continued && seen.has(block.topic))) groups.push([]);
    groups.at(-1)!.push(block);
    seen.add(block.topic);
  }
  if (groups.length === times.length) {
    context.report(
      `${printedDay}: the times (${times.join('; ')}) are printed apart from the agenda; blocks split where a topic is continued: ${groups.map((group) => group.map((block) => `"${block.subItem ?? block.heading}"`).join(' + ')).join(' | ')}`,
    );
    times.forEach((time, slotIndex) =>
      day.slots.push(slotOf(day.date, time, groups[slotIndex]!, context)),
    );
    return;
  }
  context.report(
    `${printedDay}: the times (${times.join('; ')}) are printed apart from the agenda and nothing decides which blocks each holds: TODOs`,
  );
  for (const time of times) {
    const slot = slotOf(day.date, time, [], context);
    slot.blocks = todo('move here the unplacedBlocks this slot holds');
    day.slots.push(slot);
  }
  (day.unplacedBlocks ??= []).push(...blocks);
}

/** A slot: id, New York start and end read from the printed time, format from its blocks' headings. */
function slotOf(
  date: string,
  printed: string,
  blocks: DraftBlock[],
  context: ProgrammeContext,
): DraftSlot {
  const range = readTimeRange(printed);
  const start = 'start' in range ? range.start : todo(`the start (HH:MM): ${range.problem}`);
  const end = 'end' in range ? range.end : todo(`the end (HH:MM): ${range.problem}`);
  const id =
    'start' in range && !date.startsWith('TODO')
      ? `${date}-${range.start.replace(':', '')}`
      : todo('the slot id, YYYY-MM-DD-HHMM of its date and start');
  const headings = blocks.map((block) => block.heading).join(' ');
  const virtual = /\bvirtual\b/i.test(headings);
  return {
    id,
    start,
    end,
    timeAsPrinted: printed,
    format: {
      kind: /\binformal\b/i.test(headings) ? 'informal' : 'not stated',
      attendance: virtual ? 'virtual' : context.attendance,
    },
    blocks,
  };
}

/** Completes a block: topic, "continued", references of its focused discussion and questions. */
function finishBlock(
  entry: Extract<Entry, { kind: 'block' }>,
  context: ProgrammeContext,
): DraftBlock {
  const { block } = entry;
  block.topic = topicOf(context.catalogue, block);
  if (/\(continued\)$/.test(block.subItem ?? block.heading)) block.continued = true;
  if (block.focusedDiscussion) {
    const references = referencesIn(context.catalogue, block.focusedDiscussion, context.newSymbols);
    if (references.length > 0) block.references = references;
  }
  for (const question of block.questions ?? []) {
    const references = referencesIn(context.catalogue, question.text, context.newSymbols);
    if (references.length > 0) question.references = references;
  }
  return orderedBlock(block);
}

/** The block with its keys in the order the content files write them. */
function orderedBlock(block: DraftBlock): DraftBlock {
  const keys: (keyof DraftBlock)[] = [
    'topic',
    'heading',
    'agendaItem',
    'footnotes',
    'subItem',
    'continued',
    'focusedDiscussion',
    'speakersHeading',
    'speakers',
    'items',
    'references',
    'questions',
  ];
  return Object.fromEntries(
    keys.filter((key) => block[key] !== undefined).map((key) => [key, block[key]]),
  ) as unknown as DraftBlock;
}

/** Numbers the questions 1, 2, 3… through the slot, across its blocks. */
function numberQuestions(slot: DraftSlot): void {
  if (typeof slot.blocks === 'string') return;
  let number = 1;
  for (const block of slot.blocks) {
    block.questions = block.questions?.map((question): DraftQuestion => ({
      ...question,
      number: number++,
    }));
    if (!block.questions) delete block.questions;
  }
}
