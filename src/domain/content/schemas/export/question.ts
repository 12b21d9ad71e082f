/** Export record of a guiding question (`/data/questions.json`). */
import { z } from 'zod';
import { contentId, documentReference, guidingQuestion, verbatim } from '../common.ts';
import { permalink, sourcePassageRecord } from './common.ts';

/** Where a question is printed: a programme slot (and which block), or a narrative summary. */
export const questionOrigin = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('slot').describe('Printed in the programme of work, under a time slot.'),
        slotId: contentId.describe('Id of the slot (see slots.json).'),
        blockIndex: z.number().int().nonnegative().describe('Position of the agenda block inside the slot, from 0.'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('summary').describe('Printed in a narrative summary of previous discussions.'),
        summaryId: contentId.describe('Id of the narrative summary (see summaries in sessions.json).'),
        section: z.string().regex(/^[IVX]+$/).describe('Roman numeral of the summary section, e.g. "IV".'),
      })
      .strict(),
  ])
  .describe('Where the question is printed.');

/** A guiding question suggested by the Chair, with its place in a session. */
export const questionRecord = z
  .object({
    id: contentId.describe('Globally unique id of the question, also its HTML anchor: "q-<slot or summary id>-<number>".'),
    sessionId: contentId.describe('Id of the session (see sessions.json).'),
    topicId: contentId.describe('Id of the topic, an agenda item 5 sub-item (see topics.json).'),
    number: guidingQuestion.shape.number,
    text: verbatim.describe('The question, word for word.'),
    group: guidingQuestion.shape.group,
    references: z.array(documentReference).describe('Documents and paragraphs the question cites.'),
    origin: questionOrigin,
    permalink: permalink.describe('Absolute URL of the question on the session page or the narrative summaries page.'),
    source: sourcePassageRecord.optional(),
  })
  .strict()
  .describe('A guiding question, as printed in a programme or in narrative summaries (the letter of 7 March 2022 calls them the Chair\'s "suggested guiding questions"; the note of 23 February 2023 names no author).');

export type QuestionRecord = z.infer<typeof questionRecord>;
