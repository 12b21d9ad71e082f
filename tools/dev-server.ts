/**
 * `astro dev` on a scratch copy of the project (its own content, `.astro/` and content cache), for
 * tests and the benchmark that edit content while the server runs: the real content is never
 * touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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
import { freePort } from './preview.ts';
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
  const child: ChildProcess = spawn(
    join(projectRoot, 'node_modules', '.bin', 'astro'),
    ['dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  const edit = (file: string, find: string, replace: string): void => {
    const path = join(root, 'content', file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(find)) throw new Error(`dev-server edit did not match in ${file}: ${find}`);
    writeFileSync(path, text.replace(find, replace));
  };
  // The first request waits for Vite to optimise dependencies: tens of seconds on a busy machine.
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(readyTimeoutMs) });
      if (response.ok) return { url, root, output: () => output, edit, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const exitCode = child.exitCode;
  await stop();
  throw new Error(
    exitCode === null
      ? `astro dev did not serve ${url} within ${readyTimeoutMs / 1000} s:\n${output}`
      : `astro dev exited with code ${exitCode} before serving ${url} (is node_modules/.bin on PATH? run through npm):\n${output}`,
  );
}
