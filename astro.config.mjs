// @ts-check
import { defineConfig } from 'astro/config';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';

/**
 * `SITE_URL` and `BASE_PATH` let the same build be deployed at a domain root or under a sub-path
 * (for example `BASE_PATH=/oewg/`); every link, asset and feed goes through `src/domain/urls.ts`.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://oewg.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  // Pagefind last: it indexes the pages the others helped build.
  integrations: [hostHeaders(), pagefindSearch()],
  // Stylesheets always as files: the Content-Security-Policy allows no inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Builds that run side by side (tests, benchmarks) each get their own content cache.
  ...(process.env.OEWG_CACHE_DIR ? { cacheDir: process.env.OEWG_CACHE_DIR } : {}),
});
