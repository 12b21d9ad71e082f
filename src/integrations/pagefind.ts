/**
 * Builds the Pagefind search index after the site is built, from the built pages as they are
 * (Pagefind's `addDirectory`): pages that print search results mark their main content
 * `data-pagefind-body` (all others are left out), each result is an element with an id and
 * `data-pagefind-title` (a sub-result), filters and metadata are Pagefind's own attributes. Written
 * into `<outDir>/pagefind/`. Any error that Pagefind reports fails the build; the Pagefind service
 * is always closed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type * as PagefindModule from 'pagefind';

/** The part of Pagefind's Node API the index needs (a fake one can be passed in tests). */
export type PagefindApi = Pick<typeof PagefindModule, 'createIndex' | 'close'>;

/** What was indexed and where it was written. */
export interface SearchIndexSummary {
  pages: number;
  outputPath: string;
}

/** Throws if a Pagefind call reported errors. */
function failOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes the built pages in `outDir` and writes the bundle to `<outDir>/pagefind/`. */
export async function buildSearchIndex(options: {
  outDir: string;
  pagefind?: PagefindApi;
}): Promise<SearchIndexSummary> {
  const pagefind = options.pagefind ?? (await import('pagefind'));
  try {
    const created = await pagefind.createIndex({});
    failOnErrors('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: options.outDir, glob: '**/*.html' });
    failOnErrors('addDirectory', added.errors);
    if (added.page_count === 0)
      throw new Error(
        `no page in ${options.outDir} is marked data-pagefind-body: nothing to search`,
      );
    const written = await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') });
    failOnErrors('writeFiles', written.errors);
    return { pages: added.page_count, outputPath: written.outputPath };
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
        logger.info(
          `search index of ${summary.pages} built pages made in ${seconds}s, written to ${summary.outputPath}`,
        );
      },
    },
  };
}
