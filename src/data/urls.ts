/** The link helpers of this build (base path and site from the Astro config). */
import { createUrls } from '../domain/site-paths.ts';

/** Links for pages, feeds and exports of this deployment. */
export const urls = createUrls(import.meta.env.BASE_URL, import.meta.env.SITE);

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. Paths, anchors and URL helpers pages use.
export * from '../domain/site-paths.ts';
export * from '../domain/anchors.ts';
