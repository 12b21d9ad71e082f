/** Export record of a cited report paragraph (`/data/report-paragraphs.json`). */
import { z } from 'zod';
import { contentId } from '../common.ts';
import { reportParagraphSchema } from '../report-paragraph.ts';
import { citationRecord, citedInRecord, permalink } from './common.ts';

/** A paragraph of a report that the sources cite, with what they say of it. */
export const reportParagraphRecord = z
  .object({
    id: contentId.describe('Id of the paragraph: "<document id>-para-<number>", e.g. "a-77-275-para-11".'),
    documentId: contentId.describe('Id of the document the paragraph belongs to (see documents.json).'),
    number: reportParagraphSchema.shape.number,
    subject: reportParagraphSchema.shape.subject,
    statements: reportParagraphSchema.shape.statements,
    text: reportParagraphSchema.shape.text,
    anchor: z.string().regex(/^para-\d+$/).describe('Anchor (HTML id) of the paragraph on its report page: "para-<number>".'),
    permalink: permalink.describe('Absolute URL of the paragraph on its report page.'),
    citedIn: z.array(citedInRecord).describe('Every element that cites the paragraph, in text or by reference, in site order: the list its page shows under "Cited in" / "Cited by".'),
    citations: z.array(citationRecord).describe('The same places as citedIn, in the same order, each with the citations made there (in text or by reference).'),
  })
  .strict()
  .describe('A cited paragraph of a report.');

export type ReportParagraphRecord = z.infer<typeof reportParagraphRecord>;
