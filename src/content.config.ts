/** Declares the content collections; their schemas live in `src/domain/content/schemas/`. */
import { defineCollection } from 'astro:content';
import { domainLoader } from './data/loaders.ts';
import { collectionDefinitions as definitions } from './domain/content/schemas/index.ts';

export const collections = {
  sessions: defineCollection({ loader: domainLoader('sessions'), schema: definitions.sessions.schema }),
  programmes: defineCollection({ loader: domainLoader('programmes'), schema: definitions.programmes.schema }),
  meetings: defineCollection({ loader: domainLoader('meetings'), schema: definitions.meetings.schema }),
  topics: defineCollection({ loader: domainLoader('topics'), schema: definitions.topics.schema }),
  documents: defineCollection({ loader: domainLoader('documents'), schema: definitions.documents.schema }),
  reportParagraphs: defineCollection({ loader: domainLoader('reportParagraphs'), schema: definitions.reportParagraphs.schema }),
  summaries: defineCollection({ loader: domainLoader('summaries'), schema: definitions.summaries.schema }),
};
