/** Look-ups by id: same answers as a linear search, one index per list. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexById, sessionById } from '../../src/domain/model/lookup.ts';
import { loadSite } from '../../src/domain/model/site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

describe('sessionById', () => {
  const site = loadSite(resolve(projectRoot, 'content'), projectRoot);

  test.each(site.sessions.map((session) => [session.id]))('finds %s as a linear search does', (id) => {
    expect(sessionById(site.sessions, id)).toBe(site.sessions.find((session) => session.id === id));
  });

  test('is undefined for an unknown id', () => {
    expect(sessionById(site.sessions, 'no-such-session')).toBeUndefined();
  });
});

test('each list gets its own index, built once', () => {
  const first = [{ id: 'a', value: 1 }];
  const second = [{ id: 'a', value: 2 }];
  expect(indexById(first).get('a')?.value).toBe(1);
  expect(indexById(second).get('a')?.value).toBe(2);
  expect(indexById(first)).toBe(indexById(first));
});
