/**
 * Writes an import's files into a content folder (YAML through js-yaml's `dump`, summaries as
 * Markdown with frontmatter, the source unchanged) and lists the TODOs they hold. An existing
 * file is never overwritten unless asked: an import drafts new content, it does not edit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import { findTodos } from '../content/todo-markers.ts';
import type { DraftFile } from './draft.ts';

/** One undecided value of a written file. */
export interface DraftTodo {
  file: string;
  field: string;
  hint: string;
}

const yaml = (data: unknown): string =>
  dump(data, { lineWidth: 100, noRefs: true, quotingType: "'" });

/** Wraps a paragraph at about 100 characters (the width of the content files). */
function wrap(text: string): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= 100)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** The text of a draft file as it is written. */
export function draftFileText(file: DraftFile, source: string): string {
  if (file.data === undefined) return file.text ?? '';
  const header = `# Drafted by \`npm run import\` from ${source}. A value "TODO: …" is one the document does not decide:\n# write it, then run npm run check:content.\n`;
  if (file.path.endsWith('.mdx'))
    return `---\n${header}${yaml(file.data)}---\n\n${wrap(file.text ?? '')}\n`;
  return `${header}${yaml(file.data)}`;
}

/** The TODOs of draft files, each with the file's path under `contentLabel` (e.g. `content`). */
export function todosOf(files: readonly DraftFile[], contentLabel: string): DraftTodo[] {
  return files.flatMap((file) => {
    const found = findTodos(file.data);
    if (file.path.endsWith('.mdx'))
      found.push(...findTodos(file.text).map((entry) => ({ ...entry, field: 'body' })));
    return found.map(({ field, hint }) => ({ file: join(contentLabel, file.path), field, hint }));
  });
}

/**
 * Writes the files under `contentRoot`. Throws, writing nothing, when a file exists with other
 * content and `overwrite` is not set.
 */
export function writeDraft(
  contentRoot: string,
  files: readonly DraftFile[],
  options: { overwrite?: boolean } = {},
): string[] {
  const source = files.find((file) => file.data === undefined)?.path ?? 'the document';
  const texts = files.map((file) => ({
    path: join(contentRoot, file.path),
    text: draftFileText(file, source),
  }));
  const clashes = texts
    .filter(({ path, text }) => existsSync(path) && readFileSync(path, 'utf8') !== text)
    .map(({ path }) => path);
  if (clashes.length > 0 && !options.overwrite) {
    throw new Error(
      `these files exist already; nothing written (choose another --session, or pass --force to overwrite):\n${clashes.map((path) => `  ${path}`).join('\n')}`,
    );
  }
  for (const { path, text } of texts) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return texts.map(({ path }) => path);
}
