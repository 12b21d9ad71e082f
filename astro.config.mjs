// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { hostHeaders } from './src/integrations/write-host-headers.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { deploymentOf } from './src/integrations/deployment.ts';
import { cleanFailedBuild } from './src/integrations/clean-failed-build.ts';
import { summaryMdxProcessor } from './src/integrations/summary-mdx.ts';
import { eagerContentModules } from './src/integrations/eager-content-modules.ts';

/**
 * `SITE_URL` (the public origin) and `BASE_PATH` (a sub-path such as `/oewg/`) say where the build
 * is published; every link, asset and feed goes through `src/domain/site-paths.ts`. Without `SITE_URL`
 * the build is local and links to `http://localhost:4321` (`npm start`); a deployment build
 * without it fails (see `resolveDeployment`): no build publishes a placeholder host.
 */
const deployment = deploymentOf(process.env);

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  trailingSlash: 'ignore',
  // Pagefind last: it indexes the pages the others helped build.
  // MDX renders the narrative summaries (src/integrations/summary-mdx.ts); content is read by
  // src/content.config.ts, and the static build loads its MDX modules with the prerender bundle
  // instead of one chunk each (eager-content-modules.ts). A failed build removes its half-written
  // output (clean-failed-build.ts).
  integrations: [
    cleanFailedBuild(),
    mdx({ processor: summaryMdxProcessor() }),
    eagerContentModules(),
    hostHeaders(),
    pagefindSearch(),
  ],
  // Stylesheets always as files: the Content-Security-Policy allows no inline <style>.
  // Eight pages at a time: while some pages' files are written, others render. Most files are
  // small feeds and downloads that render in well under a millisecond and then wait on the disk
  // (two at a time, the main thread of a 100x build sat idle for 1.7 s of the 10.5 s it spent
  // generating pages under the profiler). At 100x, medians of three pairs of cold builds: four
  // 3% faster than two, eight 5% faster than four (24 MB more peak memory), sixteen 3% faster
  // than eight; the same files every time. Eight is where the gain flattens.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Scripts always as files too: the policy allows no inline <script>, and Astro inlines a bundled
  // script smaller than Vite's assetsInlineLimit (4 KB by default) that imports nothing. Other
  // assets keep Vite's default.
  // The components' scripts and src/client/ they share go into one chunk, not one per module: a
  // session page runs nearly all of them, and each file costs a request and its own compression
  // (seven files were 3,287 B brotli, one chunk and six one-line entries 2,639 B). The search
  // page's script is its own: only /search/ runs it.
  vite: {
    build: {
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
      rollupOptions: {
        // Astro's own MDX modules carry a directive the bundler warns about once per file (a known
        // Astro issue, withastro/astro#18087): at 100x the content that is 600 lines of noise.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: 'enhancement',
                    test: /[\\/]src[\\/](?:client[\\/]|components[\\/](?!SiteSearch))/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Builds that run side by side (tests, benchmarks) each get their own content cache.
  ...(process.env.OEWG_CACHE_DIR ? { cacheDir: process.env.OEWG_CACHE_DIR } : {}),
});
