/** The repository root, for scripts, tests and tools that start `astro` or read files by path. */
import { join } from 'node:path';

/** The repository root (this file lives in tools/). */
export const projectRoot = join(import.meta.dirname, '..');
