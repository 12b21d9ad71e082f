/**
 * A failed build leaves no `dist/`: Astro writes pages, chunks and files into the output folder as
 * it goes, so a build that dies half-way (bad content caught late, an integration's error) would
 * leave a half-written site that a careless deploy step or `astro preview` publishes. Astro has no
 * "build failed" hook; every way a build fails ends the process with a non-zero status (Astro's CLI
 * exits 1 on an error, `failOnContentError` exits 1), so the output folder is removed on that exit.
 * A successful build (status 0) is left alone, and `astro dev` never arms the hook.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The integration: armed when a build starts, it removes the output folder if the process exits with an error. */
export function cleanFailedBuild(): AstroIntegration {
  let outDir: string | undefined;
  let armed = false;
  return {
    name: 'oewg-clean-failed-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (armed || !outDir) return;
        armed = true;
        const folder = outDir;
        process.once('exit', (code) => {
          if (code !== 0) rmSync(folder, { recursive: true, force: true });
        });
      },
    },
  };
}
