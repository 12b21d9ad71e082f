/**
 * Which of two content files an editor has just added: a file the repository's last commit holds
 * is published, one it does not hold is new. A clash of ids or numbers is reported on the new
 * file (the one to fix), not on the page readers already know.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';

/** A field of a content file (the file relative to the project root). */
export interface FieldPlace {
  file: string;
  field: string;
}

/**
 * True when git's HEAD holds the file (`content/<collection>/<name>`, found under `contentRoot`
 * by its last two parts, as issue positions are); false when it does not, or without git.
 */
export function isCommitted(file: string, contentRoot: string): boolean {
  const path = join(contentRoot, ...file.split(/[\\/]/).slice(-2));
  // Asked only when two places clash (rare): no cache, so a commit made while `astro dev` runs counts.
  try {
    execFileSync('git', ['-C', dirname(path), 'cat-file', '-e', `HEAD:./${basename(path)}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The place to blame for a clash between an earlier place and a later one (in reading order):
 * the one in a file the last commit does not hold when only one is; otherwise the later one.
 */
export function newerPlace<Place extends FieldPlace>(earlier: Place, later: Place, contentRoot: string): Place {
  if (earlier.file !== later.file && !isCommitted(earlier.file, contentRoot) && isCommitted(later.file, contentRoot)) return earlier;
  return later;
}
