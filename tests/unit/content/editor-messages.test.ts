/**
 * Messages that point to the fix (issue 21): a text that is not the source's words, zod's defaults
 * replaced by what to write, "did you mean", and the line and column of the field in its file.
 * Each case breaks a copy of the real content in one way and pins the whole line.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError, formatIssue, type ContentIssue } from '../../../src/domain/content/content-error.ts';
import { editDistance, nearestName } from '../../../src/domain/content/did-you-mean.ts';
import { positionsIn } from '../../../src/domain/content/issue-positions.ts';
import { sourcedTexts } from '../../../src/domain/content/integrity/verbatim.ts';
import { readContent } from '../../../src/domain/content/content-reader.ts';
import { verbatimTexts } from '../../../src/domain/content/provenance.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { badContentCases } from '../../fixtures/bad-content.ts';
import { brokenContent, projectRoot, type Mutation } from '../../helpers/content-fixture.ts';

const s4 = 'programmes/fourth-session.yaml';
const s2 = 'programmes/second-session.yaml';
const summaryVi = 'summaries/second-session-vi.mdx';

/** The issues of broken content, and a look at the broken files (before the copy is deleted). */
function issuesOf(mutations: readonly Mutation[], inspect?: (content: string, issues: readonly ContentIssue[]) => void): ContentIssue[] {
  const fixture = brokenContent(mutations);
  try {
    loadSite(fixture.content, fixture.root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    inspect?.(fixture.content, error.issues);
    return [...error.issues];
  } finally {
    fixture.dispose();
  }
  throw new Error('the broken content loaded without error');
}

const linesOf = (mutations: readonly Mutation[]): string[] => issuesOf(mutations).map(formatIssue);

/**
 * The problems of the real content plus a new session file (sorted before the published ones)
 * whose number is the fourth session's; with `commit`, the real content is first committed to git,
 * as a published site's is.
 */
function clashOfNewSession(commit: boolean): string[] {
  const fixture = brokenContent([]);
  try {
    if (commit) {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: fixture.root, stdio: 'ignore' });
      git('init', '-q');
      git('add', 'content');
      git('commit', '-q', '-m', 'published content');
    }
    const fourth = readFileSync(join(fixture.content, 'sessions', 'fourth-session.yaml'), 'utf8');
    writeFileSync(join(fixture.content, 'sessions', 'a-new-session.yaml'), fourth);
    loadSite(fixture.content, fixture.root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.issues.filter((issue) => issue.message.startsWith('duplicate')).map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`);
  } finally {
    fixture.dispose();
  }
  throw new Error('the content with a clashing session loaded without error');
}

describe('a clash is reported on the file to fix', () => {
  test('the new file, the one the last commit does not hold, even when it is read first', () => {
    expect(clashOfNewSession(true)).toEqual([
      'content/sessions/a-new-session.yaml: number: duplicate session number 4: also used by content/sessions/fourth-session.yaml',
    ]);
  });

  test('without git, the file read later (test of the test: the commit decides above)', () => {
    expect(clashOfNewSession(false)).toEqual([
      'content/sessions/fourth-session.yaml: number: duplicate session number 4: also used by content/sessions/a-new-session.yaml',
    ]);
  });
});

describe('messages that point to the fix, with the line and column of the field', () => {
  test('a typo inside a guiding question: the nearest passage of the source and the word that differs', () => {
    expect(linesOf([{ file: s4, find: 'vectors and vulnerabilities that', replace: 'vectors and vulnerabilites that' }])).toEqual([
      'content/programmes/fourth-session.yaml:58:17: days[0].slots[0].blocks[2].questions[0].text: not found in source secretariat-note-2023-02-23.txt; nearest passage (line 60) differs at "vulnerabilites" → "vulnerabilities"',
    ]);
  });

  test('a changed word in a summary question, in an MDX frontmatter (lines counted from the file\'s first line)', () => {
    expect(linesOf([{ file: summaryVi, find: 'text: When would be the optimal', replace: 'text: When should be the optimal' }])).toEqual([
      'content/summaries/second-session-vi.mdx:19:5: questions[2].text: not found in source chair-letter-2022-03-07.txt; nearest passage (line 995) differs at "should" → "would"',
    ]);
  });

  test('a text that is nowhere in the source says so', () => {
    expect(linesOf([{ file: summaryVi, find: 'text: When would be the optimal time for such a dialogue to be established?', replace: 'text: Lorem ipsum dolor sit amet consectetur?' }])).toEqual([
      'content/summaries/second-session-vi.mdx:19:5: questions[2].text: not found in source chair-letter-2022-03-07.txt, nor anything close to it: copy the text from the source word for word',
    ]);
  });

  test('an empty text says what to write', () => {
    expect(linesOf([{ file: summaryVi, find: 'text: When would be the optimal time for such a dialogue to be established?', replace: 'text:' }])).toEqual([
      'content/summaries/second-session-vi.mdx:19:5: questions[2].text: is empty: write the question, word for word',
    ]);
  });

  test('continued: yes says write true or false', () => {
    const text = readFileSync(join(projectRoot, 'content', s2), 'utf8');
    const line = text.slice(0, text.indexOf('continued: true')).split('\n').length;
    expect(linesOf([{ file: s2, find: 'continued: true', replace: 'continued: yes' }])).toEqual([
      `content/programmes/second-session.yaml:${line}:13: days[0].slots[1].blocks[0].continued: write true or false, not "yes"`,
    ]);
  });

  test('an unknown field: did you mean, at the key itself', () => {
    expect(linesOf([{ file: summaryVi, find: /^questions:/m, replace: 'qestions:' }])).toEqual([
      expect.stringMatching(/^content\/summaries\/second-session-vi\.mdx:\d+:1: questions: is required: write a list/),
      expect.stringMatching(/^content\/summaries\/second-session-vi\.mdx:\d+:1: unknown field "qestions": did you mean "questions"\?$/),
    ]);
  });

  test('an unknown topic id: did you mean', () => {
    expect(linesOf([{ file: s4, find: 'topic: stakeholder-segment', replace: 'topic: stakeholder-segmnet' }])[0]).toMatch(
      /^content\/programmes\/fourth-session\.yaml:\d+:\d+: days\[3\]\.slots\[2\]\.blocks\[0\]\.topic: unknown topic "stakeholder-segmnet": did you mean "stakeholder-segment"\?; known: /,
    );
  });

  test('every problem of the bad-content corpus that names a field of a YAML or MDX file has its position, and the position is that field', () => {
    let checked = 0;
    for (const { mutations } of badContentCases) {
      issuesOf(mutations, (content, issues) => {
        for (const issue of issues) {
          if (!issue.field || issue.field === 'body' || !/\.(yaml|mdx)$/.test(issue.file)) continue;
          expect(issue.line, formatIssue(issue)).toBeDefined();
          const lines = readFileSync(join(content, ...issue.file.split('/').slice(-2)), 'utf8').replace(/^\uFEFF/, '').split('\n');
          const at = lines[issue.line! - 1]!.slice(issue.column! - 1);
          // A key (`text:`, or the key of the object a required field is missing from), or a list item where the field ends in an index.
          const last = issue.field.split('.').at(-1)!.replace(/\[\d+\]$/, '');
          const ok = /\]$/.test(issue.field) ? at.trim() !== '' : at.startsWith(`${last}:`) || /^[\w-]+:/.test(at);
          expect(ok, `${formatIssue(issue)} → ${at}`).toBe(true);
          checked += 1;
        }
      });
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('the word-for-word check', () => {
  test('checks the same texts the provenance test reads from the site model', () => {
    const content = readContent(join(projectRoot, 'content'), projectRoot);
    const fromContent = sourcedTexts(content).map((text) => text.text).sort();
    const fromModel = verbatimTexts(loadSite(join(projectRoot, 'content'), projectRoot)).map((text) => text.text).sort();
    expect(fromContent).toEqual(fromModel);
  });
});

describe('did you mean', () => {
  test('edit distance counts a swap of two letters as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('qestions', 'questions')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  test('suggests a near name, not a far one', () => {
    expect(nearestName('qestions', ['topic', 'questions', 'heading'])).toBe('questions');
    expect(nearestName('formal', ['informal', 'not stated'])).toBeUndefined();
  });
});

describe('positions', () => {
  test('a missing field gets the position of the object it is missing from', () => {
    const find = positionsIn('days:\n  - date: x\n    slots:\n      - id: a\n', 'yaml');
    expect(find('days[0].slots[0].id')).toEqual({ line: 4, column: 9 });
    expect(find('days[0].slots[0].end')).toEqual({ line: 4, column: 9 });
    expect(find('days[0].date')).toEqual({ line: 2, column: 5 });
  });
});
