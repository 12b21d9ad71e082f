/**
 * The glossary: acronyms delegates type and the words they stand for. Search uses it both ways (an
 * acronym finds its expansion, the expansion finds the acronym); the glossary page shows it with
 * where each expansion comes from. Words the site adds must be sourced: an expansion is either
 * printed with its acronym in a source (lines given, checked) or the standard UN usage.
 */
import { z } from 'zod';
import { label } from './common.ts';

/** Where a source prints an acronym beside its expansion: the source text and its lines. */
export const glossarySourceLines = z
  .object({
    sourceText: z
      .string()
      .regex(/^sources\/[a-z0-9-]+\.txt$/, 'must be a source text under content/sources/, e.g. "sources/chair-letter-2022-03-07.txt"')
      .describe('The source text (under the content folder) that prints the acronym with its expansion.'),
    firstLine: z.number().int().positive().describe('First line (counted from 1) of the passage that prints both.'),
    lastLine: z.number().int().positive().describe('Last line of that passage.'),
  })
  .strict();

/** A glossary entry. The entry id is the file name, e.g. `cbm`. */
export const glossaryEntrySchema = z
  .object({
    acronym: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{1,11}$/, 'must be one word of letters (and digits), e.g. "CBM" or "PoC"')
      .describe('The acronym as it is written, singular: "CBM", "PoC".'),
    expansion: label.describe('What the acronym stands for, singular, as the source prints it or as the UN uses it.'),
    source: z
      .union([z.literal('UN usage'), glossarySourceLines])
      .describe('The lines of a source that print the acronym beside its expansion, or "UN usage" for the standard United Nations expansion.'),
  })
  .strict();

export type GlossaryEntryInput = z.infer<typeof glossaryEntrySchema>;
