/**
 * Every kind of bad content fails with a message naming the file, the field and the problem.
 * Each case breaks a copy of the real content in one way and pins the exact message.
 */
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/domain/content-error.ts';
import { loadSite } from '../../src/domain/site.ts';
import { brokenContent, type Mutation } from '../helpers/content-fixture.ts';

const s2 = 'programmes/second-session.yaml';
const s4 = 'programmes/fourth-session.yaml';

/** Loads broken content and returns the error lines (without the count header). */
function problemsOf(mutations: readonly Mutation[]): string[] {
  const fixture = brokenContent(mutations);
  try {
    loadSite(fixture.content, fixture.root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
  } finally {
    fixture.dispose();
  }
  throw new Error('the broken content loaded without error');
}

const cases: { kind: string; mutations: Mutation[]; expected: string[] }[] = [
  {
    kind: 'malformed YAML',
    mutations: [{ file: 'topics/threats.yaml', find: 'letter: d', replace: 'letter: [d' }],
    expected: ['content/topics/threats.yaml: malformed YAML at line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
  {
    kind: 'duplicate key in YAML',
    mutations: [{ file: 'topics/threats.yaml', find: 'order: 4', replace: 'order: 4\norder: 5' }],
    expected: ['content/topics/threats.yaml: malformed YAML at line 9, column 1: Map keys must be unique'],
  },
  {
    kind: 'wrong type',
    mutations: [{ file: 'sessions/second-session.yaml', find: 'number: 2', replace: 'number: two' }],
    expected: ['content/sessions/second-session.yaml: number: Invalid input: expected number, received string'],
  },
  {
    kind: 'missing required field',
    mutations: [{ file: s4, find: '        timeAsPrinted: 3–6 p.m.\n        # "Informal', replace: '        # "Informal' }],
    expected: ['content/programmes/fourth-session.yaml: days[3].slots[2].timeAsPrinted: is required (expected string)'],
  },
  {
    kind: 'unknown field (a typo in a field name)',
    mutations: [{ file: 'topics/threats.yaml', find: 'order: 4', replace: 'order: 4\ntitel: Threats' }],
    expected: ['content/topics/threats.yaml: unknown field "titel"'],
  },
  {
    kind: 'impossible date',
    mutations: [{ file: s2, find: '  - date: 2022-03-29', replace: '  - date: 2022-02-30' }],
    expected: ['content/programmes/second-session.yaml: days[1].date: must be a real calendar date written YYYY-MM-DD'],
  },
  {
    kind: 'invalid time',
    mutations: [{ file: s2, find: "end: '18:00'", replace: "end: '25:00'" }],
    expected: ['content/programmes/second-session.yaml: days[0].slots[1].end: must be a 24-hour time written HH:MM'],
  },
  {
    kind: 'invalid IANA time zone',
    mutations: [{ file: 'sessions/fourth-session.yaml', find: 'America/New_York', replace: 'America/New_Yrok' }],
    expected: ['content/sessions/fourth-session.yaml: timeZone: must be an IANA time-zone name such as "America/New_York"'],
  },
  {
    kind: 'unknown topic',
    mutations: [{ file: s4, find: 'topic: stakeholder-segment', replace: 'topic: stakeholders' }],
    expected: [
      'content/programmes/fourth-session.yaml: days[3].slots[2].blocks[0].topic: unknown topic "stakeholders"; known: capacity-building, closing, confidence-building-measures, informal-meeting, international-law, opening, organization-of-work, other-matters, regular-institutional-dialogue, rules-norms-principles, stakeholder-segment, threats',
    ],
  },
  {
    kind: 'unknown document',
    mutations: [{ file: s4, find: 'document: a-75-816', replace: 'document: a-75-861' }],
    expected: ['content/programmes/fourth-session.yaml: days[0].slots[1].blocks[0].references[0].document: unknown document "a-75-861"; known: a-75-816, a-77-275, a-ac-292-2021-1, a-ac-292-2022-3, a-res-75-240'],
  },
  {
    kind: 'reference to a missing report paragraph',
    mutations: [{ file: s4, find: 'paragraphs: [11]', replace: 'paragraphs: [14]' }],
    expected: ['content/programmes/fourth-session.yaml: days[0].slots[0].blocks[2].questions[0].references[0].paragraphs[0]: paragraph 14 of A/77/275 is not in the report-paragraphs collection'],
  },
  {
    kind: 'unknown session',
    mutations: [{ file: 'meetings/2022-03-24-stakeholder-dialogue.yaml', find: 'session: second-session', replace: 'session: 2nd-session' }],
    expected: ['content/meetings/2022-03-24-stakeholder-dialogue.yaml: session: unknown session "2nd-session"; known: fourth-session, second-session'],
  },
  {
    kind: 'duplicate slot id',
    mutations: [{ file: s4, find: 'id: 2023-03-06-1500', replace: 'id: 2023-03-06-1000' }],
    expected: ['content/programmes/fourth-session.yaml: days[0].slots[1].id: duplicate slot id "2023-03-06-1000": also used in content/programmes/fourth-session.yaml'],
  },
  {
    kind: 'duplicate session number',
    mutations: [{ file: 'sessions/fourth-session.yaml', find: 'number: 4', replace: 'number: 2' }],
    expected: ['content/sessions/second-session.yaml: number: duplicate session number 2: also used by content/sessions/fourth-session.yaml'],
  },
  {
    kind: 'duplicate topic letter',
    mutations: [{ file: 'topics/capacity-building.yaml', find: 'letter: g', replace: 'letter: f' }],
    expected: ['content/topics/confidence-building-measures.yaml: letter: duplicate letter "f": also used by content/topics/capacity-building.yaml'],
  },
  {
    kind: 'end not after start',
    mutations: [{ file: s4, find: "start: '11:30'\n        end: '13:00'\n        timeAsPrinted: 11.30 a.m.–1 p.m.\n        format: { kind: formal, attendance: in person }\n        blocks:\n          - topic: capacity-building", replace: "start: '11:30'\n        end: '11:30'\n        timeAsPrinted: 11.30 a.m.–1 p.m.\n        format: { kind: formal, attendance: in person }\n        blocks:\n          - topic: capacity-building" }],
    expected: ['content/programmes/fourth-session.yaml: days[3].slots[1].end: must be after start (11:30), got 11:30'],
  },
  {
    kind: 'slot outside the session dates',
    mutations: [{ file: s2, find: '  - date: 2022-04-01', replace: '  - date: 2022-04-02' }],
    expected: ["content/programmes/second-session.yaml: days[4].date: 2022-04-02 is outside the session's dates (2022-03-28 to 2022-04-01); meetings around a session belong in content/meetings/"],
  },
  {
    kind: 'overlapping slots on one day',
    mutations: [{ file: s4, find: "start: '11:30'\n        end: '13:00'\n        timeAsPrinted: 11.30 a.m.–1 p.m.\n        format: { kind: formal, attendance: in person }\n        blocks:\n          - topic: capacity-building", replace: "start: '11:00'\n        end: '13:00'\n        timeAsPrinted: 11.30 a.m.–1 p.m.\n        format: { kind: formal, attendance: in person }\n        blocks:\n          - topic: capacity-building" }],
    expected: ['content/programmes/fourth-session.yaml: days[3].slots[1].start: slot "2023-03-09-1130" starts at 11:00, before slot "2023-03-09-1000" ends at 11:30: slots of a day must not overlap and must be in order'],
  },
  {
    kind: 'days out of order',
    mutations: [{ file: s2, find: '  - date: 2022-03-29', replace: '  - date: 2022-03-28' }],
    expected: ['content/programmes/second-session.yaml: days[1].date: days must be in date order without repeats: 2022-03-28 comes after 2022-03-28'],
  },
  {
    kind: 'non-contiguous question numbering',
    mutations: [{ file: 'summaries/second-session-iv.mdx', find: '  - number: 9\n', replace: '  - number: 10\n' }],
    expected: ['content/summaries/second-session-iv.mdx: questions[8].number: question numbers must run 1, 2, 3… without gaps (through a slot, across its blocks): expected 9, found 10'],
  },
  {
    kind: '"continued" without an earlier block of the topic',
    mutations: [{ file: s2, find: 'subItem: Capacity-building\n', replace: 'subItem: Capacity-building\n            continued: true\n' }],
    expected: ['content/programmes/second-session.yaml: days[2].slots[1].blocks[1].continued: marked continued, but no earlier block of this session discusses topic "capacity-building"'],
  },
  {
    kind: 'question with HTML in it',
    mutations: [{ file: 'summaries/second-session-vi.mdx', find: 'text: When would be', replace: 'text: <b>When</b> would be' }],
    expected: ['content/summaries/second-session-vi.mdx: questions[2].text: must be plain text: HTML tags are not allowed'],
  },
  {
    kind: 'file of the wrong type in a collection folder',
    mutations: [{ file: 'topics/threats.yml', write: 'kind: sub-item\n' }],
    expected: ['content/topics/threats.yml: unexpected file in the topics collection: only .yaml files are read here, rename or move it'],
  },
  {
    kind: 'MDX without frontmatter',
    mutations: [{ file: 'summaries/second-session-vi.mdx', find: /^---\n/, replace: '' }],
    expected: ['content/summaries/second-session-vi.mdx: MDX file must start with YAML frontmatter between "---" lines'],
  },
  {
    kind: 'session without a programme',
    mutations: [{ file: s4, remove: true }],
    expected: ['content/sessions/fourth-session.yaml: session "fourth-session" has no programme in content/programmes/'],
  },
  {
    kind: 'document id that does not match its symbol',
    mutations: [{ file: 'documents/a-75-816.yaml', find: 'symbol: A/75/816', replace: 'symbol: A/75/815' }],
    expected: ['content/documents/a-75-816.yaml: symbol: symbol A/75/815 must live in a-75-815.yaml (the id is derived from the symbol)'],
  },
  {
    kind: 'a time that does not exist on a daylight-saving day',
    mutations: [
      { file: 'meetings/2022-03-18-preparatory-meeting.yaml', find: 'date: 2022-03-18', replace: 'date: 2022-03-13' },
      { file: 'meetings/2022-03-18-preparatory-meeting.yaml', find: "start: '09:00'", replace: "start: '02:30'" },
    ],
    expected: ['content/meetings/2022-03-18-preparatory-meeting.yaml: start: 02:30 does not exist or is ambiguous on 2022-03-13 in America/New_York'],
  },
];

describe('bad content fails with the file, the field and the problem', () => {
  test.each(cases)('$kind', ({ mutations, expected }) => {
    expect(problemsOf(mutations)).toEqual(expected);
  });

  test('every problem is reported at once, not only the first', () => {
    const problems = problemsOf([
      { file: s2, find: 'topic: informal-meeting', replace: 'topic: informal' },
      { file: s4, find: 'paragraphs: [11]', replace: 'paragraphs: [99]' },
    ]);
    expect(problems).toHaveLength(2);
  });

  test('the table covers at least ten kinds of bad content', () => {
    expect(new Set(cases.map((entry) => entry.kind)).size).toBeGreaterThanOrEqual(10);
  });
});
