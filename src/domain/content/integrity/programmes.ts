/**
 * Integrity rules of programme files, at each level: the file, its days, their slots, the slots'
 * agenda blocks. `walkProgramme` gives each rule what it compares with (the previous day or slot,
 * the topics of earlier blocks, where a slot's question numbering stands).
 */
import type { RawContent } from '../content-reader.ts';
import { compareDates, compareTimes, toInstant } from '../../time.ts';
import { readTimeRange } from '../../import/printed.ts';
import {
  applyRules, checkQuestions, checkReferences, checkSession, checkTopic, quote,
  type IntegrityContext, type Rule, type SessionEntry,
} from './context.ts';

type ProgrammeEntry = RawContent['programmes'][number];
type DayInput = ProgrammeEntry['data']['days'][number];
type SlotInput = DayInput['slots'][number];
type BlockInput = SlotInput['blocks'][number];

/** A day of a programme, with the date of the day before it. */
export interface DayItem { file: string; path: string; day: DayInput; previousDate?: string; session?: SessionEntry }
/** A slot, with the slot before it on the same day. */
export interface SlotItem { file: string; path: string; date: string; slot: SlotInput; previousSlot?: SlotInput; session?: SessionEntry }
/** An agenda block, with the topics of earlier blocks of the session and its first question number. */
export interface BlockItem { file: string; path: string; block: BlockInput; earlierTopics: ReadonlySet<string>; firstQuestionNumber: number }

export const dayRules: readonly Rule<DayItem>[] = [
  {
    name: 'days are in date order without repeats',
    check: ({ file, path, day, previousDate }, context) => {
      if (previousDate && compareDates(day.date, previousDate) <= 0) {
        context.report(file, `${path}.date`, `days must be in date order without repeats: ${day.date} comes after ${previousDate}`);
      }
    },
  },
  {
    name: 'days fall within the session',
    check: ({ file, path, day, session }, context) => {
      if (session && (compareDates(day.date, session.data.startDate) < 0 || compareDates(day.date, session.data.endDate) > 0)) {
        context.report(file, `${path}.date`,
          `${day.date} is outside the session's dates (${session.data.startDate} to ${session.data.endDate}); meetings around a session belong in content/meetings/`);
      }
    },
  },
];

/** The id a slot must have: its day and start time, `YYYY-MM-DD-HHMM`. */
export const slotIdOf = (date: string, start: string): string => `${date}-${start.replace(':', '')}`;

export const slotRules: readonly Rule<SlotItem>[] = [
  {
    name: 'a slot id is its day and start time',
    check: ({ file, path, date, slot }, context) => {
      const expected = slotIdOf(date, slot.start);
      if (slot.id !== expected) {
        context.report(file, `${path}.id`,
          `slot id ${quote(slot.id)} does not match its day ${date} and start ${slot.start}: write ${quote(expected)} (YYYY-MM-DD-HHMM); if the id is right, the day or the start is not`);
      }
    },
  },
  {
    name: 'the printed time says the start and end',
    check: ({ file, path, slot }, context) => {
      const printed = readTimeRange(slot.timeAsPrinted);
      if ('problem' in printed) {
        context.report(file, `${path}.timeAsPrinted`, `${printed.problem}: copy the time as the source prints it`);
      } else if (printed.start !== slot.start || printed.end !== slot.end) {
        context.report(file, `${path}.timeAsPrinted`,
          `${quote(slot.timeAsPrinted)} reads as ${printed.start}–${printed.end}, but the slot says start ${slot.start}, end ${slot.end}: correct start and end (a.m. or p.m. misread?), or copy the printed time again`);
      }
    },
  },
  {
    name: 'slot ids are unique',
    check: ({ file, path, slot }, context) => {
      context.unique('slot id', slot.id, { file, field: `${path}.id` }, (other) => `duplicate slot id ${quote(slot.id)}: also used in ${other}`);
    },
  },
  {
    name: 'a slot ends after it starts, and after the slot before it',
    check: ({ file, path, slot, previousSlot }, context) => {
      if (compareTimes(slot.end, slot.start) <= 0) {
        context.report(file, `${path}.end`, `must be after start (${slot.start}), got ${slot.end}`);
      } else if (previousSlot && compareTimes(slot.start, previousSlot.end) < 0) {
        context.report(file, `${path}.start`,
          `slot ${quote(slot.id)} starts at ${slot.start}, before slot ${quote(previousSlot.id)} ends at ${previousSlot.end}: slots of a day must not overlap and must be in order`);
      }
    },
  },
  {
    name: 'slot times exist in the session time zone',
    check: ({ file, path, date, slot, session }, context) => {
      if (!session) return;
      for (const key of ['start', 'end'] as const) {
        try {
          toInstant(date, slot[key], session.data.timeZone);
        } catch {
          context.report(file, `${path}.${key}`, `${slot[key]} does not exist or is ambiguous on ${date} in ${session.data.timeZone} (daylight-saving change)`);
        }
      }
    },
  },
];

export const blockRules: readonly Rule<BlockItem>[] = [
  { name: 'a block has a known topic', check: ({ file, path, block }, context) => checkTopic(context, file, `${path}.topic`, block.topic) },
  {
    name: 'a continued block continues an earlier one',
    check: ({ file, path, block, earlierTopics }, context) => {
      if (block.continued && !earlierTopics.has(block.topic)) {
        context.report(file, `${path}.continued`, `marked continued, but no earlier block of this session discusses topic ${quote(block.topic)}`);
      }
    },
  },
  {
    name: 'questions run 1, 2, 3… through a slot and cite known documents',
    check: ({ file, path, block, firstQuestionNumber }, context) =>
      checkQuestions(context, file, `${path}.questions`, block.questions, firstQuestionNumber),
  },
  {
    name: 'a block cites known documents and paragraphs',
    check: ({ file, path, block }, context) => checkReferences(context, file, `${path}.references`, block.references, [
      block.heading, block.subItem, block.focusedDiscussion, ...block.items,
      ...block.speakers.map((speaker) => speaker.text), ...block.footnotes.map((footnote) => footnote.text),
    ]),
  },
];

/** The days, slots and blocks of one programme, each with what its rules compare with. */
function walkProgramme({ file, data }: ProgrammeEntry, context: IntegrityContext): void {
  const session = context.sessions.get(data.session);
  const earlierTopics = new Set<string>();
  data.days.forEach((day, dayIndex) => {
    const dayPath = `days[${dayIndex}]`;
    applyRules([{ file, path: dayPath, day, previousDate: data.days[dayIndex - 1]?.date, session }], dayRules, context);
    day.slots.forEach((slot, slotIndex) => {
      const slotPath = `${dayPath}.slots[${slotIndex}]`;
      applyRules([{ file, path: slotPath, date: day.date, slot, previousSlot: day.slots[slotIndex - 1], session }], slotRules, context);
      let firstQuestionNumber = 1;
      slot.blocks.forEach((block, blockIndex) => {
        applyRules([{ file, path: `${slotPath}.blocks[${blockIndex}]`, block, earlierTopics, firstQuestionNumber }], blockRules, context);
        earlierTopics.add(block.topic);
        firstQuestionNumber += block.questions.length;
      });
    });
  });
}

export const programmeRules: readonly Rule<ProgrammeEntry>[] = [
  { name: 'the programme names a known session', check: ({ file, data }, context) => checkSession(context, file, 'session', data.session) },
  {
    name: 'one programme per session',
    check: ({ file, data }, context) => {
      context.unique('programme', data.session, { file, field: 'session' }, (other) => `session ${quote(data.session)} already has a programme in ${other}`);
    },
  },
  { name: 'days, slots and blocks', check: walkProgramme },
];
