/**
 * The output registry: one list of every file that is not a page. Each file lies in exactly one
 * family's pattern, no path twice; every slot has its download and every session its feed and two
 * schedules; the content of a file is its output's (the built files are compared with golden
 * copies and validated in tests/build); families whose paths do not depend on content list them.
 */
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { datasetNames, datasetSchema } from '../../../src/domain/content/schemas/export/index.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { slotDownload } from '../../../src/domain/outputs/calendar/events.ts';
import { serializeFeed } from '../../../src/domain/outputs/calendar/ics.ts';
import { buildDatasets } from '../../../src/domain/outputs/open-data/datasets.ts';
import {
  outputFamilies,
  outputFiles,
  type OutputSources,
} from '../../../src/domain/outputs/registry.ts';
import { createUrls, paths } from '../../../src/domain/site-paths.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const urls = createUrls('/oewg/', 'https://outputs.test');
const datasets = buildDatasets(site, urls);
const sources: OutputSources = {
  site,
  urls,
  datasetRecords: (name) => datasetSchema(name).parse(datasets[name]) as never,
  passages: new Map(),
};
const files = outputFiles(sources);

/** A family's pattern as a regular expression (`:name`: any characters but `/`). */
function patternOf(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split(/(:[a-z]+)/)
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
}

test("every file lies in exactly one family pattern, with that family's type; no path twice; in path order", () => {
  for (const file of files) {
    const families = outputFamilies.filter((family) => patternOf(family.pattern).test(file.path));
    expect(
      families.map((family) => family.id),
      file.path,
    ).toHaveLength(1);
    expect(file.contentType).toBe(families[0]!.contentType);
  }
  expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
  expect(files.map((file) => file.path)).toEqual(files.map((file) => file.path).sort());
});

test('every slot and meeting has a download, every session a feed and two schedules, every dataset its JSON, CSV and schema', () => {
  const published = new Set(files.map((file) => file.path));
  const expected = [
    paths.allFeed(),
    ...site.slots.map((slot) => paths.slotEvent(slot.id)),
    ...site.meetings.map((meeting) => paths.meetingEvent(meeting.id)),
    ...site.sessions.flatMap((session) => [
      paths.sessionFeed(session.id),
      paths.scheduleJson(session.id),
      paths.scheduleXml(session.id),
    ]),
    ...datasetNames.flatMap((name) => [
      paths.dataset(name),
      paths.datasetCsv(name),
      paths.datasetSchema(name),
    ]),
  ];
  expect(expected.filter((path) => !published.has(path))).toEqual([]);
});

test("a fixed list of paths is exactly the family's files", () => {
  for (const family of outputFamilies.filter((candidate) => candidate.fixedPaths)) {
    expect([...family.files(sources)].map((file) => file.path).sort()).toEqual(
      [...family.fixedPaths!].sort(),
    );
  }
});

test("a file's content is its output at this deployment, made when asked for", () => {
  const slot = site.slots[3]!;
  const download = files.find((file) => file.path === paths.slotEvent(slot.id))!;
  expect(Buffer.from(download.body()).toString('utf8')).toBe(
    serializeFeed(
      slotDownload(slot, site, { urls }),
      `https://outputs.test/oewg${paths.slotEvent(slot.id)}`,
    ),
  );
  const session = site.sessions[0]!;
  const json = JSON.parse(
    String(files.find((file) => file.path === paths.scheduleJson(session.id))!.body()),
  );
  const xml = String(files.find((file) => file.path === paths.scheduleXml(session.id))!.body());
  expect(JSON.stringify(json)).toContain('https://outputs.test/oewg/');
  expect(xml).toContain('https://outputs.test/oewg/');
  expect(
    Buffer.from(files.find((file) => file.path === paths.datasetCsv('sessions'))!.body()).toString(
      'utf8',
    ),
  ).toContain(session.id);
});

test('a test of the test: a pattern that overlaps another is caught', () => {
  const overlapping = [
    ...outputFamilies,
    { ...outputFamilies[0]!, id: 'overlap', pattern: '/calendar/:feed.ics' },
  ];
  const path = paths.allFeed();
  expect(overlapping.filter((family) => patternOf(family.pattern).test(path))).toHaveLength(2);
});
