/** Official documents cited by the sources. */
import { z } from 'zod';
import { label, verbatim } from './common.ts';

/** A cited document. The entry id is the symbol in lower case with hyphens, e.g. `a-77-275`. */
export const documentSchema = z
  .object({
    symbol: z
      .string()
      .regex(/^[A-Z]+(\/[A-Z0-9.]+)+$/, 'must be a UN document symbol such as "A/77/275"')
      .describe('The official document symbol; the official link is https://docs.un.org/en/<symbol>.'),
    title: label
      .optional()
      .describe(
        'What the sources call the document as a whole, word for word (the provenance test checks it), e.g. "2022 annual '
        + 'progress report". Absent when the sources name only a part of it (A/75/816: they name its annex II "the Chair\'s summary").',
      ),
    parts: z
      .array(
        z
          .object({
            part: label.describe('The cited part as the source writes it, e.g. "annex II".'),
            namedIn: verbatim.describe('The words of the source that name the part, e.g. "the Chair\'s summary (see A/75/816, annex II)".'),
          })
          .strict(),
      )
      .default([])
      .describe('Parts of the document the sources name, with the words that name them (shown instead of a title built from a part).'),
    citedAs: z.array(label).default([]).describe('Other ways the sources write this document, e.g. "resolution 75/240".'),
    hasParagraphs: z.boolean().default(false).describe('True when the site lists cited paragraphs of this document.'),
  })
  .strict();

export type DocumentInput = z.infer<typeof documentSchema>;
