/**
 * What may be a content file: a regular file inside the content folder (never a symbolic link, a
 * device, a pipe or a socket, and nothing that resolves outside the folder), within the size limit,
 * valid UTF-8. A source text (`content/sources/*.txt`) is held to the same rules and to the
 * character policy (text-policy.ts). And the folder's shape: the content folder exists and holds the
 * collection folders and `sources/`, nothing unknown, none missing.
 *
 * A source that was a link to `/proc/self/environ` published the build's environment; a pipe would
 * hang the build. So every file is looked at with `lstat` before it is opened, and its real path is
 * checked against the content folder's.
 */
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError, type ContentIssue } from './content-error.ts';
import { contentLimits } from './schemas/common.ts';
import { textPolicyProblem } from './text-policy.ts';

/** The folder of the source texts, under the content folder. */
export const sourcesFolder = 'sources';

/** What a file system entry is, in words, when it is not a regular file or a folder. */
function specialKind(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** The problem with an entry that must be a regular file, or undefined. */
export function regularFileProblem(path: string): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return 'cannot be read: the file is missing';
  }
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'is a folder where a file is expected';
  return `is ${specialKind(stats)}: content must be regular files committed to the repository, put the file itself here`;
}

/** True when `path` (a real path) is the folder `root` (a real path) or inside it. */
const inside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * A content file's bytes: refused with the file's path when it is not a regular file inside the
 * content folder or larger than the limit (checked before the file is read).
 */
function readContentBytes(contentRoot: string, path: string, file: string, issues: ContentIssue[]): Buffer | undefined {
  const problem = regularFileProblem(path);
  if (problem) {
    issues.push({ file, field: '', message: problem });
    return undefined;
  }
  // A folder on the way that is a link (the walk reports it) must not carry a file out of the content folder.
  if (!inside(realpathSync(contentRoot), realpathSync(path))) {
    issues.push({ file, field: '', message: 'resolves outside the content folder: content must be files inside it' });
    return undefined;
  }
  const size = lstatSync(path).size;
  if (size > contentLimits.fileBytes) {
    issues.push({ file, field: '', message: `file is ${size.toLocaleString('en-US')} bytes, more than the limit of ${contentLimits.fileBytes.toLocaleString('en-US')}: content files are far smaller` });
    return undefined;
  }
  return readFileSync(path);
}

/** The 1-based line of the first invalid UTF-8 sequence (a newline byte is never part of a multi-byte character). */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    if (!isUtf8(bytes.subarray(start, index))) break;
    line += 1;
    start = index + 1;
  }
  return line;
}

/**
 * A content file's text: refused, with the file and the first bad line, when it is not a regular
 * file inside the content folder, too large, or not valid UTF-8 (never published as replacement
 * characters); a byte-order mark is dropped, so every format accepts one.
 */
export function readContentText(contentRoot: string, path: string, file: string, issues: ContentIssue[]): string | undefined {
  const bytes = readContentBytes(contentRoot, path, file, issues);
  if (bytes === undefined) return undefined;
  if (!isUtf8(bytes)) {
    issues.push({ file, field: '', message: `invalid UTF-8 at line ${firstInvalidLine(bytes)}: save the file as UTF-8` });
    return undefined;
  }
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * A source text by its path relative to the content folder (`sources/x.txt`), held to every rule of
 * a content file and to the character policy (a source has lines). Problems name the source file
 * as `file` (its path relative to the project root).
 */
export function checkedSourceText(contentRoot: string, source: string, file: string, issues: ContentIssue[]): string | undefined {
  const path = join(contentRoot, source);
  const text = readContentText(contentRoot, path, file, issues);
  if (text === undefined) return undefined;
  const problem = textPolicyProblem(text, { multiline: true });
  if (problem) {
    issues.push({ file, field: '', message: problem });
    return undefined;
  }
  return text;
}

/** A source text for the build; throws a ContentError naming the file when it breaks a rule. */
export function readSourceText(contentRoot: string, source: string, projectRoot: string = process.cwd()): string {
  const issues: ContentIssue[] = [];
  const text = checkedSourceText(contentRoot, source, relative(projectRoot, join(contentRoot, source)), issues);
  if (text === undefined) throw new ContentError(issues);
  return text;
}

/** Entries of a folder, without hidden ones (`.gitkeep`), sorted for stable messages. */
function visibleEntries(directory: string): string[] {
  return readdirSync(directory).filter((name) => !name.startsWith('.')).sort();
}

/**
 * Problems with the shape of the content folder: missing or empty, a symbolic link or special file
 * anywhere in it, a folder that is no collection (a renamed one), a collection folder missing, a
 * file in `sources/` that is not a `.txt` source. Files inside collection folders are the reader's.
 */
export function contentTreeIssues(contentRoot: string, projectRoot: string, collectionFolders: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const rootFile = relative(projectRoot, contentRoot) || '.';
  let stats: Stats | undefined;
  try {
    stats = lstatSync(contentRoot);
  } catch {
    stats = undefined;
  }
  if (!stats) return [{ file: rootFile, field: '', message: 'the content folder is missing: the site is built from it (set OEWG_CONTENT_DIR or restore content/)' }];
  if (!stats.isDirectory()) return [{ file: rootFile, field: '', message: `the content folder is ${stats.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}: it must be a folder in the repository` }];
  const entries = visibleEntries(contentRoot);
  if (entries.length === 0) return [{ file: rootFile, field: '', message: `the content folder is empty: it needs the folders ${[...collectionFolders, sourcesFolder].join(', ')}` }];
  const known = [...collectionFolders, sourcesFolder];
  for (const name of entries) {
    const path = join(contentRoot, name);
    const file = relative(projectRoot, path);
    const entry = lstatSync(path);
    if (!entry.isDirectory() && !entry.isFile()) {
      issues.push({ file, field: '', message: regularFileProblem(path)! });
    } else if (!known.includes(name)) {
      const what = entry.isDirectory() ? 'folder' : 'file';
      issues.push({ file, field: '', message: `unknown ${what} in the content folder: it holds only the folders ${[...known].sort().join(', ')} (rename or move it)` });
    } else if (!entry.isDirectory()) {
      issues.push({ file, field: '', message: `must be a folder (the ${name} ${name === sourcesFolder ? 'source texts' : 'collection'})` });
    } else if (name === sourcesFolder) {
      issues.push(...sourceFolderIssues(path, projectRoot));
    }
  }
  for (const name of known) {
    if (!entries.includes(name)) {
      issues.push({ file: join(rootFile === '.' ? '' : rootFile, name), field: '', message: `the ${name} folder is missing: every collection and the source texts have a folder in the content folder (restore or rename it back)` });
    }
  }
  return issues;
}

/** Every entry of `sources/` must be a regular `.txt` file (the sources the sessions name are read and checked by the integrity rules). */
function sourceFolderIssues(directory: string, projectRoot: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const name of visibleEntries(directory)) {
    const path = join(directory, name);
    const file = relative(projectRoot, path);
    const problem = regularFileProblem(path);
    if (problem) issues.push({ file, field: '', message: problem });
    else if (!name.endsWith('.txt')) issues.push({ file, field: '', message: `unexpected file in ${relative(projectRoot, directory)}: only .txt source texts are read here, rename or move it` });
  }
  return issues;
}
