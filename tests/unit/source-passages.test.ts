/**
 * Source passages: every slot, guiding question, narrative summary, meeting, note and footnote is
 * located in its source at build time, and the lines found hold the element's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  indexSource,
  locatePassages,
  passageHolds,
  passageKeys,
  sourceLines,
  type SourcePassage,
} from '../../src/domain/content/source-passages.ts';
import { normaliseForProvenance } from '../../src/domain/content/provenance.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import type { Slot } from '../../src/domain/model/model.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const contentRoot = join(projectRoot, 'content');
const site = loadSite(contentRoot, projectRoot);
const read = (source: string): string => readFileSync(join(contentRoot, source), 'utf8');
const passages = locatePassages(site, read);
const linesOf = (source: string): string[] => sourceLines(read(source));

/** Every element that must have a passage, with the texts its passage must hold. */
const elements: [string, string[]][] = [
  ...site.slots.map((slot): [string, string[]] => [
    passageKeys.slot(slot.id),
    slot.blocks
      .flatMap((block) => [
        block.heading,
        block.subItem,
        block.focusedDiscussion,
        ...block.items,
        ...block.questions.map((question) => question.text),
      ])
      .filter((text): text is string => Boolean(text)),
  ]),
  ...site.questions.map((question): [string, string[]] => [
    passageKeys.question(question.id),
    [question.text],
  ]),
  ...site.summaries.map((summary): [string, string[]] => [
    passageKeys.summary(summary.id),
    [summary.heading, summary.body],
  ]),
  ...site.meetings.map((meeting): [string, string[]] => [
    passageKeys.meeting(meeting.id),
    [meeting.announcement],
  ]),
  ...site.meetings.flatMap((meeting) =>
    meeting.notes.map((note, index): [string, string[]] => [
      passageKeys.meetingNote(meeting.id, index),
      [note],
    ]),
  ),
  ...site.slots.flatMap((slot) =>
    slot.notes.map((note, index): [string, string[]] => [
      passageKeys.slotNote(slot.id, index),
      [note],
    ]),
  ),
  ...site.sessions.flatMap((session) => [
    ...session.notes.map((note, index): [string, string[]] => [
      passageKeys.note(session.id, index),
      [note.text],
    ]),
    ...session.programmeFootnotes.map((note): [string, string[]] => [
      passageKeys.footnote(passageKeys.programme(session.id), note.marker),
      [note.text],
    ]),
    ...session.summariesFootnotes.map((note): [string, string[]] => [
      passageKeys.footnote(passageKeys.summariesTitle(session.id), note.marker),
      [note.text],
    ]),
  ]),
  ...site.slots.flatMap((slot) =>
    slot.blocks.flatMap((block) =>
      block.footnotes.map((note): [string, string[]] => [
        passageKeys.footnote(passageKeys.slot(slot.id), note.marker),
        [note.text],
      ]),
    ),
  ),
];

describe('every element has a passage in its source that holds its text', () => {
  test('all kinds are covered', () => {
    const kinds = new Set(elements.map(([key]) => key.split(':')[0]));
    expect([...kinds].sort()).toEqual([
      'footnote',
      'meeting',
      'meeting-note',
      'note',
      'question',
      'slot',
      'slot-note',
      'summary',
    ]);
    expect(elements.filter(([key]) => key.startsWith('question:'))).toHaveLength(
      site.questions.length,
    );
  });

  test.each(elements)('%s', (key, texts) => {
    const passage = passages.get(key);
    expect(passage, `no passage for ${key}`).toBeDefined();
    const lines = linesOf(passage!.source);
    expect(passage!.startLine).toBeGreaterThanOrEqual(1);
    expect(passage!.endLine).toBeGreaterThanOrEqual(passage!.startLine);
    for (const text of texts) expect(passageHolds(lines, passage!, text), text).toBe(true);
  });
});

describe('programme order', () => {
  test('slots are found in order, each where that slot prints its lines (a repeated heading is not found twice)', () => {
    for (const session of site.sessions) {
      const starts = session.slots.map(
        (slot) => passages.get(passageKeys.slot(slot.id))!.startLine,
      );
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  test("a slot's passage starts on its own first line: the line that prints its time", () => {
    for (const slot of site.slots) {
      const passage = passages.get(passageKeys.slot(slot.id))!;
      const first = normaliseForProvenance(linesOf(passage.source)[passage.startLine - 1]!);
      expect(
        first.startsWith(normaliseForProvenance(slot.timeAsPrinted)),
        `${slot.id}: ${first}`,
      ).toBe(true);
    }
  });

  test('known places: the first 2022 question, the 2023 question printed after the footnote, the 18 March meeting', () => {
    expect(passages.get(passageKeys.question('q-second-session-i-1'))).toEqual({
      source: 'sources/chair-letter-2022-03-07.txt',
      startLine: 614,
      endLine: 616,
    });
    expect(passages.get(passageKeys.question('q-2023-03-06-1000-4'))).toEqual({
      source: 'sources/secretariat-note-2023-02-23.txt',
      startLine: 72,
      endLine: 72,
    });
    expect(passages.get(passageKeys.meeting('2022-03-18-preparatory-meeting'))).toMatchObject({
      startLine: 71,
      endLine: 75,
    });
  });
});

describe("a slot's printed time (fixtures)", () => {
  const session = site.sessions[0]!;
  const template = session.slots[0]!;
  /** A slot of one block with only a heading, printed at `time`. */
  const slotOf = (id: string, time: string, heading: string): Slot => ({
    ...template,
    id,
    timeAsPrinted: time,
    notes: [],
    blocks: [
      {
        ...template.blocks[0]!,
        heading,
        subItem: undefined,
        focusedDiscussion: undefined,
        speakersHeading: undefined,
        speakers: [],
        items: [],
        questions: [],
        footnotes: [],
      },
    ],
  });
  /** The slots' start lines in a source of the given lines. */
  const starts = (text: string[], slots: Slot[]): (number | undefined)[] => {
    const fixture = {
      ...site,
      sessions: [
        {
          ...session,
          programmeTitle: 'Programme',
          programmeFootnotes: [],
          notes: [],
          meetings: [],
          summaries: [],
          summariesTitle: undefined,
          summariesFootnotes: [],
          slots,
        },
      ],
    };
    const found = locatePassages(fixture, () => text.join('\n'));
    return slots.map((slot) => found.get(passageKeys.slot(slot.id))?.startLine);
  };
  const morning = slotOf('a', '10 a.m.-1 p.m.', 'Opening of the session');
  const afternoon = slotOf('b', '3-6 p.m.', 'Closure of the session');

  test('the time line before the blocks starts the passage', () => {
    expect(
      starts(
        [
          'Programme',
          'Monday',
          '10 a.m.-1 p.m.',
          'Opening of the session',
          '3-6 p.m. Closure of the session',
        ],
        [morning, afternoon],
      ),
    ).toEqual([3, 5]);
  });

  test('a time column separated from the agenda column: each slot starts at its own time', () => {
    expect(
      starts(
        [
          'Programme',
          '10 a.m.-1 p.m.',
          '',
          '3-6 p.m.',
          '',
          'Opening of the session',
          'Closure of the session',
        ],
        [morning, afternoon],
      ),
    ).toEqual([2, 4]);
  });

  test("a slot whose time is not printed before its blocks starts at its text, and never takes another slot's time", () => {
    expect(
      starts(
        [
          'Programme',
          '10 a.m.-1 p.m.',
          'Opening of the session',
          'Closure of the session',
          '3-6 p.m.',
        ],
        [morning, afternoon],
      ),
    ).toEqual([2, 4]);
    const again = slotOf('c', '10 a.m.-1 p.m.', 'Closure of the session');
    expect(
      starts(
        ['Programme', '10 a.m.-1 p.m.', 'Opening of the session', 'Closure of the session'],
        [morning, again],
      ),
    ).toEqual([2, 4]);
  });

  test('a time glued to a digit before it is not the time ("13-6 p.m." is not "3-6 p.m.")', () => {
    expect(starts(['Programme', '13-6 p.m.', 'Closure of the session'], [afternoon])).toEqual([3]);
  });
});

describe('the checks fail on broken input (tests of the tests)', () => {
  test('a passage that points at other lines does not hold the text', () => {
    const question = site.questions[0]!;
    const passage: SourcePassage = passages.get(passageKeys.question(question.id))!;
    const lines = linesOf(passage.source);
    expect(passageHolds(lines, passage, question.text)).toBe(true);
    expect(
      passageHolds(
        lines,
        { startLine: passage.startLine + 4, endLine: passage.endLine + 4 },
        question.text,
      ),
    ).toBe(false);
    expect(
      passageHolds(
        lines,
        { startLine: passage.startLine, endLine: passage.endLine - 1 },
        question.text,
      ),
    ).toBe(false);
  });

  test('a text changed by one word gets no passage', () => {
    const question = site.summaries[0]!.questions[0]!;
    const changed = { ...question, text: question.text.replace('preventative', 'preventive') };
    const session = site.sessions.find((entry) => entry.id === question.sessionId)!;
    const summary = { ...site.summaries[0]!, questions: [changed] };
    const broken = {
      ...site,
      sessions: [{ ...session, slots: [], summaries: [summary], meetings: [], notes: [] }],
    };
    expect(changed.text).not.toBe(question.text);
    expect(locatePassages(broken, read).has(passageKeys.question(question.id))).toBe(false);
  });

  test('line numbers follow the file: a line number is the line of the character found', () => {
    const index = indexSource('alpha\n\nbeta gamma\ndelta-\n\nepsilon\n');
    expect(index.normalised).toBe('alpha beta gamma delta-epsilon');
    // Lines: 1 alpha, 2 blank, 3 beta gamma, 4 delta-, 5 blank, 6 epsilon.
    expect(index.prefixLengths).toEqual([0, 5, 5, 16, 23, 23, 30]);
  });
});
