/** Serves a production build with `astro preview` on a free local port, for browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { astroEnv } from './astro-env.ts';
import { projectRoot } from './project-root.ts';

/** A running preview server. */
export interface Preview {
  /** The site's root URL, base path included, e.g. `http://127.0.0.1:40123/oewg/`. */
  url: string;
  /** Stops the server. */
  stop(): Promise<void>;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `astro preview` for `outDir` (default dist/) built with `base`, and waits until it answers. */
export async function startPreview(
  options: { outDir?: string; base?: string } = {},
): Promise<Preview> {
  const port = await freePort();
  const base = options.base ?? '/';
  const args = ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'];
  if (options.outDir) args.push('--outDir', options.outDir);
  const child: ChildProcess = spawn(join(projectRoot, 'node_modules', '.bin', 'astro'), args, {
    cwd: projectRoot,
    env: astroEnv({ BASE_PATH: base }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}${base}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer at ${url} within 30 s:\n${output}`);
}
