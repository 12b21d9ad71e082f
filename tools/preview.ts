/** Serves a production build with `astro preview` on a free local port, for browser tests. */
import { join } from 'node:path';
import { astroEnv } from './astro-env.ts';
import { freePort, startAstroServer } from './astro-server.ts';
import { projectRoot } from './project-root.ts';

/** A running preview server. */
export interface Preview {
  /** The site's root URL, base path included, e.g. `http://127.0.0.1:40123/oewg/`. */
  url: string;
  /** Stops the server. */
  stop(): Promise<void>;
}

/** Starts `astro preview` for `outDir` (default dist/) built with `base`, and waits until it answers. */
export async function startPreview(
  options: { outDir?: string; base?: string } = {},
): Promise<Preview> {
  const port = await freePort();
  const base = options.base ?? '/';
  const args = ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'];
  if (options.outDir) args.push('--outDir', options.outDir);
  const url = `http://127.0.0.1:${port}${base}`;
  const server = await startAstroServer({
    astro: join(projectRoot, 'node_modules', '.bin', 'astro'),
    args,
    cwd: projectRoot,
    env: astroEnv({ BASE_PATH: base }),
    url,
    readyTimeoutMs: 30_000,
  });
  return { url, stop: server.stop };
}
