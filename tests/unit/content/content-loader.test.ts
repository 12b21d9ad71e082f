/**
 * The content loader under `astro dev`'s watcher: an editor that saves in place truncates the file,
 * then writes it, and the watcher (chokidar) drops an event on a file within 5 ms of the one before.
 * The loader must read the file as it is once the save is done, not as the first event found it.
 * The watcher here is an event emitter the test drives, so each case can say exactly which events
 * arrive.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test } from 'vitest';
import type { ContentIssue } from '../../../src/domain/content/content-error.ts';
import type { CollectionName } from '../../../src/domain/content/schemas/index.ts';
import { contentLoader, settleMs } from '../../../src/integrations/content-loader.ts';
import { brokenContent, type ContentFixture } from '../../helpers/content-fixture.ts';

const summaryFile = 'summaries/second-session-vi.mdx';

/** An entry of a loader's store, as the loader writes it. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

interface Harness {
  fixture: ContentFixture;
  watcher: EventEmitter & { add(path: string): void };
  entries: Map<string, DataEntry>;
  /** Every report of the summaries collection's problems, in order. */
  reports: (readonly ContentIssue[])[];
  path: string;
}

let harness: Harness | undefined;

afterEach(() => {
  harness?.fixture.dispose();
  harness = undefined;
});

/** Loads the summaries of a copy of the real content through the loader, with a watcher the test drives. */
async function loadSummaries(): Promise<Harness> {
  const fixture = brokenContent([]);
  const entries = new Map<string, DataEntry>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: DataEntry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => entries.delete(id),
    keys: () => [...entries.keys()],
    addModuleImport: () => undefined,
    clear: () => entries.clear(),
  };
  const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const context = {
    store,
    watcher,
    logger,
    config: { root: pathToFileURL(`${fixture.root}/`) },
    generateDigest: (text: string) => text,
  } as unknown as LoaderContext;
  const reports: (readonly ContentIssue[])[] = [];
  const problems = {
    loader: { name: 'unused', load: () => Promise.resolve() },
    report: (collection: CollectionName, issues: readonly ContentIssue[]) => {
      if (collection === 'summaries') reports.push(issues);
    },
  };
  await contentLoader('summaries', problems).load(context);
  harness = { fixture, watcher, entries, reports, path: join(fixture.content, summaryFile) };
  return harness;
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, settleMs * 4));

describe('the content loader under the dev watcher', () => {
  test('a save in place whose second event the watcher dropped is read once written', async () => {
    const { watcher, reports, path, entries } = await loadSummaries();
    expect(reports).toEqual([[]]);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace('  - number: 3\n', '  - number: three\n');
    expect(edited).not.toBe(text);

    writeFileSync(path, '');
    watcher.emit('change', path);
    writeFileSync(path, edited);
    await settled();

    const problems = reports.at(-1)?.map((issue) => `${issue.file}: ${issue.field}`);
    expect(problems).toEqual(['content/summaries/second-session-vi.mdx: questions[2].number']);
    expect(reports).toHaveLength(2);
    expect(entries.has('second-session-vi')).toBe(false);
  });

  test('the events of one save are read once, and a fix recovers the entry', async () => {
    const { watcher, reports, path, entries } = await loadSummaries();
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('  - number: 3\n', '  - number: three\n'));
    watcher.emit('change', path);
    await settled();
    expect(reports.at(-1)).toHaveLength(1);

    writeFileSync(path, '');
    watcher.emit('change', path);
    writeFileSync(path, text);
    watcher.emit('change', path);
    await settled();
    expect(reports).toHaveLength(3);
    expect(reports.at(-1)).toEqual([]);
    expect(entries.has('second-session-vi')).toBe(true);
  });

  test('a change outside the collection folder does not read it again', async () => {
    const { watcher, reports, fixture } = await loadSummaries();
    watcher.emit('change', join(fixture.content, 'sessions', 'second-session.yaml'));
    await settled();
    expect(reports).toHaveLength(1);
  });
});
