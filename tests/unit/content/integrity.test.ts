/**
 * The cross-entry checks as a table of named rules: each rule is listed once, and problems from
 * several rules and files come in file order (the messages themselves are pinned by the
 * bad-content corpus in tests/fixtures/bad-content.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/domain/content/content-reader.ts';
import { formatIssue } from '../../../src/domain/content/content-error.ts';
import { checkIntegrity, integrityRuleNames } from '../../../src/domain/content/integrity.ts';
import { brokenContent, projectRoot } from '../../helpers/content-fixture.ts';

describe('integrity rules', () => {
  test('have distinct names, one per check, at each level of the content', () => {
    expect(new Set(integrityRuleNames).size).toBe(integrityRuleNames.length);
    for (const level of ['sessions', 'programmes', 'programme days', 'programme slots', 'programme blocks', 'meetings', 'summaries', 'topics', 'documents', 'reportParagraphs']) {
      expect(integrityRuleNames.some((name) => name.startsWith(`${level}: `)), level).toBe(true);
    }
  });

  test('pass the real content', () => {
    expect(checkIntegrity(readContent(join(projectRoot, 'content'), projectRoot), join(projectRoot, 'content'))).toEqual([]);
  });

  test('report problems of several rules and files in file order, each once', () => {
    const fixture = brokenContent([
      { file: 'summaries/second-session-iv.mdx', find: 'topic: confidence-building-measures', replace: 'topic: no-such-topic' },
      { file: 'programmes/second-session.yaml', find: '  - date: 2022-03-29', replace: '  - date: 2022-03-28' },
      { file: 'sessions/fourth-session.yaml', find: 'number: 4', replace: 'number: 2' },
    ]);
    try {
      const issues = checkIntegrity(readContent(fixture.content, fixture.root), fixture.content);
      expect(issues.map((issue) => `${issue.file}: ${issue.field}`)).toEqual([
        'content/sessions/second-session.yaml: number',
        'content/programmes/second-session.yaml: days[1].date',
        // Its slots' ids name 29 March: they now disagree with the day.
        'content/programmes/second-session.yaml: days[1].slots[0].id',
        'content/programmes/second-session.yaml: days[1].slots[1].id',
        'content/summaries/second-session-iv.mdx: topic',
      ]);
    } finally {
      fixture.dispose();
    }
  });

  test('refuse a session id that is a year, the address of that year\'s list of sessions', () => {
    const fourth = readFileSync(join(projectRoot, 'content', 'sessions', 'fourth-session.yaml'), 'utf8');
    const fixture = brokenContent([
      { file: 'sessions/fourth-session.yaml', remove: true },
      { file: 'sessions/2023.yaml', write: fourth },
    ]);
    try {
      const issues = checkIntegrity(readContent(fixture.content, fixture.root), fixture.content);
      expect(issues.map(formatIssue)).toContain(
        'content/sessions/2023.yaml: the session id "2023" is a year: /sessions/2023/ lists the sessions whose first day falls in 2023, so rename the file (e.g. "session-2023")');
    } finally {
      fixture.dispose();
    }
  });
});
