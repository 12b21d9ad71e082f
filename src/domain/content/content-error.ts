/**
 * Content problems, each naming the file, the field and what is wrong. The build fails with all
 * of them at once, so an editor fixes a batch rather than one error per build.
 */

/** One problem in one content file. */
export interface ContentIssue {
  /** Path of the file, relative to the project root (for example `content/programmes/second-session.yaml`). */
  file: string;
  /** Dotted field path inside the file (for example `days[0].slots[1].end`); empty for the whole file. */
  field: string;
  /** What is wrong, in words an editor understands. */
  message: string;
  /** 1-based line of the field in the file, where known (issue-positions.ts). */
  line?: number;
  /** 1-based column of the field in the file, where known. */
  column?: number;
}

/**
 * Formats one issue as `file: field: message`, or `file:line:column: field: message` where the
 * position is known (the form editors and terminals open at the line).
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  return issue.field ? `${where}: ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Thrown when content is invalid; its message lists every issue, one per line. */
export class ContentError extends Error {
  /** The individual problems, in file order. */
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid content (${count}):\n${issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Formats a zod-style path (`['days', 0, 'slots', 1, 'end']`) as `days[0].slots[1].end`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
