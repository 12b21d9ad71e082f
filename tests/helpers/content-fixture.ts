/** Copies the real content to a temporary folder and breaks it in one precise way. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One change to one content file. */
export type Mutation =
  | { file: string; find: string | RegExp; replace: string }
  | { file: string; write: string }
  /** Removes a file or a folder (`file: ''` removes the content folder itself). */
  | { file: string; remove: true }
  /** Replaces the file (or folder) with a symbolic link to `target` (absolute, or relative to the link). */
  | { file: string; symlinkTo: string }
  /** Replaces the file with a named pipe (reading it would wait for ever). */
  | { file: string; fifo: true }
  /** Renames a file or folder (a renamed collection folder). */
  | { file: string; renameTo: string }
  /** Rewrites the file's bytes (for damage text cannot express: invalid UTF-8, a byte-order mark). */
  | { file: string; bytes: (original: Buffer) => Buffer };

/** A temporary project folder whose `content/` is the real content with the mutations applied. */
export interface ContentFixture {
  /** The temporary project root (messages name files relative to it: `content/...`). */
  root: string;
  /** `<root>/content`. */
  content: string;
  /** Deletes the folder. */
  dispose(): void;
}

/** Creates a fixture: a temporary copy of the content with the mutations applied. */
export function brokenContent(mutations: readonly Mutation[]): ContentFixture {
  const root = mkdtempSync(join(tmpdir(), 'oewg-content-'));
  const content = join(root, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  applyMutations(content, mutations);
  return { root, content, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** Applies mutations to a content folder; each `find` must match, so a fixture cannot silently stop breaking anything. */
export function applyMutations(content: string, mutations: readonly Mutation[]): void {
  for (const mutation of mutations) {
    const path = join(content, mutation.file);
    if ('write' in mutation) {
      writeFileSync(path, mutation.write);
    } else if ('remove' in mutation) {
      rmSync(path, { recursive: true });
    } else if ('symlinkTo' in mutation) {
      rmSync(path, { recursive: true, force: true });
      symlinkSync(mutation.symlinkTo, path);
    } else if ('fifo' in mutation) {
      rmSync(path, { force: true });
      const made = spawnSync('mkfifo', [path]);
      if (made.status !== 0) throw new Error(`mkfifo failed for ${mutation.file}`);
    } else if ('renameTo' in mutation) {
      renameSync(path, join(content, mutation.renameTo));
    } else if ('bytes' in mutation) {
      const original = readFileSync(path);
      const changed = mutation.bytes(original);
      if (changed.equals(original))
        throw new Error(`fixture mutation changed nothing in ${mutation.file}`);
      writeFileSync(path, changed);
    } else {
      const text = readFileSync(path, 'utf8');
      const changed = text.replace(mutation.find, mutation.replace);
      if (changed === text)
        throw new Error(
          `fixture mutation did not match in ${mutation.file}: ${String(mutation.find)}`,
        );
      writeFileSync(path, changed);
    }
  }
}

/**
 * A frozen copy of content/ (both sessions, as they were when the golden calendars were reviewed),
 * for tests that need known content: golden files, scaled corpora. Adding or editing a session in
 * content/ changes nothing here; change it only with the schema, then regenerate and review.
 */
export const frozenContent = join(projectRoot, 'tests', 'fixtures', 'frozen-content');
