/**
 * What the importer matches a document against: the topics (agenda item 5 sub-items by letter or
 * wording, procedural blocks by title) and the documents (by symbol and the ways they are cited).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../content/content-reader.ts';

/** A topic as the importer matches it. */
export interface CatalogueTopic {
  id: string;
  kind: 'sub-item' | 'procedural';
  letter?: string;
  title: string;
  officialWording?: string;
}
/** A document as the importer matches it. */
export interface CatalogueDocument {
  id: string;
  symbol: string;
  citedAs: string[];
  hasParagraphs: boolean;
}

/** Topics and documents known to the content. */
export interface Catalogue {
  topics: CatalogueTopic[];
  documents: CatalogueDocument[];
}

/**
 * The catalogue of a content folder, read with the content reader; a folder without topics (an empty
 * content folder for a first import) borrows those of `fallbackRoot` (the project's `content/`).
 */
export function readCatalogue(contentRoot: string, fallbackRoot = 'content'): Catalogue {
  const root = existsSync(join(contentRoot, 'topics')) ? contentRoot : fallbackRoot;
  const topics = readCollection(root, 'topics').entries.map(({ id, data }) => ({ id, ...data }));
  const documents = readCollection(root, 'documents').entries.map(({ id, data }) => ({
    id,
    symbol: data.symbol,
    citedAs: data.citedAs,
    hasParagraphs: data.hasParagraphs,
  }));
  return { topics, documents };
}

/** Words only, lower case: wording compared with punctuation and white space aside. */
const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A sub-item's wording without its letter and "(continued)". */
export function bareSubItem(subItem: string): string {
  return subItem.replace(/^\([a-z]\)\s*/, '').replace(/\s*\(continued\)\s*$/, '');
}

/**
 * The topic of an agenda item 5 sub-item: by the letter it prints ("(f) …"), else by its wording
 * equal to a topic's official wording (punctuation aside). Undefined when neither decides.
 */
export function subItemTopic(catalogue: Catalogue, subItem: string): string | undefined {
  const letter = /^\(([a-z])\)/.exec(subItem)?.[1];
  const subItems = catalogue.topics.filter((topic) => topic.kind === 'sub-item');
  if (letter) return subItems.find((topic) => topic.letter === letter)?.id;
  const wording = words(bareSubItem(subItem));
  const matches = subItems.filter(
    (topic) => topic.officialWording && words(topic.officialWording) === wording,
  );
  return matches.length === 1 ? matches[0]!.id : undefined;
}

/**
 * The procedural topic of a heading: the one topic whose title is the heading's words after
 * "Agenda item N:", or is contained in the heading ("Informal, dedicated stakeholder segment" →
 * "Stakeholder segment"). Undefined when none or several match.
 */
export function proceduralTopic(catalogue: Catalogue, heading: string): string | undefined {
  const text = words(heading.replace(/^Agenda item \d+:\s*/i, '').replace(/\(continued\)\s*$/, ''));
  const procedural = catalogue.topics.filter((topic) => topic.kind === 'procedural');
  const exact = procedural.filter((topic) => words(topic.title) === text);
  if (exact.length === 1) return exact[0]!.id;
  const contained = procedural.filter((topic) => ` ${text} `.includes(` ${words(topic.title)} `));
  return contained.length === 1 ? contained[0]!.id : undefined;
}

/** The known documents a text names (by symbol or a way it is cited), in catalogue order. */
export function documentsNamedIn(catalogue: Catalogue, text: string): CatalogueDocument[] {
  return catalogue.documents.filter((document) =>
    [document.symbol, ...document.citedAs].some((label) => text.includes(label)),
  );
}

/** Document symbols printed in a text that the catalogue does not know, e.g. "A/78/123". */
export function unknownSymbolsIn(catalogue: Catalogue, text: string): string[] {
  const known = new Set(
    catalogue.documents.flatMap((document) => [document.symbol, ...document.citedAs]),
  );
  const symbols = [...text.matchAll(/\b[A-Z]+(?:\/[A-Z0-9.]*[A-Z0-9])+\b/g)]
    .map((match) => match[0])
    .filter((symbol) => symbol.includes('/'));
  return [...new Set(symbols)].filter((symbol) => !known.has(symbol));
}

/** The content id of a document symbol: "A/AC.292/2022/3" → "a-ac-292-2022-3". */
export function documentIdOf(symbol: string): string {
  return symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
