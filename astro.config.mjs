// @ts-check
import { defineConfig } from 'astro/config';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { minifiedScripts } from './src/integrations/minify-scripts.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { entryFilesOutput } from './src/integrations/entry-files.ts';
import { deploymentOf } from './src/integrations/deployment.ts';
import { cleanFailedBuild } from './src/integrations/clean-failed-build.ts';

/**
 * `SITE_URL` (the public origin) and `BASE_PATH` (a sub-path such as `/oewg/`) say where the build
 * is published; every link, asset and feed goes through `src/domain/urls.ts`. Without `SITE_URL`
 * the build is local and links to `http://localhost:4321` (`npm start`); a deployment build
 * without it fails (see `resolveDeployment`): no build publishes a placeholder host.
 */
const deployment = deploymentOf(process.env);

// The files made per slot and per session (downloads, session feeds, schedules) are written while
// Pagefind's own process writes the search index: both come after the pages, and each takes
// seconds at scale, in different processes.
const entryFiles = entryFilesOutput();

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  trailingSlash: 'ignore',
  // Pagefind last: it indexes the pages the others helped build.
  // A failed build removes its half-written output (clean-failed-build.ts).
  integrations: [cleanFailedBuild(), hostHeaders(), minifiedScripts(), entryFiles.integration, pagefindSearch({ whileWriting: entryFiles.writeInto })],
  // Stylesheets always as files: the Content-Security-Policy allows no inline <style>.
  // Two pages at a time: while one page's file is written, the next one renders (at 1000x the
  // content, 33,000 files, the build otherwise waits on the disk for about a tenth of its time;
  // two measured 8 s faster of 58, with the same files; four cost some 300 MB more peak memory).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Builds that run side by side (tests, benchmarks) each get their own content cache.
  ...(process.env.OEWG_CACHE_DIR ? { cacheDir: process.env.OEWG_CACHE_DIR } : {}),
});
