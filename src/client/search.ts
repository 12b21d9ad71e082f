/**
 * The query parsing, matching and suggestions the search page's script runs in the browser: pure
 * modules of src/domain/search, re-exported so that components' scripts reach the domain only
 * through src/client/.
 */
export * from '../domain/search/matching.ts';
export * from '../domain/search/query.ts';
export * from '../domain/search/suggest.ts';
