/**
 * The sessions `npm run test:extra-sessions` adds (tools/extra-sessions.ts): two valid sessions
 * under new ids, each with a source text of its own, every file already there kept byte for byte.
 * The suite itself then runs on that content in CI (.ci/run), which proves that adding a session
 * needs no test edited.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { addGeneratedSessions } from '../../../tools/extra-sessions.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const real = join(projectRoot, 'content');
const root = mkdtempSync(join(tmpdir(), 'oewg-extra-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file below a folder, relative to it. */
const filesBelow = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

test('adds two valid sessions under new ids and changes no file already there', () => {
  const content = join(root, 'content');
  cpSync(real, content, { recursive: true });
  const added = addGeneratedSessions(content);
  const before = loadSite(real, projectRoot);
  // Valid: the whole model loads, with every content check.
  const after = loadSite(content, root);
  const newIds = after.sessions
    .map((session) => session.id)
    .filter((id) => !before.sessions.some((session) => session.id === id));
  expect(newIds).toHaveLength(2);
  expect(added.filter((file) => file.startsWith('sessions/')).sort()).toEqual(
    newIds.map((id) => `sessions/${id}.yaml`).sort(),
  );
  for (const id of newIds) {
    const session = after.sessions.find((entry) => entry.id === id)!;
    expect(session.slots.length, id).toBeGreaterThan(0);
    // Named as the working group names its sessions, by number.
    expect(session.name, id).toMatch(/^([A-Z][a-z]+ substantive session|Substantive session \d+)$/);
    expect(
      before.sessions.some((entry) => entry.name === session.name),
      id,
    ).toBe(false);
    // Its own source text, among the added files: editing a real source changes no generated session.
    expect(added, id).toContain(session.programmeSource.sourceText);
    expect(
      before.sessions.some(
        (entry) => entry.programmeSource.sourceText === session.programmeSource.sourceText,
      ),
      id,
    ).toBe(false);
  }
  for (const file of filesBelow(real))
    expect(readFileSync(join(content, file)).equals(readFileSync(join(real, file))), file).toBe(
      true,
    );
  expect(filesBelow(content)).toEqual([...filesBelow(real), ...added].sort());
});
