/**
 * An editor adds a session through the importer: `npm run import` run as a process on a small
 * note of this test's own (in the Secretariat's Markdown form, with a footnote, page furniture, a
 * question after a page break and a merged heading), under a new session id, into a scratch copy
 * of content/. The content checks pass and `astro build` with that content folder publishes the
 * session with every question; a draft with a TODO fails `check:content` and the build, naming
 * the file and the field; an import never overwrites existing files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-fixture.ts';
import { isolatedBuild } from '../helpers/isolated-build.ts';

const node = join(projectRoot, 'node_modules', '.bin', 'node');
const fixture = join(projectRoot, 'tests', 'fixtures', 'import', 'ninth-session-note.txt');
const scratch = mkdtempSync(join(tmpdir(), 'oewg-import-session-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A scratch copy of the real content. */
function contentCopy(name: string): string {
  const content = join(scratch, name, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  return content;
}

/** Runs a project script as a process. */
function run(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(node, [join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The guiding questions of the fixture: its bullets after a focused discussion. */
const fixtureQuestions = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => /^- (How|Which|What)\b/.test(line))
  .map((line) => line.slice(2));

describe('adding a session through the importer', () => {
  const content = contentCopy('clean');
  const imported = run('import.ts', [fixture, '--session', 'ninth-session', '--content', content]);

  it('drafts the source, session and programme with no TODO left, reporting the artefacts it handled', () => {
    expect(imported.status).toBe(0);
    expect(imported.output).toContain('No TODOs');
    expect(imported.output).toMatch(/page furniture/);
    expect(imported.output).toMatch(/merged heading split/);
    expect(imported.output).toMatch(/printed after a footnote or page furniture/);
    for (const file of [
      'sources/secretariat-note-2024-06-14.txt',
      'sessions/ninth-session.yaml',
      'programmes/ninth-session.yaml',
    ]) {
      expect(existsSync(join(content, file)), file).toBe(true);
    }
  });

  it('passes check:content with the new session', () => {
    const checked = run('check-content.ts', [], { OEWG_CONTENT_DIR: content });
    expect(checked.output).toMatch(/^content OK: /m);
    expect(checked.status).toBe(0);
  });

  it('builds, and the session page holds every question of the document', () => {
    const build = isolatedBuild({ env: { OEWG_CONTENT_DIR: content } });
    try {
      expect(build.status, build.output).toBe(0);
      const page = readFileSync(
        join(build.dist, 'sessions', 'ninth-session', 'index.html'),
        'utf8',
      );
      expect(fixtureQuestions.length).toBeGreaterThan(3);
      for (const question of fixtureQuestions) expect(page).toContain(question);
    } finally {
      build.dispose();
    }
  });

  it('never overwrites: a second import of the same session writes nothing and says why', () => {
    const before = readFileSync(join(content, 'programmes', 'ninth-session.yaml'), 'utf8');
    writeFileSync(join(content, 'programmes', 'ninth-session.yaml'), `${before}# edited by hand\n`);
    const again = run('import.ts', [fixture, '--session', 'ninth-session', '--content', content]);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(
      /exist already; nothing written[\s\S]*programmes\/ninth-session\.yaml/,
    );
    expect(readFileSync(join(content, 'programmes', 'ninth-session.yaml'), 'utf8')).toContain(
      '# edited by hand',
    );
  });
});

describe('a draft with a TODO', () => {
  const content = contentCopy('todo');
  const document = join(scratch, 'closure.txt');
  // "Closure of the session" is no topic's title: the importer cannot decide the topic.
  writeFileSync(
    document,
    readFileSync(fixture, 'utf8').replace(
      '**Closing of the session**',
      '**Closure of the session**',
    ),
  );
  const imported = run('import.ts', [document, '--session', 'ninth-session', '--content', content]);
  const field = 'programmes/ninth-session.yaml: days[1].slots[1].blocks[1].topic';
  // check:content and the build give the field's line and column in the file as well.
  const positioned =
    /programmes\/ninth-session\.yaml:\d+:\d+: days\[1\]\.slots\[1\]\.blocks\[1\]\.topic: /;

  it('is listed by the import', () => {
    expect(imported.status).toBe(0);
    expect(imported.output).toContain('1 TODO to decide');
    expect(imported.output).toContain(
      `${field}: topic of "Closure of the session"? See content/topics/`,
    );
  });

  it('fails check:content, naming the file and the field', () => {
    const checked = run('check-content.ts', [], { OEWG_CONTENT_DIR: content });
    expect(checked.status).toBe(1);
    expect(checked.output).toMatch(positioned);
    expect(checked.output).toContain(
      `.topic: TODO left by the importer: topic of "Closure of the session"? See content/topics/`,
    );
  });

  it('fails the build with the same line', () => {
    const build = isolatedBuild({ env: { OEWG_CONTENT_DIR: content } });
    build.dispose();
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(positioned);
    expect(build.output).toContain('.topic: TODO left by the importer');
  });
});
