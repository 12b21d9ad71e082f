/** What search knows of the site's pages, from the site model: each page's results, its filter values, the glossary. */
import { searchPageFilters, searchRecordsByPage } from '../domain/outputs/search-records.ts';
import { site } from './site.ts';

/** Every search result of the site, by page and anchor (built once per build). */
export const searchRecords = searchRecordsByPage(site);

/** The session and topic filter values of a page (those of its results). */
export function searchFiltersOf(path: string): { session: string[]; topic: string[] } {
  return searchPageFilters(searchRecords.get(path)?.values() ?? []);
}

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. Search records, filters and query helpers pages use.
export * from '../domain/outputs/search-records.ts';
export * from '../domain/search/query.ts';
export * from '../domain/search/matching.ts';
export * from '../domain/search/suggest.ts';
export * from '../domain/outputs/search-vocabulary.ts';
