/**
 * Citations inside verbatim text for this build: the resolver, checked once over every text (a
 * dangling citation fails the build with its file and field), and the back-links it yields.
 */
import { buildBackLinks, checkCitations } from '../domain/back-links.ts';
import { createCitationResolver } from '../domain/citations.ts';
import { site } from './site.ts';

/** Resolves citations against this build's documents and report paragraphs. */
export const citationResolver = createCitationResolver(site);

checkCitations(site, citationResolver);

/** Back-links from documents and report paragraphs to what cites them. */
export const backLinks = buildBackLinks(site, citationResolver);
