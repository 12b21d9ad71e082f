/** Export record of a cited document (`/data/documents.json`). */
import { z } from 'zod';
import { contentId } from '../common.ts';
import { documentSchema } from '../document.ts';
import { citationRecord, citedInRecord, permalink } from './common.ts';

/** An official document cited by the sources, with its official link and back-links. */
export const documentRecord = z
  .object({
    id: contentId.describe('Id of the document: its symbol in lower case with hyphens, e.g. "a-77-275".'),
    symbol: documentSchema.shape.symbol,
    title: documentSchema.shape.title,
    parts: documentSchema.shape.parts,
    citedAs: documentSchema.shape.citedAs,
    hasParagraphs: documentSchema.shape.hasParagraphs,
    officialUrl: z.url().describe('The official link: https://docs.un.org/en/<symbol>.'),
    permalink: permalink.describe('Absolute URL of the document on the site: its report page where the site lists its paragraphs, otherwise its entry in the documents list.'),
    citedIn: z.array(citedInRecord).describe('Every element that cites the document, in text or by reference, in site order: the list its page shows under "Cited in" / "Cited by".'),
    citations: z.array(citationRecord).describe('The same places as citedIn, in the same order, each with the citations made there (in text or by reference).'),
  })
  .strict()
  .describe('An official document cited by the sources.');

export type DocumentRecord = z.infer<typeof documentRecord>;
