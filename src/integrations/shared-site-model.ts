/**
 * The site model the pages were built from, handed to integrations that run after them in the same
 * process (the search index). Astro renders the pages from its own bundle of `src/data/site.ts`, a
 * module instance an integration cannot import, so that module leaves the model under a global
 * key; an integration that finds none (a test, or Astro rendering elsewhere) loads the content
 * itself, which gives the same model at the cost of reading it twice.
 */
import { resolve } from 'node:path';
import { contentRoot } from '../domain/content/content-root.ts';
import type { SiteModel } from '../domain/model/model.ts';
import { loadSite } from '../domain/model/load-site.ts';

const key = Symbol.for('oewg.site-model');

/** Leaves the model for the integrations (called once by `src/data/site.ts`). */
export function shareSiteModel(model: SiteModel): void {
  (globalThis as Record<symbol, unknown>)[key] = model;
}

/** The model the pages were built from, or, if none was shared, the content loaded again. */
export function sharedSiteModel(): SiteModel {
  const shared = (globalThis as Record<symbol, unknown>)[key] as SiteModel | undefined;
  return shared ?? loadSite(resolve(contentRoot()), process.cwd());
}
