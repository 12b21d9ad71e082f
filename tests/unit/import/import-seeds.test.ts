/**
 * Importing each committed session's source document into an empty content folder reproduces the
 * committed session, programme, meetings and summaries; the fields that differ are exactly the
 * TODOs the import reports, and `check:content`'s reader reports each of them by file and field.
 * The sessions and their sources are found through the domain reader, never listed here.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/domain/content/content-error.ts';
import { readCollection, readContent } from '../../../src/domain/content/content-reader.ts';
import { collectionDefinitions } from '../../../src/domain/content/schemas/index.ts';
import { readCatalogue } from '../../../src/domain/import/catalogue.ts';
import { importDocument } from '../../../src/domain/import/import-document.ts';
import { todosOf, writeDraft } from '../../../src/domain/import/write-draft.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';
import {
  differingFields,
  flatten,
  programmeLeafOf,
  programmeLeaves,
  readDraftFile,
} from '../../helpers/draft-comparison.ts';

const content = join(projectRoot, 'content');
const scratch = mkdtempSync(join(tmpdir(), 'oewg-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sessions = readCollection(content, 'sessions', projectRoot).entries;
const collections = ['programmes', 'meetings', 'summaries'] as const;
/**
 * The sessions to import: a programme document is one session's, so when several sessions cite the
 * same document (copies made by tools/generate-corpus.ts or tools/extra-sessions.ts, on other
 * dates, under the same file name or a copy of the file), the first of them.
 */
const imported = [
  ...new Map(
    sessions
      .toSorted((a, b) => String(a.data.startDate).localeCompare(String(b.data.startDate)))
      .toReversed()
      .map(
        (entry) =>
          [
            readFileSync(join(content, entry.data.programmeSource.sourceText), 'utf8'),
            entry,
          ] as const,
      ),
  ).values(),
];

/** The committed files of a session, relative to the content folder, with their leaves. */
function committedFiles(sessionId: string): Map<string, Map<string, unknown>> {
  const files = new Map<string, Map<string, unknown>>();
  const session = sessions.find((entry) => entry.id === sessionId)!;
  files.set(`sessions/${sessionId}.yaml`, flatten(session.data));
  for (const name of collections) {
    for (const entry of readCollection(content, name, projectRoot).entries) {
      if (entry.data.session !== sessionId) continue;
      const path = entry.file.slice('content/'.length);
      files.set(
        path,
        name === 'programmes'
          ? programmeLeaves(entry.data as never)
          : flatten({ ...entry.data, ...(entry.body ? { body: entry.body } : {}) }),
      );
    }
  }
  return files;
}

describe.each(imported.map((entry) => [entry.id, entry] as const))(
  'importing the source of %s',
  (sessionId, session) => {
    const target = join(scratch, sessionId, 'content');
    const sourceText = readFileSync(join(content, session.data.programmeSource.sourceText), 'utf8');
    const result = importDocument(sourceText, {
      session: sessionId,
      catalogue: readCatalogue(target, content),
    });
    writeDraft(target, result.files);
    const todos = todosOf(result.files, 'content').map(
      (todo) => `${todo.file.slice('content/'.length)}: ${todo.field}`,
    );
    const programme = readDraftFile(target, `programmes/${sessionId}.yaml`) as Parameters<
      typeof programmeLeafOf
    >[0];
    /** A reported TODO as the comparison names its field (a programme's blocks counted through each day). */
    const compared = (entry: string): string => {
      const [path, field] = entry.split(': ') as [string, string];
      return `${path}: ${path.startsWith('programmes/') ? programmeLeafOf(programme, field) : field}`;
    };

    it('writes the source unchanged under the name the session cites', () => {
      expect(readFileSync(join(target, session.data.programmeSource.sourceText), 'utf8')).toBe(
        sourceText,
      );
    });

    it('writes the same files as the committed content of the session', () => {
      const drafted = result.files
        .filter((file) => file.data !== undefined)
        .map((file) => file.path)
        .sort();
      expect(drafted).toEqual([...committedFiles(sessionId).keys()].sort());
    });

    it('differs from the committed content exactly in the TODOs it reports', () => {
      const differences: string[] = [];
      for (const [path, committed] of committedFiles(sessionId)) {
        const data = readDraftFile(target, path);
        const draft = path.startsWith('programmes/')
          ? programmeLeaves(data as never)
          : flatten(data);
        differences.push(...differingFields(committed, draft).map((field) => `${path}: ${field}`));
      }
      expect(differences.sort()).toEqual(todos.map(compared).sort());
    });

    it('writes each TODO on one line, where an editor replaces it', () => {
      for (const file of result.files.filter((entry) => entry.data !== undefined)) {
        const lines = readFileSync(join(target, file.path), 'utf8').split('\n');
        for (const line of lines.filter((text) => /\bTODO\b/.test(text) && !text.startsWith('#')))
          expect(line).toMatch(/: '?TODO(?::|'|$)/);
        expect(lines.filter((text) => /^\s+TODO\b/.test(text))).toEqual([]);
      }
    });

    it('leaves TODOs that check:content reports by file and field, and nothing else', () => {
      const checked = join(scratch, sessionId, 'checked');
      for (const name of ['topics', 'documents', 'report-paragraphs'])
        cpSync(join(content, name), join(checked, name), { recursive: true });
      cpSync(target, checked, { recursive: true });
      // The content folder's shape is checked too: every collection has its folder, empty or not.
      for (const { directory } of Object.values(collectionDefinitions))
        mkdirSync(join(checked, directory), { recursive: true });
      let issues: readonly { file: string; field: string; message: string }[] = [];
      try {
        readContent(checked, join(scratch, sessionId));
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        issues = error.issues;
      }
      expect(
        issues.map((issue) => `${issue.file.replace(/^checked\//, '')}: ${issue.field}`).sort(),
      ).toEqual([...todos].sort());
      for (const issue of issues)
        expect(issue.message).toMatch(/^TODO left by the importer: .+ \(decide it from the source/);
    });
  },
);
