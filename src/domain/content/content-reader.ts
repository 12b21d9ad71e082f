/**
 * Reads content files from disk and validates each against its collection schema.
 *
 * This is the one reader of YAML and Markdown frontmatter: the Astro loaders, the scripts and the tests
 * all call it, so an editor sees the same message (file, field, problem) wherever content is read.
 * Nothing is skipped silently: an unexpected file in a collection folder is an error too.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isCollection, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { ContentError, formatFieldPath, type ContentIssue } from './content-error.ts';
import { contentTreeIssues, readContentText, regularFileProblem } from './content-files.ts';
import { collectionDefinitions, contentLimits, type CollectionName } from './schemas/index.ts';
import { containsHtmlTag, textPolicyProblem } from './text-policy.ts';
import { readPlainYaml } from './yaml-fast-path.ts';

/** One validated entry of a collection. */
export interface ContentEntry<Data> {
  /** The entry id: the file name without its extension. */
  id: string;
  /** Path of the file relative to the project root, for messages. */
  file: string;
  /** The validated data (for Markdown, the frontmatter). */
  data: Data;
  /** For Markdown entries, the body below the frontmatter (plain text, never rendered). */
  body?: string;
}

/** The data type of a collection's entries. */
export type CollectionData<Name extends CollectionName> = z.output<(typeof collectionDefinitions)[Name]['schema']>;

/** Result of reading one collection: entries, and the problems found (entries with problems are left out). */
export interface CollectionReadResult<Name extends CollectionName> {
  entries: ContentEntry<CollectionData<Name>>[];
  issues: ContentIssue[];
}

/**
 * The body of a Markdown entry: plain text, like every other text of the sources (blank and length
 * are checked by `summaryBodyProblem`, with a limit of its own: a body is longer than one text).
 */
const markdownBody = z.object({
  body: z
    .string()
    .superRefine((text, context) => {
      const problem = textPolicyProblem(text, { multiline: true });
      if (problem) context.addIssue({ code: 'custom', message: problem, input: text, continue: false });
    })
    .refine((text) => !containsHtmlTag(text), 'must be plain text: HTML tags are not allowed'),
});

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Parses YAML text, reporting syntax errors with line and column, and refusing what would make the
 * build pay for damage: aliases (an alias bomb expands a few lines into gigabytes) and nesting
 * deeper than `contentLimits.yamlDepth`. Nothing here throws: every problem names the file.
 */
function parseYaml(text: string, file: string, issues: ContentIssue[]): unknown {
  // Plain content (nearly every file) is read the fast way, with the same result (yaml-fast-path.ts).
  const plain = readPlainYaml(text, contentLimits.yamlDepth);
  if (plain) return plain.data;
  const lineCounter = new LineCounter();
  const tooDeep = `YAML nested more than ${contentLimits.yamlDepth} levels deep: content is never nested that deep`;
  try {
    // YAML 1.2 core schema: dates stay strings ("2022-03-28"), as the schemas expect.
    const document = parseDocument(text, { uniqueKeys: true, lineCounter });
    if (document.errors.some((error) => error.message.includes('Maximum call stack size exceeded'))) {
      // The parser recurses per level of nesting and reports the exhausted stack at every level: one line says it.
      issues.push({ file, field: '', message: tooDeep });
      return undefined;
    }
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const position = error.linePos?.[0];
        const where = position ? `line ${position.line}, column ${position.col}` : 'unknown position';
        const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        issues.push({ file, field: '', message: `malformed YAML at ${where}: ${reason}` });
      }
      return undefined;
    }
    const limit = yamlLimitProblem(document, lineCounter);
    if (limit) {
      issues.push({ file, field: '', message: limit === 'depth' ? tooDeep : limit });
      return undefined;
    }
    return document.toJS({ maxAliasCount: contentLimits.yamlAliases });
  } catch (error) {
    // The parser and the visitor recurse: nesting deep enough exhausts the stack before any limit is seen.
    if (error instanceof RangeError) {
      issues.push({ file, field: '', message: tooDeep });
      return undefined;
    }
    throw error;
  }
}

/** The first alias (as a message) or `'depth'` when collections nest too deep; undefined when within the limits. */
function yamlLimitProblem(document: Document, lineCounter: LineCounter): string | undefined {
  let problem: string | undefined;
  visit(document, {
    Alias(_key, node) {
      const line = node.range ? lineCounter.linePos(node.range[0]).line : 0;
      problem = `YAML alias *${node.source} at line ${line}: aliases are not allowed in content, write the value out`;
      return visit.BREAK;
    },
    Collection(_key, _node, path) {
      if (path.filter((ancestor) => isCollection(ancestor)).length + 1 > contentLimits.yamlDepth) {
        problem = 'depth';
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return problem;
}

/** Validates parsed data with a schema, turning zod issues into content issues. */
function validate<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  issues: ContentIssue[],
): z.output<Schema> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const problem = { file, field: formatFieldPath(issue.path), message: describeZodIssue(issue, valueAt(data, issue.path)) };
    // zod can give one message twice (a URL failing both its scheme and its host check): once is enough.
    const key = `${problem.field}\u0000${problem.message}`;
    if (!seen.has(key)) issues.push(problem);
    seen.add(key);
  }
  return undefined;
}

/** The value at a path inside parsed data (undefined when absent). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Words for a zod issue that an editor can act on. */
function describeZodIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) {
    return `is required (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  return issue.message;
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

/** Parses a file's text: YAML, or Markdown's YAML frontmatter and plain-text body. */
function parseEntryText(
  format: 'yaml' | 'markdown', text: string, file: string, issues: ContentIssue[],
): { raw: unknown; body?: string } | undefined {
  if (format === 'yaml') {
    const raw = parseYaml(text, file, issues);
    return raw === undefined ? undefined : { raw };
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    issues.push({ file, field: '', message: 'Markdown file must start with YAML frontmatter between "---" lines' });
    return undefined;
  }
  const raw = parseYaml(match[1]!, file, issues);
  const body = match[2]!;
  const bodyProblem = summaryBodyProblem(body);
  if (bodyProblem) {
    issues.push({ file, field: 'body', message: bodyProblem });
    return undefined;
  }
  if (validate(markdownBody, { body }, file, issues) === undefined) return undefined;
  return raw === undefined ? undefined : { raw, body };
}

/** Reads and validates every file of one collection under `contentRoot`. */
export function readCollection<Name extends CollectionName>(
  contentRoot: string,
  name: Name,
  projectRoot: string = process.cwd(),
): CollectionReadResult<Name> {
  const definition = collectionDefinitions[name];
  const directory = join(contentRoot, definition.directory);
  const extension = definition.format === 'yaml' ? '.yaml' : '.md';
  const entries: ContentEntry<CollectionData<Name>>[] = [];
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
    const { id } = named;
    const previous = seenIds.get(id);
    if (previous) {
      issues.push({ file, field: '', message: `duplicate id "${id}": also used by ${previous}` });
      continue;
    }
    seenIds.set(id, file);

    const text = readContentText(contentRoot, path, file, issues);
    if (text === undefined) continue;
    const parsed = parseEntryText(definition.format, text, file, issues);
    if (parsed === undefined) continue;
    const data = validate(definition.schema as z.ZodType<CollectionData<Name>>, parsed.raw, file, issues);
    if (data !== undefined) entries.push(parsed.body === undefined ? { id, file, data } : { id, file, data, body: parsed.body });
  }
  return { entries, issues };
}

/** Every collection, read and schema-validated. */
export type RawContent = { [Name in CollectionName]: ContentEntry<CollectionData<Name>>[] };

/** Reads every collection; throws a ContentError listing every schema problem found. */
export function readContent(contentRoot: string, projectRoot: string = process.cwd()): RawContent {
  const folders = Object.values(collectionDefinitions).map((definition) => definition.directory);
  const issues: ContentIssue[] = contentTreeIssues(contentRoot, projectRoot, folders);
  const content = {} as Record<CollectionName, ContentEntry<unknown>[]>;
  for (const name of Object.keys(collectionDefinitions) as CollectionName[]) {
    const result = readCollection(contentRoot, name, projectRoot);
    content[name] = result.entries;
    issues.push(...result.issues);
  }
  if (issues.length === 0 && content.sessions.length === 0) {
    const file = relative(projectRoot, join(contentRoot, collectionDefinitions.sessions.directory));
    issues.push({ file, field: '', message: 'no sessions: the site is built around its sessions, add at least one session file' });
  }
  if (issues.length > 0) throw new ContentError(issues);
  return content as RawContent;
}

/** What is wrong with a narrative summary's text (the Markdown body), if anything. */
function summaryBodyProblem(body: string): string | undefined {
  if (body.trim() === '') return 'must not be blank: the summary\'s text goes below the frontmatter';
  if (body.length > contentLimits.bodyCharacters) {
    return `must be at most ${contentLimits.bodyCharacters.toLocaleString('en-US')} characters, got ${body.length.toLocaleString('en-US')}`;
  }
  return undefined;
}
