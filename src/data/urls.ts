/** The link helpers of this build (base path and site from the Astro config). */
import { createUrls } from '../domain/site-paths.ts';

/** Links for pages, feeds and exports of this deployment. */
export const urls = createUrls(import.meta.env.BASE_URL, import.meta.env.SITE);
