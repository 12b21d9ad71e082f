/**
 * The real content: both sessions complete, as the sources have them. Facts are asserted about the
 * sessions they name, rules over the whole site, so another valid session changes nothing here.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const site = loadSite(join(projectRoot, 'content'), projectRoot);
const session = (id: string) => site.sessions.find((candidate) => candidate.id === id)!;
/** The two sessions whose sources are in content/sources. */
const known = [session('second-session'), session('fourth-session')];
const knownSlotIds = new Set(known.flatMap((candidate) => candidate.slots.map((slot) => slot.id)));

describe('content', () => {
  test('the two sessions hold all 22 programme slots and all 54 guiding questions; ids are unique', () => {
    expect(known.map((candidate) => candidate.slots.length)).toEqual([10, 12]);
    expect(known.map((candidate) => candidate.questions.length)).toEqual([30, 24]);
    expect(new Set(site.questions.map((question) => question.id)).size).toBe(site.questions.length);
    expect(new Set(site.slots.map((slot) => slot.anchor)).size).toBe(site.slots.length);
  });

  test('second session: ten slots over five days, six summaries with 30 questions', () => {
    const second = session('second-session');
    expect(second.days.map((day) => day.slots.length)).toEqual([2, 2, 2, 2, 2]);
    expect(second.summaries.map((summary) => [summary.section, summary.topicId, summary.questions.length])).toEqual([
      ['I', 'threats', 4], ['II', 'rules-norms-principles', 4], ['III', 'international-law', 2],
      ['IV', 'confidence-building-measures', 10], ['V', 'capacity-building', 7], ['VI', 'regular-institutional-dialogue', 3],
    ]);
    expect(second.questions).toHaveLength(30);
  });

  test('the sub-heading over questions 8 to 10 of section IV', () => {
    const section = session('second-session').summaries.find((summary) => summary.section === 'IV')!;
    expect(section.questions.filter((question) => question.group).map((question) => question.number)).toEqual([8, 9, 10]);
    expect(new Set(section.questions.map((question) => question.group).filter(Boolean))).toEqual(
      new Set(['Proposed Global Points of Contact Directory']),
    );
  });

  test('Wednesday 30 March 2022: confidence-building in the morning, then continued and capacity-building', () => {
    const wednesday = session('second-session').days[2]!;
    expect(wednesday.slots.map((slot) => slot.blocks.map((block) => [block.topicId, block.continued]))).toEqual([
      [['confidence-building-measures', false]],
      [['confidence-building-measures', true], ['capacity-building', false]],
    ]);
    expect(wednesday.slots[0]!.blocks[0]!.speakers[0]).toMatchObject({ kind: 'briefing', durationMinutes: 15 });
  });

  test('fourth session: twelve slots with 24 questions, the stakeholder segment informal', () => {
    const fourth = session('fourth-session');
    expect(fourth.days.map((day) => day.slots.length)).toEqual([2, 2, 2, 3, 3]);
    expect(fourth.questions).toHaveLength(24);
    const segment = fourth.slots.find((slot) => slot.blocks.some((block) => block.topicId === 'stakeholder-segment'))!;
    expect(segment.format.kind).toBe('informal');
  });

  test('meetings around the second session say "not announced" instead of inventing a time', () => {
    expect(session('second-session').meetings.map((meeting) => [meeting.date, meeting.start, meeting.end])).toEqual([
      ['2021-12-16', 'not announced', 'not announced'],
      ['2022-03-18', '09:00', 'not announced'],
      ['2022-03-24', 'not announced', 'not announced'],
    ]);
    expect(session('second-session').meetings[1]!.startUtc).toBe('2022-03-18T13:00:00Z');
  });

  test('slot instants follow New York daylight saving', () => {
    const slot = (id: string) => site.slots.find((candidate) => candidate.id === id)!;
    expect(slot('2022-03-28-1000').startUtc).toBe('2022-03-28T14:00:00Z');
    expect(slot('2023-03-06-1000').startUtc).toBe('2023-03-06T15:00:00Z');
    expect([slot('2023-03-09-1130').startUtc, slot('2023-03-09-1130').endUtc]).toEqual(['2023-03-09T16:30:00Z', '2023-03-09T18:00:00Z']);
  });

  test('report paragraphs 8 to 13 are back-linked from the questions and block that cite them', () => {
    const paragraph11 = site.reportParagraphs.find((paragraph) => paragraph.number === 11)!;
    expect(paragraph11.text).toBe('');
    const fromFourth = paragraph11.citations.filter((citation) => citation.sessionId === 'fourth-session');
    expect(fromFourth.map((citation) => citation.anchor)).toEqual([
      'slot-2023-03-06-1000', 'q-2023-03-06-1000-1', 'q-2023-03-06-1000-3',
    ]);
    expect(site.reportParagraphs.map((paragraph) => paragraph.number)).toEqual(expect.arrayContaining([8, 9, 10, 11, 12, 13]));
  });

  test('topics: six sub-items of agenda item 5 with their letters', () => {
    expect(site.topics.filter((topic) => topic.kind === 'sub-item').map((topic) => topic.letter)).toEqual(['a', 'c', 'd', 'e', 'f', 'g']);
    const confidence = site.topics.find((topic) => topic.id === 'confidence-building-measures')!;
    expect(confidence.slotIds.filter((id) => knownSlotIds.has(id))).toEqual(['2022-03-30-1000', '2022-03-30-1500', '2023-03-08-1000', '2023-03-08-1500']);
  });

  test('documents link to the official document system', () => {
    expect(site.documents.map((document) => document.url)).toEqual(expect.arrayContaining([
      'https://docs.un.org/en/A/75/816', 'https://docs.un.org/en/A/77/275', 'https://docs.un.org/en/A/AC.292/2021/1',
      'https://docs.un.org/en/A/AC.292/2022/3', 'https://docs.un.org/en/A/RES/75/240',
    ]));
    for (const document of site.documents) expect(document.url).toMatch(/^https:\/\/docs\.un\.org\/en\/[A-Z]/);
  });
});
