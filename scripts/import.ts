/**
 * Drafts a session's content from its programme document:
 * `npm run import -- <document> --session <id> [--content <dir>] [--force]`.
 * Writes the source, session, programme, meetings and summaries (src/domain/import/) and lists
 * what it handled and every TODO left to a person, as `file: field: what to decide`.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../src/domain/import/catalogue.ts';
import { importDocument } from '../src/domain/import/import-document.ts';
import { todosOf, writeDraft } from '../src/domain/import/write-draft.ts';

const usage = 'usage: npm run import -- <document> --session <id> [--content <dir>] [--force]';

/** A path as the editor typed it: relative inside the project, absolute outside. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside || '.';
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      session: { type: 'string' },
      content: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
    },
  });
  const [documentPath] = positionals;
  if (!documentPath || !values.session || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.session)) {
    console.error(
      `--session "${values.session}": write lower-case words and digits joined by hyphens, e.g. "fifth-session"`,
    );
    return 2;
  }
  const content = resolve(values.content);
  const result = importDocument(readFileSync(documentPath, 'utf8'), {
    session: values.session,
    catalogue: readCatalogue(content),
  });
  const written = writeDraft(content, result.files, { overwrite: values.force });
  const label = shown(content);
  console.log(
    `Wrote ${written.length} files:\n${written.map((path) => `  ${shown(path)}`).join('\n')}`,
  );
  if (result.handled.length > 0)
    console.log(
      `\nHandled in the extracted text (check):\n${result.handled.map((line) => `  - ${line}`).join('\n')}`,
    );
  const todos = todosOf(result.files, label);
  console.log(
    todos.length === 0
      ? '\nNo TODOs: run npm run check:content.'
      : `\n${todos.length} TODO${todos.length === 1 ? '' : 's'} to decide from the document, then run npm run check:content:\n${todos.map((entry) => `  ${entry.file}: ${entry.field}: ${entry.hint}`).join('\n')}`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
