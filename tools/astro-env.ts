/** The environment for an `astro` child process started from a test. */
import { buildEnvironment } from './build-environment.ts';

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) and NODE_ENV=test into
 * process.env; an `astro build` that inherits them builds with BASE_URL=/ whatever the config's
 * base says. They are removed; the build's own settings (build-environment.ts) and `extra` are added.
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  return { ...env, ...buildEnvironment, ...extra };
}
