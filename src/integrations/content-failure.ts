/**
 * Ends a build that met bad content with the `file: field: problem` lines alone. Astro would print
 * a thrown error with its location and stack trace, which points into our code rather than at the
 * content and buries the lines an editor needs; anything that is not a content problem is rethrown.
 * In `astro dev` the error is thrown instead: Astro shows it in its error overlay, the server stays
 * up, and the next page load after a fix builds the model again.
 */
import { ContentError } from '../domain/content/content-error.ts';

/** Prints a content error's lines to stderr and exits with status 1; rethrows any other error. */
export function failOnContentError(error: unknown): never {
  if (!(error instanceof ContentError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

/** Runs `work`; a ContentError ends the build with its lines only, or, when `keepRunning` (dev), is thrown. */
export async function withContentErrorsReported<Result>(
  work: () => Promise<Result>,
  keepRunning = false,
): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    if (keepRunning) throw error;
    return failOnContentError(error);
  }
}

/** The same for synchronous work (reading a source text while the pages are built). */
export function withContentErrorsReportedNow<Result>(
  work: () => Result,
  keepRunning = false,
): Result {
  try {
    return work();
  } catch (error) {
    if (keepRunning) throw error;
    return failOnContentError(error);
  }
}
