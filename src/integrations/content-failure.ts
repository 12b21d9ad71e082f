/**
 * Ends a build that met bad content with the `file: field: problem` lines alone. Astro would print
 * a thrown error with its location and stack trace, which points into our loader rather than at the
 * content and buries the lines an editor needs; anything that is not a content problem is rethrown.
 */
import { ContentError } from '../domain/content/content-error.ts';

/** Prints a content error's lines to stderr and exits with status 1; rethrows any other error. */
export function failOnContentError(error: unknown): never {
  if (!(error instanceof ContentError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

/** Runs `work`; a ContentError ends the build with its lines only. */
export function withContentErrorsReported<Result>(work: () => Result): Result {
  try {
    return work();
  } catch (error) {
    return failOnContentError(error);
  }
}
