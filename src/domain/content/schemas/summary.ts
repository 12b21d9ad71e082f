/** Frontmatter of a narrative summary (Markdown file): the Chair's summary of a topic and its guiding questions. */
import { z } from 'zod';
import { contentId, guidingQuestion, verbatim } from './common.ts';

/** A narrative summary section. The body below the frontmatter holds the summary text, word for word, as plain text. */
export const summarySchema = z
  .object({
    session: contentId.describe('Id of the session whose preparation the summary serves.'),
    section: z
      .string()
      .regex(/^[IVX]+$/, 'must be a Roman numeral such as "IV"')
      .describe('Roman numeral of the section as printed, e.g. "IV".'),
    order: z.number().int().positive().describe('Position of the section in the annex, from 1.'),
    topic: contentId.describe('Id of the agenda item 5 sub-item the section covers.'),
    heading: verbatim.describe('Section heading as printed.'),
    questions: z.array(guidingQuestion).min(1).describe('The suggested guiding questions, in order.'),
  })
  .strict();

export type SummaryInput = z.infer<typeof summarySchema>;
