/**
 * The session at a glance (src/domain/model/timetable.ts) and a topic compared across sessions
 * (src/domain/model/topic-comparison.ts): the rules the pages state, checked on the real content's
 * known sessions (sessions added to content/ are left out, so they change nothing here).
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareTopic, relatedBlocks } from '../../src/domain/model/topic-comparison.ts';
import {
  dayPartOf,
  notableFormat,
  sessionAtAGlance,
  sessionSubItems,
  slotWhen,
} from '../../src/domain/model/timetable.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import type { SiteModel } from '../../src/domain/model/model.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { knownSessionsOnly } from '../helpers/known-content.ts';

const site = knownSessionsOnly(loadSite(resolve(projectRoot, 'content'), projectRoot));
const session = (id: string) => site.sessions.find((candidate) => candidate.id === id)!;
const topic = (id: string) => site.topics.find((candidate) => candidate.id === id)!;

describe('at a glance', () => {
  const days = sessionAtAGlance(session('fourth-session'), site);
  test('every slot once, in order, by day and part of the day', () => {
    const ids = days.flatMap((day) =>
      [...day.parts.morning, ...day.parts.afternoon].map((entry) => entry.slot.id),
    );
    expect(ids).toEqual(session('fourth-session').slots.map((slot) => slot.id));
    expect(days.map((day) => day.label)).toEqual([
      'Mon 6 March 2023',
      'Tue 7 March 2023',
      'Wed 8 March 2023',
      'Thu 9 March 2023',
      'Fri 10 March 2023',
    ]);
    expect(days[3]!.parts.morning.map((entry) => entry.time)).toEqual([
      '10 a.m.–11.30 a.m.',
      '11.30 a.m.–1 p.m.',
    ]);
  });
  test.each([
    ['10:00', 'morning'],
    ['11:30', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'afternoon'],
    ['15:00', 'afternoon'],
  ] as const)('a slot starting at %s is in the %s', (start, part) => {
    expect(dayPartOf({ start })).toBe(part);
  });
  test('topics: the sub-item letter and title, "(continued)" kept, else the block heading', () => {
    const entry = (id: string) =>
      days
        .flatMap((day) => [...day.parts.morning, ...day.parts.afternoon])
        .find((candidate) => candidate.slot.id === id)!;
    expect(entry('2023-03-06-1000').topics).toEqual([
      'Opening of the session',
      'Agenda item 3: organization of work',
      '(d) Existing and potential threats',
    ]);
    expect(entry('2023-03-09-1130').topics).toEqual(['(g) Capacity-building (continued)']);
    expect(entry('2023-03-09-1500').topics).toEqual(['Informal, dedicated stakeholder segment']);
  });
  test('the format only where the source states it is informal or virtual', () => {
    const formats = site.slots
      .filter((slot) => notableFormat(slot))
      .map((slot) => [slot.id, notableFormat(slot)]);
    expect(formats).toEqual([
      ['2022-03-31-1500', 'Informal meeting, virtual'],
      ['2023-03-09-1500', 'Informal meeting'],
    ]);
  });
  test('the sub-items of a session, in topic order, are the toggles of the filter', () => {
    expect(sessionSubItems(session('fourth-session'), site).map((entry) => entry.letter)).toEqual([
      'a',
      'c',
      'd',
      'e',
      'f',
      'g',
    ]);
  });
  test('a slot heading names weekday, date and time', () => {
    expect(slotWhen({ date: '2023-03-06', start: '15:00', end: '18:00' })).toBe(
      'Monday 6 March 2023, 3 p.m.–6 p.m.',
    );
  });
});

describe('a topic compared across sessions', () => {
  test('capacity-building: both sessions, and the 2023 stakeholder segment as related, with the reason', () => {
    const { columns, earlier } = compareTopic(site, topic('capacity-building'));
    expect(columns.map((part) => part.session.id)).toEqual(['second-session', 'fourth-session']);
    expect(earlier).toEqual([]);
    const related = columns[1]!.related;
    expect(related.map((entry) => [entry.slot.id, entry.reason])).toEqual([
      ['2023-03-09-1500', 'its focused discussion names “capacity-building”'],
    ]);
    expect(columns[0]!.related).toEqual([]);
  });
  test('blocks under the topic itself are never "related"', () => {
    for (const candidate of site.topics.filter((entry) => entry.kind === 'sub-item')) {
      for (const part of compareTopic(site, candidate).columns) {
        for (const entry of part.related) expect(entry.block.topicId).not.toBe(candidate.id);
      }
    }
  });
  test('the rule misses nothing it should find (a test of the test): a focused discussion naming the topic is found', () => {
    const slot = session('fourth-session').slots.find(
      (candidate) => candidate.id === '2023-03-10-1000',
    )!;
    const renamed = {
      ...slot,
      blocks: slot.blocks.map((block) => ({
        ...block,
        focusedDiscussion: 'Focused discussion on confidence-building measures for dialogue:',
      })),
    };
    expect(
      relatedBlocks([renamed], topic('confidence-building-measures')).map((entry) => entry.words),
    ).toEqual(['confidence-building measures']);
    expect(relatedBlocks([slot], topic('confidence-building-measures'))).toEqual([]);
  });
  test('at scale the most recent sessions are side by side (at most 3), earlier ones listed newest first', () => {
    const copies = ['a', 'b', 'c'].flatMap((suffix) =>
      site.sessions.map((entry) => ({ ...entry, id: `${entry.id}-${suffix}` })),
    );
    const model: SiteModel = { ...site, sessions: copies };
    const { columns, earlier } = compareTopic(model, topic('capacity-building'));
    expect(columns.map((part) => part.session.id)).toEqual([
      'fourth-session-b',
      'second-session-c',
      'fourth-session-c',
    ]);
    expect(earlier.map((part) => part.session.id)).toEqual([
      'second-session-b',
      'fourth-session-a',
      'second-session-a',
    ]);
  });
});
