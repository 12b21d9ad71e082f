/** Topics: the sub-items of agenda item 5, and the procedural blocks of a programme. */
import { z } from 'zod';
import { label, verbatim } from './common.ts';

/** A topic. The entry id is the file name, e.g. `confidence-building-measures`. */
export const topicSchema = z
  .object({
    kind: z
      .enum(['sub-item', 'procedural'])
      .describe('An agenda item 5 sub-item of paragraph 1 of resolution 75/240, or a procedural block.'),
    letter: z
      .string()
      .regex(/^[a-z]$/, 'must be a single lower-case letter')
      .optional()
      .describe('Letter of the sub-item in paragraph 1 of resolution 75/240, as the sources print it.'),
    title: label.describe('Short title shown in navigation and calendars.'),
    officialWording: verbatim.optional().describe('The sub-item\'s official wording, word for word.'),
    order: z.number().int().nonnegative().describe('Sort order on the site.'),
  })
  .strict()
  .superRefine((topic, context) => {
    if (topic.kind === 'sub-item' && !topic.officialWording) {
      context.addIssue({ code: 'custom', path: ['officialWording'], message: 'a sub-item needs its official wording' });
    }
    if (topic.kind === 'procedural' && topic.letter) {
      context.addIssue({ code: 'custom', path: ['letter'], message: 'only sub-items have a letter' });
    }
  });

export type TopicInput = z.infer<typeof topicSchema>;
