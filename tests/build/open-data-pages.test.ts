/**
 * Round trip between the JSON exports and the HTML pages: every guiding question and every slot of
 * questions.json / slots.json is on the built session pages, under the id the export names.
 *
 * TO ENABLE after the session pages (src/pages/sessions/[session]/index.astro and the summaries
 * page) are merged: rename this file to `open-data-pages.test.ts`. It is named `.test.todo.ts` so
 * the open-data branch, which has no session pages, does not run it.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { readBuilt } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const model = loadSite(join(projectRoot, 'content'), projectRoot);

/** Every `id` attribute of a built page. */
function idsOf(sitePath: string): Set<string> {
  return new Set([...readBuilt(sitePath).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

const questions = JSON.parse(readBuilt(paths.dataset('questions'))) as {
  id: string;
  sessionId: string;
  permalink: string;
  origin: { kind: 'slot' | 'summary' };
}[];
const slots = JSON.parse(readBuilt(paths.dataset('slots'))) as {
  id: string;
  sessionId: string;
  permalink: string;
}[];
const idsByPage = new Map<string, Set<string>>();

/** Whether the element a permalink points to exists: its page is built and holds the id. */
function permalinkTargetExists(permalink: string): boolean {
  // The default build has base path "/", so a permalink's path is the site path of the page.
  const { pathname, hash } = new URL(permalink);
  if (!idsByPage.has(pathname)) idsByPage.set(pathname, idsOf(pathname));
  return idsByPage.get(pathname)!.has(hash.slice(1));
}

describe('questions.json and the session pages', () => {
  test('questions.json holds every question of the model', () => {
    expect(questions).toHaveLength(model.questions.length);
  });

  test.each(questions.map((question) => [question.id, question] as const))(
    '%s is an id on the page its permalink names',
    (id, question) => {
      const { pathname, hash } = new URL(question.permalink);
      expect(hash).toBe(`#${id}`);
      expect([paths.session(question.sessionId), paths.summaries(question.sessionId)]).toContain(
        pathname,
      );
      expect(permalinkTargetExists(question.permalink)).toBe(true);
    },
  );
});

describe('slots.json and the session pages', () => {
  test('slots.json holds every slot of the model', () => {
    expect(slots).toHaveLength(model.slots.length);
  });

  test.each(slots.map((slot) => [slot.id, slot] as const))(
    'slot %s is an id on its session page, where its permalink points',
    (id, slot) => {
      const { pathname, hash } = new URL(slot.permalink);
      expect(pathname).toBe(paths.session(slot.sessionId));
      expect(hash).toBe(`#slot-${id}`);
      expect(permalinkTargetExists(slot.permalink)).toBe(true);
    },
  );
});
