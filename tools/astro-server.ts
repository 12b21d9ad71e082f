/**
 * An Astro server (`astro dev`, `astro preview`) as a child process on a free local port: spawned,
 * its output collected, ready once its root URL answers, stopped on request. tools/dev-server.ts
 * and tools/preview.ts start theirs through it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

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

/** A running server. */
export interface AstroServer {
  /** Everything the server printed so far. */
  readonly output: () => string;
  /** Stops the server (nothing when it has exited). */
  readonly stop: () => Promise<void>;
}

/** How to start one: the `astro` binary and its arguments, and the URL that answers once ready. */
export interface AstroServerOptions {
  astro: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  url: string;
  readyTimeoutMs: number;
  /** The hint an early exit adds to its message. */
  exitHint?: string;
}

/** Starts the server and waits until `url` answers; stops it and throws when it exits or times out. */
export async function startAstroServer(options: AstroServerOptions): Promise<AstroServer> {
  const { astro, args, cwd, env, url, readyTimeoutMs } = options;
  const child: ChildProcess = spawn(astro, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: unknown): void => {
    output += String(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  const server: AstroServer = { output: () => output, stop };
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(readyTimeoutMs) });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const exitCode = child.exitCode;
  await stop();
  const command = `astro ${args[0] ?? ''}`;
  throw new Error(
    exitCode === null
      ? `${command} did not serve ${url} within ${readyTimeoutMs / 1000} s:\n${output}`
      : `${command} exited with code ${exitCode} before serving ${url}${options.exitHint ? ` (${options.exitHint})` : ''}:\n${output}`,
  );
}
