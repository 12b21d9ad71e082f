/**
 * `astro dev` on a scratch copy of the project (its own content, `.astro/` and content cache), for
 * tests and the benchmark that edit content while the server runs: the real content is never
 * touched.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroEnv } from './astro-env.ts';
import { freePort, startAstroServer, type AstroServer } from './astro-server.ts';
import { projectRoot as defaultRoot } from './project-root.ts';

/** A running dev server on a scratch project. */
export interface DevServer {
  /** The site's root URL, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** The scratch project's root (its content is `<root>/content`). */
  root: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Replaces `find` with `replace` in a content file (relative to `content/`); the find must match. */
  edit(file: string, find: string, replace: string): void;
  /** Stops the server and deletes the scratch project. */
  stop(): Promise<void>;
}

const copied = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Starts `astro dev` on a fresh copy of the project (default: this checkout) and waits until it
 * serves the home page; `contentDir` replaces the project's content (a benchmark corpus).
 */
export async function startDevServer(
  options: { projectRoot?: string; contentDir?: string; readyTimeoutMs?: number } = {},
): Promise<DevServer> {
  const projectRoot = options.projectRoot ?? defaultRoot;
  const root = mkdtempSync(join(tmpdir(), 'oewg-dev-'));
  for (const entry of copied) {
    const from =
      entry === 'content' && options.contentDir ? options.contentDir : join(projectRoot, entry);
    if (existsSync(from)) cpSync(from, join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const port = await freePort();
  const env = astroEnv({
    OEWG_CONTENT_DIR: '',
    OEWG_CACHE_DIR: join(root, '.cache'),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  // With VITEST set, Astro's dev server installs no page handler (it assumes it runs inside a test's Vite).
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  const url = `http://127.0.0.1:${port}/`;
  let server: AstroServer;
  try {
    // The first request waits for Vite to optimise dependencies: tens of seconds on a busy machine.
    server = await startAstroServer({
      astro: join(projectRoot, 'node_modules', '.bin', 'astro'),
      args: ['dev', '--port', String(port), '--host', '127.0.0.1'],
      cwd: root,
      env,
      url,
      readyTimeoutMs: options.readyTimeoutMs ?? 120_000,
      exitHint: 'is node_modules/.bin on PATH? run through npm',
    });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const stop = async (): Promise<void> => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
  const edit = (file: string, find: string, replace: string): void => {
    const path = join(root, 'content', file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(find)) throw new Error(`dev-server edit did not match in ${file}: ${find}`);
    writeFileSync(path, text.replace(find, replace));
  };
  return { url, root, output: server.output, edit, stop };
}
