/** Export record of a topic (`/data/topics.json`). */
import { z } from 'zod';
import { contentId } from '../common.ts';
import { topicSchema } from '../topic.ts';
import { permalink } from './common.ts';

/** A topic (agenda item 5 sub-item or procedural block) with what refers to it. */
export const topicRecord = z
  .object({
    id: contentId.describe('Id of the topic, e.g. "confidence-building-measures".'),
    kind: topicSchema.shape.kind,
    letter: topicSchema.shape.letter,
    title: topicSchema.shape.title,
    officialWording: topicSchema.shape.officialWording,
    order: topicSchema.shape.order,
    slotIds: z.array(contentId).describe('Ids of the slots that discuss this sub-item, in programme order (see slots.json).'),
    questionIds: z.array(contentId).describe('Ids of the guiding questions on this topic, in order (see questions.json).'),
    summaryIds: z.array(contentId).describe('Ids of the narrative summaries on this topic (see summaries in sessions.json).'),
    permalink: permalink.optional().describe('Absolute URL of the topic page; only agenda item 5 sub-items have one (procedural blocks have none).'),
  })
  .strict()
  .describe('A topic: an agenda item 5 sub-item of paragraph 1 of resolution 75/240, or a procedural block.');

export type TopicRecord = z.infer<typeof topicRecord>;
