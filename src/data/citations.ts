/**
 * Citations inside verbatim text for this build: the resolver and the back-links it yields.
 * (Dangling citations already failed the build in `buildSite`.)
 */
import { backLinksOf } from '../domain/model/back-links.ts';
import { createCitationResolver } from '../domain/model/citations.ts';
import { site } from './site.ts';

/** Resolves citations against this build's documents and report paragraphs. */
export const citationResolver = createCitationResolver(site);

/** Back-links from documents and report paragraphs to what cites them. */
export const backLinks = backLinksOf(site);

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. Citation helpers pages use.
export * from '../domain/model/citations.ts';
