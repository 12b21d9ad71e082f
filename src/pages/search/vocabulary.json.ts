/** The search page's vocabulary for "Did you mean" (see search-vocabulary.ts): a JSON array of words. */
import { type APIRoute } from 'astro';
import { site } from '../../data/site.ts';
import { searchVocabulary } from '../../data/search.ts';

/** The vocabulary, derived from the content at build time. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchVocabulary(site)), {
    headers: { 'Content-Type': 'application/json' },
  });
