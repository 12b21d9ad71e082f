/** Reading the production build (`dist/`) made by the global setup. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './content-fixture.ts';

/** The build output folder. */
export const distRoot = join(projectRoot, 'dist');

/** Reads a built file by its site path, e.g. `/calendar/all.ics` or `/sessions/second-session/`. */
export function readBuilt(sitePath: string): string {
  const relative = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(join(distRoot, relative), 'utf8');
}
