/** Look-ups by id: same answers as a linear search, one index per list. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupBy, indexById, indexesOf, sessionById } from '../../../src/domain/model/lookup.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

describe('sessionById', () => {
  const site = loadSite(resolve(projectRoot, 'content'), projectRoot);

  test.each(site.sessions.map((session) => [session.id]))(
    'finds %s as a linear search does',
    (id) => {
      expect(sessionById(site.sessions, id)).toBe(
        site.sessions.find((session) => session.id === id),
      );
    },
  );

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

describe('indexesOf: every look-up of pages, components and outputs, one map per kind', () => {
  const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
  const indexes = indexesOf(site);

  test('answers as a linear search does, for every id of every kind', () => {
    const kinds = [
      'sessions',
      'slots',
      'questions',
      'summaries',
      'meetings',
      'topics',
      'documents',
      'reportParagraphs',
    ] as const;
    for (const kind of kinds) {
      const list = site[kind] as readonly { id: string }[];
      expect(list.length, kind).toBeGreaterThan(0);
      for (const entry of list)
        expect(indexes[kind].get(entry.id), `${kind} ${entry.id}`).toBe(
          list.find((candidate) => candidate.id === entry.id),
        );
    }
  });

  test('gives each slot its day and position as the programme file has them', () => {
    for (const session of site.sessions) {
      session.days.forEach((day, dayIndex) =>
        day.slots.forEach((slot, slotIndex) => {
          expect(indexes.slotPositions.get(slot.id)).toEqual({ dayIndex, slotIndex });
        }),
      );
    }
  });

  test('groups report paragraphs by document in display order', () => {
    for (const document of site.documents) {
      expect(indexes.paragraphsByDocument.get(document.id) ?? []).toEqual(
        site.reportParagraphs.filter((paragraph) => paragraph.documentId === document.id),
      );
    }
  });

  test('is built once per model, and a different model gets its own', () => {
    expect(indexesOf(site)).toBe(indexes);
    const other = loadSite(resolve(projectRoot, 'content'), projectRoot);
    expect(indexesOf(other)).not.toBe(indexes);
    expect(indexesOf(other).slots.get(site.slots[0]!.id)).toBe(other.slots[0]);
  });

  test('is shown to notice a model changed after indexing only through a new model (test of the test)', () => {
    const copy = { ...site, slots: site.slots.slice(1) };
    expect(indexesOf(copy).slots.has(site.slots[0]!.id)).toBe(false);
    expect(indexes.slots.has(site.slots[0]!.id)).toBe(true);
  });
});

test('groupBy keeps the order of the list inside each group', () => {
  const groups = groupBy(
    [
      { k: 'a', n: 1 },
      { k: 'b', n: 2 },
      { k: 'a', n: 3 },
    ],
    (entry) => entry.k,
  );
  expect([...groups.keys()]).toEqual(['a', 'b']);
  expect(groups.get('a')!.map((entry) => entry.n)).toEqual([1, 3]);
});
