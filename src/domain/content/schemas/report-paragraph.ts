/** Paragraphs of a report that the sources cite, holding only what the sources say about them. */
import { z } from 'zod';
import { contentId, contentLimits, label, verbatim } from './common.ts';

/** A cited paragraph. The entry id is `<document>-para-<number>`, e.g. `a-77-275-para-11`. */
export const reportParagraphSchema = z
  .object({
    document: contentId.describe('Id of the document the paragraph belongs to.'),
    number: z.number().int().positive().describe('Paragraph number in the document.'),
    subject: label.describe('What the sources say the paragraph is about, in the sources\' words.'),
    statements: z
      .array(
        z
          .object({
            session: contentId.describe('Id of the session whose source says it.'),
            text: verbatim.describe('What the source says of the paragraph, word for word.'),
          })
          .strict(),
      )
      .min(1)
      .describe('What the sources say of this paragraph; nothing else is written about it.'),
    text: z
      .string()
      .refine((text) => text === '' || text.trim() !== '', 'must be empty or hold the text, not only white space')
      .max(contentLimits.textCharacters, `must be at most ${contentLimits.textCharacters.toLocaleString('en-US')} characters`)
      .default('')
      .describe('The paragraph\'s own text; empty until an editor copies it from the official document.'),
  })
  .strict();

export type ReportParagraphInput = z.infer<typeof reportParagraphSchema>;
