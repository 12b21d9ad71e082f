/** Official documents cited by the sources. */
import { z } from 'zod';
import { label } from './common.ts';

/** A cited document. The entry id is the symbol in lower case with hyphens, e.g. `a-77-275`. */
export const documentSchema = z
  .object({
    symbol: z
      .string()
      .regex(/^[A-Z]+(\/[A-Z0-9.]+)+$/, 'must be a UN document symbol such as "A/77/275"')
      .describe('The official document symbol; the official link is https://docs.un.org/en/<symbol>.'),
    title: label.describe('Title of the document as the sources give it.'),
    citedAs: z.array(label).default([]).describe('Other ways the sources write this document, e.g. "resolution 75/240".'),
    hasParagraphs: z.boolean().default(false).describe('True when the site lists cited paragraphs of this document.'),
  })
  .strict();

export type DocumentInput = z.infer<typeof documentSchema>;
