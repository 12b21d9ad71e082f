/**
 * The importer's rules one by one, on small texts of this test's own: printed times and dates,
 * references, speakers, notes, the placing of blocks under times printed apart from the agenda,
 * and the TODO markers the content reader reports.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../../src/domain/content/content-reader.ts';
import { findTodos, isTodo, todo } from '../../../src/domain/content/todo-markers.ts';
import { paragraphsIn, referencesIn, speakerOf } from '../../../src/domain/import/blocks.ts';
import {
  proceduralTopic,
  subItemTopic,
  type Catalogue,
} from '../../../src/domain/import/catalogue.ts';
import { importDocument } from '../../../src/domain/import/import-document.ts';
import { letterParagraphs } from '../../../src/domain/import/letter-form.ts';
import { buildDays, type Token } from '../../../src/domain/import/programme-builder.ts';
import { joinLines, readTimeRange, sessionDatesIn } from '../../../src/domain/import/printed.ts';
import { notesOf } from '../../../src/domain/import/session.ts';

const catalogue: Catalogue = {
  topics: [
    {
      id: 'cbm',
      kind: 'sub-item',
      letter: 'f',
      title: 'Confidence-building measures',
      officialWording: 'Confidence-building measures',
    },
    {
      id: 'dialogue',
      kind: 'sub-item',
      letter: 'c',
      title: 'Dialogue',
      officialWording:
        'Establish, under the auspices of the United Nations, regular, institutional dialogue',
    },
    { id: 'opening', kind: 'procedural', title: 'Opening of the session' },
    { id: 'closing', kind: 'procedural', title: 'Closing of the session' },
    { id: 'other', kind: 'procedural', title: 'Other matters' },
    { id: 'segment', kind: 'procedural', title: 'Stakeholder segment' },
  ],
  documents: [
    { id: 'a-77-275', symbol: 'A/77/275', citedAs: ['A/77/275'], hasParagraphs: true },
    { id: 'a-75-816', symbol: 'A/75/816', citedAs: [], hasParagraphs: false },
  ],
};

describe('printed times', () => {
  it.each([
    ['10 a.m.–1 p.m.', '10:00', '13:00'],
    ['3–6 p.m.', '15:00', '18:00'],
    ['10–11.30 a.m.', '10:00', '11:30'],
    ['11.30 a.m.–1 p.m.', '11:30', '13:00'],
    ['3 p.m.-6 p.m.', '15:00', '18:00'],
    ['12–1 p.m.', '12:00', '13:00'],
  ])('"%s" is %s to %s', (printed, start, end) => {
    expect(readTimeRange(printed)).toEqual({ start, end });
  });

  it.each(['11–1 p.m.', '10–11', 'morning'])(
    '"%s" is not decided: a problem, never a guess',
    (printed) => {
      expect(readTimeRange(printed)).toHaveProperty('problem');
    },
  );
});

describe('printed dates and lines', () => {
  it("reads a session's dates in one month or across two", () => {
    expect(sessionDatesIn('New York, 6–10 March 2023')).toEqual({
      startDate: '2023-03-06',
      endDate: '2023-03-10',
    });
    expect(sessionDatesIn('from 28 March to 1 April 2022')).toEqual({
      startDate: '2022-03-28',
      endDate: '2022-04-01',
    });
    expect(sessionDatesIn('from 30 February to 2 March 2022')).toBeUndefined();
  });

  it('joins wrapped lines, closing line-break hyphens and hyphens cut off by the extraction', () => {
    expect(joinLines(['capacity-', 'building in  ensuring ', 'pre -recorded'])).toBe(
      'capacity-building in ensuring pre-recorded',
    );
  });

  it("reads the letter's paragraphs: empty lines separate lines, a line of spaces ends a paragraph, links are furniture", () => {
    const handled: string[] = [];
    const text =
      ' First line of one\n\nparagraph here. \n\n \n\n Second paragraph.\nhttps://example.org/x.pdf\n- A bullet\n\nthat wraps\n';
    expect(letterParagraphs(text, (line) => handled.push(line))).toEqual([
      'First line of one paragraph here.',
      'Second paragraph.',
      '- A bullet that wraps',
    ]);
    expect(handled).toEqual(['1 bare link lines (page furniture of the PDF) left out']);
  });
});

describe('references', () => {
  it('names known documents with the paragraphs or annex cited, and reads "the report" as a TODO document', () => {
    const found = new Set<string>();
    expect(
      referencesIn(catalogue, 'Threats in paragraphs 8 to 10 of the report (A/77/275)', found),
    ).toEqual([{ document: 'a-77-275', paragraphs: [8, 9, 10] }]);
    expect(referencesIn(catalogue, 'the summary (see A/75/816, annex II)', found)).toEqual([
      { document: 'a-75-816', part: 'annex II' },
    ]);
    const reading = referencesIn(catalogue, 'Threats referenced in the report?', found);
    expect(reading).toHaveLength(1);
    expect(isTodo(reading[0]!.document)).toBe(true);
    expect(reading[0]!.readAs).toBe('the report');
    expect(referencesIn(catalogue, 'As in A/78/9, para. 3', found)).toEqual([
      { document: 'a-78-9' },
    ]);
    expect([...found]).toEqual(['A/78/9']);
  });

  it('counts paragraph ranges and single paragraphs', () => {
    expect(paragraphsIn('paras. 8 to 10 and para. 12')).toEqual([8, 9, 10, 12]);
  });
});

describe('speakers', () => {
  it('reads "Name, Role" after an honorific, "Role, Name", briefings and remarks', () => {
    expect(speakerOf('Ms. Jane Roe, Director of Tests', true)).toMatchObject({
      kind: 'statement',
      name: 'Jane Roe',
      role: 'Director of Tests',
    });
    expect(speakerOf('H.E. Ambassador John Doe, Chair of the group', true)).toMatchObject({
      name: 'John Doe',
      role: 'Chair of the group',
    });
    expect(speakerOf('Director of Tests, Jane Roe', true)).toMatchObject({
      name: 'Jane Roe',
      role: 'Director of Tests',
    });
    expect(
      speakerOf('Briefing by the Institute (TI) on its portal (20 mins)', false),
    ).toMatchObject({ kind: 'briefing', name: 'Institute (TI)', durationMinutes: 20 });
    expect(speakerOf('Concluding remarks by the Chair', false)).toMatchObject({
      kind: 'remarks',
      role: 'Chair',
    });
    expect(speakerOf('A line about something', false)).toBeUndefined();
  });

  it('leaves name and role as TODOs where neither form fits', () => {
    const speaker = speakerOf('the representative of the host country, with thanks', true)!;
    expect(isTodo(speaker.name)).toBe(true);
    expect(isTodo(speaker.role)).toBe(true);
  });
});

describe('topics', () => {
  it('match a sub-item by its letter or its wording (punctuation aside), a procedural block by its title', () => {
    expect(subItemTopic(catalogue, '(f) Confidence-building measures (continued)')).toBe('cbm');
    expect(
      subItemTopic(
        catalogue,
        'Establish, under the auspices of the United Nations, regular institutional dialogue',
      ),
    ).toBe('dialogue');
    expect(subItemTopic(catalogue, 'Something else')).toBeUndefined();
    expect(proceduralTopic(catalogue, 'Agenda item 6: other matters')).toBe('other');
    expect(proceduralTopic(catalogue, 'Informal, dedicated stakeholder segment')).toBe('segment');
    expect(proceduralTopic(catalogue, 'Closure of the session')).toBeUndefined();
  });
});

describe('notes', () => {
  it('split a paragraph where the kind of its sentences changes; a paragraph of no kind is general', () => {
    expect(
      notesOf(
        'The session will be held at Headquarters. It will be webcast on UN WebTV. Rooms follow.',
      ),
    ).toEqual([
      { kind: 'venue', text: 'The session will be held at Headquarters.' },
      { kind: 'webcast', text: 'It will be webcast on UN WebTV. Rooms follow.' },
    ]);
    expect(notesOf('The programme is annexed.')).toEqual([
      { kind: 'general', text: 'The programme is annexed.' },
    ]);
  });
});

/** Tokens of one day whose two times are printed before its blocks. */
const separatedDay = (blocks: Token[]): Token[] => [
  { kind: 'day', text: 'Friday, 1 April' },
  { kind: 'time', text: '10 a.m.-1 p.m.' },
  { kind: 'time', text: '3-6 p.m.' },
  ...blocks,
];
const context = () => ({
  catalogue,
  year: 2022,
  footnotes: new Map(),
  attendance: 'not stated' as const,
  newSymbols: new Set<string>(),
  report: () => {},
});
const heading = (text: string): Token => ({ kind: 'heading', text, markers: [] });

describe('times printed apart from the agenda', () => {
  it('split where a topic is continued on the same day', () => {
    const [day] = buildDays(
      separatedDay([
        heading('Agenda item 5'),
        { kind: 'subItem', text: '(f) Confidence-building measures' },
        heading('Agenda item 5'),
        { kind: 'subItem', text: '(f) Confidence-building measures (continued)' },
        heading('Agenda item 6: Other matters'),
      ]),
      context(),
    );
    expect(
      day!.slots.map((slot) => (slot.blocks as { topic: string }[]).map((block) => block.topic)),
    ).toEqual([['cbm'], ['cbm', 'other']]);
    expect(day!.unplacedBlocks).toBeUndefined();
  });

  it("are left unplaced, every slot's blocks a TODO, when nothing decides", () => {
    const [day] = buildDays(
      separatedDay([heading('Agenda item 6: Other matters'), heading('Closing of the session')]),
      context(),
    );
    expect(day!.slots.every((slot) => isTodo(slot.blocks))).toBe(true);
    expect(day!.unplacedBlocks!.map((block) => block.topic)).toEqual(['other', 'closing']);
  });

  it('a day heading naming the wrong weekday gives a TODO date', () => {
    const [day] = buildDays(
      [
        { kind: 'day', text: 'Monday, 1 April' },
        { kind: 'time', text: '3-6 p.m.' },
        heading('Closing of the session'),
      ],
      context(),
    );
    expect(isTodo(day!.date)).toBe(true);
    expect(isTodo(day!.slots[0]!.id)).toBe(true);
  });
});

describe('an import', () => {
  it('refuses a text in neither form', () => {
    expect(() =>
      importDocument('Some minutes of a meeting.', { session: 'x-session', catalogue }),
    ).toThrow(/neither a Secretariat note/);
  });
});

describe('TODO markers', () => {
  it('are found with their field paths and hints', () => {
    expect(findTodos({ a: [{ b: todo('the b') }, 'x'], c: 'TODO' })).toEqual([
      { field: 'a[0].b', hint: 'the b' },
      { field: 'c', hint: '' },
    ]);
    expect(isTodo('TODOs are fine in prose')).toBe(false);
  });

  it('are reported by the content reader by file and field, instead of the type errors they would cause', () => {
    const root = mkdtempSync(join(tmpdir(), 'oewg-todo-'));
    try {
      mkdirSync(join(root, 'content', 'documents'), { recursive: true });
      writeFileSync(
        join(root, 'content', 'documents', 'a-1-2.yaml'),
        `symbol: A/1/2\nhasParagraphs: '${todo('true or false')}'\n`,
      );
      const { entries, issues } = readCollection(join(root, 'content'), 'documents', root);
      expect(entries).toEqual([]);
      expect(issues).toEqual([
        {
          file: 'content/documents/a-1-2.yaml',
          line: 2,
          column: 1,
          field: 'hasParagraphs',
          message:
            'TODO left by the importer: true or false (decide it from the source and write the value)',
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
