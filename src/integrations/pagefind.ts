/**
 * Builds the Pagefind search index after the site is built: one record per marked element (see
 * search-records.ts), written with Pagefind's UI files into `<outDir>/pagefind/`. Any error that
 * Pagefind reports fails the build; the Pagefind service is always closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type * as PagefindModule from 'pagefind';
import { htmlFilesOf, searchRecordsOfPage, sitePathOf } from './search-records.ts';

/** The part of Pagefind's Node API the index needs (a fake one can be passed in tests). */
export type PagefindApi = Pick<typeof PagefindModule, 'createIndex' | 'close'>;

/** What was indexed and where it was written. */
export interface SearchIndexSummary {
  pages: number;
  records: number;
  outputPath: string;
}

/** Throws if a Pagefind call reported errors. */
function failOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes the records of the built pages in `outDir` and writes the bundle to `<outDir>/pagefind/`. */
export async function buildSearchIndex(options: { outDir: string; pagefind?: PagefindApi }): Promise<SearchIndexSummary> {
  const pagefind = options.pagefind ?? (await import('pagefind'));
  try {
    const created = await pagefind.createIndex({});
    failOnErrors('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    let pages = 0;
    let records = 0;
    for (const file of htmlFilesOf(options.outDir)) {
      const pageRecords = searchRecordsOfPage(readFileSync(file, 'utf8'), sitePathOf(options.outDir, file));
      if (pageRecords.length > 0) pages += 1;
      // A page's records go to the Pagefind service together (one round trip per page, not per
      // record); pages stay in file order.
      const responses = await Promise.all(pageRecords.map((record) => index.addHTMLFile(record)));
      responses.forEach((response, position) => failOnErrors(`addHTMLFile (${pageRecords[position]!.url})`, response.errors));
      records += pageRecords.length;
    }
    if (records === 0) throw new Error(`no search records in ${options.outDir}: no built page has a data-search-record element`);
    const written = await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') });
    failOnErrors('writeFiles', written.errors);
    return { pages, records, outputPath: written.outputPath };
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
        const summary = await buildSearchIndex({ outDir: fileURLToPath(dir) });
        logger.info(`${summary.records} search records from ${summary.pages} pages written to ${summary.outputPath}`);
      },
    },
  };
}
