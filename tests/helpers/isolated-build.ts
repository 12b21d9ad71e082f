/**
 * Builds a copy of the project in a temporary folder, so builds with broken content, another base
 * path or a second clean build never share `.astro/`, caches or `dist/` with the main build or with
 * each other (Astro keeps generated content modules in the project's `.astro/`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { astroEnv } from '../../tools/astro-env.ts';
import { applyMutations, projectRoot, type Mutation } from './content-fixture.ts';

/** What an isolated build left behind. */
export interface IsolatedBuild {
  /** Exit status of `astro build`. */
  status: number | null;
  /** Everything the build printed, without colour codes. */
  output: string;
  /** The temporary project root. */
  root: string;
  /** Its build output folder. */
  dist: string;
  /** Deletes the temporary project. */
  dispose(): void;
}

const copied = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the project, applies content mutations, runs `astro build` with extra environment variables. */
export function isolatedBuild(
  options: { mutations?: readonly Mutation[]; env?: Record<string, string> } = {},
): IsolatedBuild {
  const root = mkdtempSync(join(tmpdir(), 'oewg-build-'));
  for (const entry of copied) {
    if (existsSync(join(projectRoot, entry)))
      cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  applyMutations(join(root, 'content'), options.mutations ?? []);
  const result = spawnSync(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    env: astroEnv({
      OEWG_CONTENT_DIR: '',
      // Astro's default cache is node_modules/.astro, and node_modules is the project's own (a
      // link): builds running side by side would read each other's data store.
      OEWG_CACHE_DIR: join(root, '.cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...options.env,
    }),
    encoding: 'utf8',
  });
  return {
    status: result.status,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
    root,
    dist: join(root, 'dist'),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
