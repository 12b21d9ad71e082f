/**
 * Reads content files from disk and validates each against its collection schema.
 *
 * This is the one reader of YAML and MDX frontmatter: the content loader (src/content.config.ts), the scripts and the tests
 * all call it, so an editor sees the same message (file, field, problem) wherever content is read.
 * Nothing is skipped silently: an unexpected file in a collection folder is an error too.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type z } from 'zod';
import { ContentError, formatFieldPath, type ContentIssue } from './content-error.ts';
import { contentTreeIssues, readContentText, regularFileProblem } from './content-files.ts';
import { parseContentYaml } from './content-yaml.ts';
import { collectionDefinitions, contentLimits, type CollectionName } from './schemas/index.ts';
import { summaryText } from './summary-mdx.ts';
import { textPolicyProblem } from './text-policy.ts';
import { todoIssues } from './todo-markers.ts';
import { positionsIn, withPositionsFrom, type PositionOf } from './issue-positions.ts';
import { contentErrorMap, fieldsAt, unknownFieldMessage } from './zod-messages.ts';

/** One validated entry of a collection. */
export interface ContentEntry<Data> {
  /** The entry id: the file name without its extension. */
  id: string;
  /** Path of the file relative to the project root, for messages. */
  file: string;
  /** The validated data (for MDX, the frontmatter). */
  data: Data;
  /** For MDX entries, the text of the body below the frontmatter (its paragraphs, as plain text). */
  body?: string;
}

/** The data type of a collection's entries. */
export type CollectionData<Name extends CollectionName> = z.output<(typeof collectionDefinitions)[Name]['schema']>;

/** Each collection's schema, typed by its name: a reader generic in the name keeps that name's data type. */
const collectionSchemas: { readonly [Name in CollectionName]: { readonly schema: z.ZodType<CollectionData<Name>> } } = collectionDefinitions;

/** Result of reading one collection: entries, and the problems found (entries with problems are left out). */
export interface CollectionReadResult<Name extends CollectionName> {
  entries: ContentEntry<CollectionData<Name>>[];
  issues: ContentIssue[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses YAML text (content-yaml.ts); a problem is recorded against the whole file. */
function parseYaml(text: string, file: string, issues: ContentIssue[]): unknown {
  const parsed = parseContentYaml(text);
  if ('data' in parsed) return parsed.data;
  issues.push({ file, field: '', message: parsed.problem });
  return undefined;
}

/**
 * Validates parsed data with a schema, turning zod issues into content issues whose messages say
 * what to write (zod-messages.ts). An unknown field is one issue per field, placed at its key.
 */
function validate<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  issues: ContentIssue[],
  positionOf: PositionOf,
): z.output<Schema> | undefined {
  const result = schema.safeParse(data, { error: contentErrorMap(schema) });
  if (result.success) return result.data;
  const seen = new Set<string>();
  const add = (field: string, message: string, at: string): void => {
    // zod can give one message twice (a URL failing both its scheme and its host check): once is enough.
    const key = `${field}\u0000${message}`;
    if (!seen.has(key)) issues.push({ file, field, message, ...positionOf(at) });
    seen.add(key);
  };
  for (const issue of result.error.issues) {
    const field = formatFieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(schema, issue.path);
      for (const key of issue.keys) add(field, unknownFieldMessage(key, known), formatFieldPath([...issue.path, key]));
    } else {
      add(field, issue.message, field);
    }
  }
  return undefined;
}

/** Lists the files of a collection folder, sorted so that ids and messages come in a stable order. */
function listFiles(directory: string): string[] {
  try {
    // A link in place of the folder is reported by the content-tree check, and not followed.
    if (!lstatSync(directory).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(directory).sort();
}

/** The entry id of a file of a collection, or a problem with its name (undefined for files to pass over). */
function entryIdOf(
  name: CollectionName, fileName: string, path: string, extension: string,
): { id: string } | { problem: string } | undefined {
  if (fileName.startsWith('.')) return undefined;
  // Looked at before anything else, and without following a link: a link, a pipe or a device is never read.
  const fileProblem = regularFileProblem(path);
  if (fileProblem) return fileProblem === 'is a folder where a file is expected' ? undefined : { problem: fileProblem };
  if (!fileName.endsWith(extension)) {
    return { problem: `unexpected file in the ${name} collection: only ${extension} files are read here, rename or move it` };
  }
  const id = fileName.slice(0, -extension.length);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    return { problem: `file name "${id}" must be lower-case words and digits joined by hyphens (it is the entry id)` };
  }
  return { id };
}

/** Parses a file's text: YAML, or MDX's YAML frontmatter and the plain text of its body. */
function parseEntryText(
  format: 'yaml' | 'mdx', text: string, file: string, issues: ContentIssue[],
): { raw: unknown; body?: string } | undefined {
  if (format === 'yaml') {
    const raw = parseYaml(text, file, issues);
    return raw === undefined ? undefined : { raw };
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    issues.push({ file, field: '', message: 'MDX file must start with YAML frontmatter between "---" lines' });
    return undefined;
  }
  const raw = parseYaml(match[1]!, file, issues);
  const body = match[2]!;
  const bodyProblem = summaryBodyProblem(body);
  if (bodyProblem) {
    issues.push({ file, field: 'body', message: bodyProblem });
    return undefined;
  }
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  // The characters first, in the body as written (a line and column an editor finds).
  const characterProblem = textPolicyProblem(body, { multiline: true });
  if (characterProblem) {
    issues.push({ file, field: 'body', message: characterProblem });
    return undefined;
  }
  const read = summaryText(body, bodyLine);
  if ('problem' in read) {
    issues.push({ file, field: 'body', message: read.problem });
    return undefined;
  }
  return raw === undefined ? undefined : { raw, body: read.text };
}

/** One file of a collection folder, named. */
export interface CollectionFile {
  /** The entry id (the file name without its extension). */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, for messages. */
  file: string;
}

/** The file extension of a collection's entries. */
export function extensionOf(name: CollectionName): string {
  return collectionDefinitions[name].format === 'yaml' ? '.yaml' : '.mdx';
}

/**
 * The entry files of one collection folder, in name order, and the problems with the names
 * (a file of another type, a name that is not an id, a duplicate id).
 */
export function collectionFiles(
  contentRoot: string, name: CollectionName, projectRoot: string = process.cwd(),
): { files: CollectionFile[]; issues: ContentIssue[] } {
  const directory = join(contentRoot, collectionDefinitions[name].directory);
  const extension = extensionOf(name);
  const files: CollectionFile[] = [];
  const issues: ContentIssue[] = [];
  const seenIds = new Map<string, string>();
  for (const fileName of listFiles(directory)) {
    const path = join(directory, fileName);
    const file = relative(projectRoot, path);
    const named = entryIdOf(name, fileName, path, extension);
    if (!named) continue;
    if ('problem' in named) {
      issues.push({ file, field: '', message: named.problem });
      continue;
    }
    const previous = seenIds.get(named.id);
    if (previous) {
      issues.push({ file, field: '', message: `duplicate id "${named.id}": also used by ${previous}` });
      continue;
    }
    seenIds.set(named.id, file);
    files.push({ id: named.id, path, file });
  }
  return { files, issues };
}

/** Parses and validates one entry's text (already read with `readContentText`); problems go to `issues`. */
export function parseEntry<Name extends CollectionName>(
  name: Name, { id, file }: Pick<CollectionFile, 'id' | 'file'>, text: string, issues: ContentIssue[],
): ContentEntry<CollectionData<Name>> | undefined {
  const definition = collectionDefinitions[name];
  const parsed = parseEntryText(definition.format, text, file, issues);
  if (parsed === undefined) return undefined;
  // Positions are looked up only for a file with a problem (a second parse, with `yaml`).
  let finder: PositionOf | undefined;
  const positionOf: PositionOf = (field) => (finder ??= positionsIn(text, definition.format))(field);
  // A draft's undecided values are reported as such, not as the type errors they would cause.
  const todos = todoIssues(parsed.raw, file);
  if (todos.length > 0) {
    issues.push(...withPositionsFrom(todos, positionOf));
    return undefined;
  }
  const data = validate(collectionSchemas[name].schema, parsed.raw, file, issues, positionOf);
  if (data === undefined) return undefined;
  return parsed.body === undefined ? { id, file, data } : { id, file, data, body: parsed.body };
}

/** Reads and validates every file of one collection under `contentRoot`. */
export function readCollection<Name extends CollectionName>(
  contentRoot: string,
  name: Name,
  projectRoot: string = process.cwd(),
): CollectionReadResult<Name> {
  const { files, issues } = collectionFiles(contentRoot, name, projectRoot);
  const entries: ContentEntry<CollectionData<Name>>[] = [];
  for (const named of files) {
    const text = readContentText(contentRoot, named.path, named.file, issues);
    if (text === undefined) continue;
    const entry = parseEntry(name, named, text, issues);
    if (entry) entries.push(entry);
  }
  return { entries, issues };
}

/** Every collection, read and schema-validated. */
export type RawContent = { [Name in CollectionName]: ContentEntry<CollectionData<Name>>[] };

/** Reads every collection; throws a ContentError listing every schema problem found. */
export function readContent(contentRoot: string, projectRoot: string = process.cwd()): RawContent {
  const issues: ContentIssue[] = contentShapeIssues(contentRoot, projectRoot);
  const content = {} as Record<CollectionName, ContentEntry<unknown>[]>;
  for (const name of Object.keys(collectionDefinitions) as CollectionName[]) {
    const result = readCollection(contentRoot, name, projectRoot);
    content[name] = result.entries;
    issues.push(...result.issues);
  }
  if (issues.length === 0 && content.sessions.length === 0) issues.push(noSessionsIssue(contentRoot, projectRoot));
  if (issues.length > 0) throw new ContentError(issues);
  return content as RawContent;
}

/** The content folder's shape: it exists and holds the collection folders and sources/, nothing unknown, no links. */
export function contentShapeIssues(contentRoot: string, projectRoot: string = process.cwd()): ContentIssue[] {
  const folders = Object.values(collectionDefinitions).map((definition) => definition.directory);
  return contentTreeIssues(contentRoot, projectRoot, folders);
}

/** The problem of a content folder without sessions (a renamed or emptied folder would build an empty site). */
export function noSessionsIssue(contentRoot: string, projectRoot: string = process.cwd()): ContentIssue {
  const file = relative(projectRoot, join(contentRoot, collectionDefinitions.sessions.directory));
  return { file, field: '', message: 'no sessions: the site is built around its sessions, add at least one session file' };
}

/** What is wrong with a narrative summary's text (the MDX body), if anything. */
function summaryBodyProblem(body: string): string | undefined {
  if (body.trim() === '') return 'must not be blank: the summary\'s text goes below the frontmatter';
  if (body.length > contentLimits.bodyCharacters) {
    return `must be at most ${contentLimits.bodyCharacters.toLocaleString('en-US')} characters, got ${body.length.toLocaleString('en-US')}`;
  }
  return undefined;
}
