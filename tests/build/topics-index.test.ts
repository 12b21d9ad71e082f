/**
 * The topics index counts, per topic, the time slots and guiding questions of the most recent
 * sessions and of all sessions; every count equals the one counted here from the model's sessions
 * (slots with a block under the topic, questions on the topic), not through the page's own helper.
 */
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { subItemTopics } from '../../src/domain/model/browse.ts';
import type { Session, SiteModel } from '../../src/domain/model/model.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { comparedSessions } from '../../src/domain/model/topic-comparison.ts';
import { readBuilt } from '../helpers/built-site.ts';

const site = loadSite(resolve('content'));

/** The table of a topics index page as text: topic id → session id (or `all`) → cell text. */
function tableOf(html: string) {
  const table = parse(html).querySelector('table#topic-counts')!;
  return {
    caption: table.querySelector('caption')?.text,
    columns: table.querySelectorAll('thead th[scope="col"]').map((header) => header.text),
    rows: Object.fromEntries(
      table.querySelectorAll('tbody tr').map((row) => [
        row.getAttribute('data-topic')!,
        Object.fromEntries(
          row.querySelectorAll('td').map((cell) => [
            cell.getAttribute('data-session')!,
            cell
              .querySelectorAll('span')
              .map((line) => line.text)
              .join(', '),
          ]),
        ),
      ]),
    ),
    rowHeaders: table.querySelectorAll('tbody th[scope="row"]').length,
  };
}

/** What a cell must say, counted from the sessions themselves. */
function expectedCell(sessions: readonly Session[], topicId: string): string {
  const slots = sessions.reduce(
    (sum, session) =>
      sum +
      session.slots.filter((slot) => slot.blocks.some((block) => block.topicId === topicId)).length,
    0,
  );
  const questions = sessions.reduce(
    (sum, session) =>
      sum + session.questions.filter((question) => question.topicId === topicId).length,
    0,
  );
  return `${slots} ${slots === 1 ? 'time slot' : 'time slots'}, ${questions} ${questions === 1 ? 'guiding question' : 'guiding questions'}`;
}

/** The table the topics index must show for a model. */
function expectedTable(model: SiteModel) {
  const recent = model.sessions.slice(-comparedSessions);
  return Object.fromEntries(
    subItemTopics(model).map((topic) => [
      topic.id,
      {
        ...Object.fromEntries(
          recent.map((session) => [session.id, expectedCell([session], topic.id)]),
        ),
        all: expectedCell(model.sessions, topic.id),
      },
    ]),
  );
}

describe('the topics index', () => {
  const html = readBuilt('/topics/');

  test('is an accessible table: a caption, column headers for the recent sessions and all, a row header per topic', () => {
    const table = tableOf(html);
    expect(table.caption).toBe('Time slots and guiding questions per topic and session');
    expect(table.columns).toEqual([
      'Topic',
      ...site.sessions.slice(-comparedSessions).map((session) => session.name),
      `All ${site.sessions.length} sessions this site holds`,
    ]);
    expect(table.rowHeaders).toBe(subItemTopics(site).length);
  });

  test('counts, per topic and session, the time slots and guiding questions of the model', () => {
    expect(Object.keys(tableOf(html).rows)).toHaveLength(subItemTopics(site).length);
    expect(tableOf(html).rows).toEqual(expectedTable(site));
  });

  test('a wrong count is caught (a test of the test)', () => {
    const broken = html.replace(
      /(<td data-part="[^"]*" data-session="fourth-session"><span>)(\d+)/,
      (_match, before: string, count: string) => `${before}${Number(count) + 1}`,
    );
    expect(broken).not.toBe(html);
    expect(tableOf(broken).rows).not.toEqual(expectedTable(site));
  });
});
