/**
 * The one Astro-aware data module: reads every collection once with the domain reader, checks the
 * content across entries and exports the assembled site model and its indexes. Pages import from
 * here and stay a few lines long.
 *
 * The content is read here directly, not through Astro content collections: the model is the only
 * consumer, and a collection would validate every entry a second time, store it, serialise the
 * store to disk and bundle it into the build (at 1000× the real content, about a quarter of the
 * build's time and a large part of its memory). Bad content fails the build from here with every
 * problem as `file: field: problem`.
 */
import { resolve } from 'node:path';
import { contentRoot } from '../domain/content/content-root.ts';
import { indexesOf } from '../domain/model/lookup.ts';
import { loadSite } from '../domain/model/site.ts';
import { withContentErrorsReported } from '../integrations/content-failure.ts';
import { shareSiteModel } from '../integrations/shared-site-model.ts';

/**
 * The site model, built once per build (paths in messages are relative to the project root). Bad
 * content ends the build with its `file: field: problem` lines only, no stack trace.
 */
export const site = withContentErrorsReported(() => loadSite(resolve(contentRoot()), process.cwd()));

// The search index, built after the pages, reads the same model (see shared-site-model.ts).
shareSiteModel(site);

/** Look-ups by id (and a few groupings) over the site model, each a map built once. */
export const indexes = indexesOf(site);
