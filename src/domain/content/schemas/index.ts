/** Every content collection: its folder under `content/`, its file format and its schema. */
import type { z } from 'zod';
import { documentSchema } from './document.ts';
import { glossaryEntrySchema } from './glossary.ts';
import { meetingSchema } from './meeting.ts';
import { programmeSchema } from './programme.ts';
import { reportParagraphSchema } from './report-paragraph.ts';
import { sessionSchema } from './session.ts';
import { summarySchema } from './summary.ts';
import { topicSchema } from './topic.ts';

export * from './common.ts';
export * from './document.ts';
export * from './glossary.ts';
export * from './meeting.ts';
export * from './programme.ts';
export * from './report-paragraph.ts';
export * from './session.ts';
export * from './summary.ts';
export * from './topic.ts';

/** Description of one collection. */
export interface CollectionDefinition<Schema extends z.ZodType = z.ZodType> {
  /** Folder under the content root. */
  directory: string;
  /** File format: YAML data, or MDX prose (plain paragraphs, see summary-mdx.ts) with YAML frontmatter. */
  format: 'yaml' | 'mdx';
  /** The zod schema of an entry (of the frontmatter, for MDX). */
  schema: Schema;
}

/** The collections, keyed by name. */
export const collectionDefinitions = {
  sessions: { directory: 'sessions', format: 'yaml', schema: sessionSchema },
  programmes: { directory: 'programmes', format: 'yaml', schema: programmeSchema },
  meetings: { directory: 'meetings', format: 'yaml', schema: meetingSchema },
  summaries: { directory: 'summaries', format: 'mdx', schema: summarySchema },
  topics: { directory: 'topics', format: 'yaml', schema: topicSchema },
  documents: { directory: 'documents', format: 'yaml', schema: documentSchema },
  reportParagraphs: { directory: 'report-paragraphs', format: 'yaml', schema: reportParagraphSchema },
  glossary: { directory: 'glossary', format: 'yaml', schema: glossaryEntrySchema },
} as const satisfies Record<string, CollectionDefinition>;

/** Name of a collection. */
export type CollectionName = keyof typeof collectionDefinitions;
