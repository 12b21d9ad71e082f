/**
 * Builds the Pagefind search index after the site is built: one Pagefind page per built page that
 * marks search records, each record a sub-result at its anchor (see search-records.ts), so the
 * index's per-page files grow with the pages, not with the questions. What a result shows comes
 * from the site model (`searchRecordsByPage`), checked against the marked elements both ways.
 * Written into `<outDir>/pagefind/`. Any error that Pagefind reports fails the build; the Pagefind
 * service is always closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type * as PagefindModule from 'pagefind';
import { searchRecordsByPage, type SearchRecordsByPage } from '../domain/outputs/search-records.ts';
import { htmlFilesOf, searchPageOf, sitePathOf } from './search-records.ts';
import { sharedSiteModel } from './shared-site-model.ts';

/** The part of Pagefind's Node API the index needs (a fake one can be passed in tests). */
export type PagefindApi = Pick<typeof PagefindModule, 'createIndex' | 'close'>;

/** What was indexed and where it was written. */
export interface SearchIndexSummary {
  pages: number;
  records: number;
  outputPath: string;
}

/** Pages sent to Pagefind before waiting for its answers: the next pages are read while it indexes. */
const pagesInFlight = 32;

/** Throws if a Pagefind call reported errors. */
function failOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the records of the built pages in `outDir` and writes the bundle to `<outDir>/pagefind/`.
 * `records` defaults to the records of the model the pages were built from.
 */
export async function buildSearchIndex(options: {
  outDir: string;
  records?: SearchRecordsByPage;
  pagefind?: PagefindApi;
}): Promise<SearchIndexSummary> {
  const pagefind = options.pagefind ?? (await import('pagefind'));
  try {
    const created = await pagefind.createIndex({});
    failOnErrors('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const recordsByPage = options.records ?? searchRecordsByPage(sharedSiteModel());
    const indexed = new Set<string>();
    let records = 0;
    let inFlight: Promise<void>[] = [];
    for (const file of htmlFilesOf(options.outDir)) {
      const sitePath = sitePathOf(options.outDir, file);
      const page = searchPageOf(readFileSync(file, 'utf8'), sitePath, recordsByPage.get(sitePath));
      if (!page) continue;
      indexed.add(sitePath);
      records += page.records;
      inFlight.push(index.addHTMLFile(page).then((response) => failOnErrors(`addHTMLFile (${page.url})`, response.errors)));
      if (inFlight.length >= pagesInFlight) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    await Promise.all(inFlight);
    if (records === 0) throw new Error(`no search records in ${options.outDir}: no built page has a data-search-record element`);
    const unbuilt = [...recordsByPage.keys()].filter((path) => !indexed.has(path));
    if (unbuilt.length > 0) throw new Error(`the site model has search records on pages that were not built: ${unbuilt.join(', ')}`);
    const written = await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') });
    failOnErrors('writeFiles', written.errors);
    return { pages: indexed.size, records, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}

/** The integration; register it after the others in astro.config.mjs. */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'oewg-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const summary = await buildSearchIndex({ outDir });
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`${summary.records} search records from ${summary.pages} pages indexed in ${seconds}s, written to ${summary.outputPath}`);
      },
    },
  };
}
