/**
 * The content collections: one per entry of `collectionDefinitions` (so a collection added there is
 * picked up here), each with its zod schema (for `getCollection`'s types and the JSON schemas Astro
 * writes for editors) and our loader, which validates with the domain reader and keeps its messages
 * (src/integrations/content-loader.ts). `contentProblems` holds what the loaders refused.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import type { CollectionData } from './domain/content/content-reader.ts';
import { collectionDefinitions, type CollectionName } from './domain/content/schemas/index.ts';
import { contentLoader, contentProblems } from './integrations/content-loader.ts';

const problems = contentProblems();

/** One problem, as `file: field: problem`. */
const contentIssue = z.object({
  file: z.string(),
  field: z.string(),
  message: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
});

const contentCollections = Object.fromEntries(
  (Object.keys(collectionDefinitions) as CollectionName[]).map((name) => [
    name,
    defineCollection({
      loader: contentLoader(name, problems),
      schema: collectionDefinitions[name].schema,
    }),
  ]),
) as {
  [Name in CollectionName]: ReturnType<
    typeof defineCollection<z.ZodType<CollectionData<Name>>, Loader>
  >;
};

/** Every collection Astro loads. */
export const collections = {
  ...contentCollections,
  contentProblems: defineCollection({
    loader: problems.loader,
    schema: z.object({ issues: z.array(contentIssue) }),
  }),
};
