/**
 * Fields a draft leaves to a person. The importer (`npm run import`) writes every value it cannot
 * decide from the source as `TODO: <what to decide>`; this module finds them, so `check:content`,
 * the build and `astro dev` name each one by file and field instead of a type error about it.
 */
import type { ContentIssue } from './content-error.ts';
import { formatFieldPath } from './content-error.ts';

/** The word a draft's undecided value starts with. */
export const todoMarker = 'TODO';

/** True for a value the importer left undecided: a string `TODO` or `TODO: …`. */
export function isTodo(value: unknown): boolean {
  return typeof value === 'string' && /^TODO(?::|$)/.test(value.trim());
}

/** A `TODO` value for a field, with what a person must decide. */
export function todo(hint: string): string {
  return `${todoMarker}: ${hint}`;
}

/** Every undecided value inside parsed data, with its field path and hint, in document order. */
export function findTodos(data: unknown, path: PropertyKey[] = []): { field: string; hint: string }[] {
  if (typeof data === 'string' && isTodo(data)) return [{ field: formatFieldPath(path), hint: data.trim().replace(/^TODO:?\s*/, '') }];
  if (Array.isArray(data)) return data.flatMap((item, index) => findTodos(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findTodos(value, [...path, key]));
  }
  return [];
}

/** The undecided values of one file as content issues (empty when it has none). */
export function todoIssues(data: unknown, file: string): ContentIssue[] {
  return findTodos(data).map(({ field, hint }) => ({
    file,
    field,
    message: `TODO left by the importer${hint ? `: ${hint}` : ''} (decide it from the source and write the value)`,
  }));
}
