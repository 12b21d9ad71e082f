/** Declares the content collections; their schemas live in `src/domain/content/schemas/`. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { domainYamlLoader } from './data/loaders.ts';
import { contentRoot } from './domain/content/content-root.ts';
import { collectionDefinitions as definitions } from './domain/content/schemas/index.ts';

export const collections = {
  sessions: defineCollection({ loader: domainYamlLoader('sessions'), schema: definitions.sessions.schema }),
  programmes: defineCollection({ loader: domainYamlLoader('programmes'), schema: definitions.programmes.schema }),
  meetings: defineCollection({ loader: domainYamlLoader('meetings'), schema: definitions.meetings.schema }),
  topics: defineCollection({ loader: domainYamlLoader('topics'), schema: definitions.topics.schema }),
  documents: defineCollection({ loader: domainYamlLoader('documents'), schema: definitions.documents.schema }),
  reportParagraphs: defineCollection({ loader: domainYamlLoader('reportParagraphs'), schema: definitions.reportParagraphs.schema }),
  summaries: defineCollection({
    loader: glob({ pattern: '*.mdx', base: pathToFileURL(resolve(contentRoot(), definitions.summaries.directory)) }),
    schema: definitions.summaries.schema,
  }),
};
