/**
 * Citations inside verbatim text for this build: the resolver and the back-links it yields.
 * (Dangling citations already failed the build in `buildSite`.)
 */
import { buildBackLinks } from '../domain/model/back-links.ts';
import { createCitationResolver } from '../domain/model/citations.ts';
import { site } from './site.ts';

/** Resolves citations against this build's documents and report paragraphs. */
export const citationResolver = createCitationResolver(site);

/** Back-links from documents and report paragraphs to what cites them. */
export const backLinks = buildBackLinks(site, citationResolver);
