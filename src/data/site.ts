/**
 * The one Astro-aware data module: builds the site model from the content collections
 * (src/content.config.ts) once per build, checks the content across entries and exports the model
 * and its indexes. Pages import from here and stay a few lines long.
 *
 * The collections' loader validated every file with the domain reader and set aside what it refused
 * (the `contentProblems` collection); bad content fails the build from here with every problem as
 * `file: field: problem`. In `astro dev` the same problems are thrown to Astro's error overlay, and
 * this module is evaluated again when the content changes (Astro reloads the data store's module,
 * which this module imports through `astro:content`).
 */
import { resolve } from 'node:path';
import { getCollection, getEntry, render } from 'astro:content';
import { ContentError, type ContentIssue } from '../domain/content/content-error.ts';
import {
  contentShapeIssues,
  noSessionsIssue,
  type RawContent,
} from '../domain/content/content-reader.ts';
import { contentRoot } from '../domain/content/content-root.ts';
import { collectionDefinitions, type CollectionName } from '../domain/content/schemas/index.ts';
import { indexesOf } from '../domain/model/lookup.ts';
import { buildSite } from '../domain/model/load-site.ts';
import { withContentErrorsReported } from '../integrations/content-failure.ts';

const collectionNames = Object.keys(collectionDefinitions) as CollectionName[];

/** Every problem the loaders found, collection by collection in definition order (as `readContent` lists them). */
async function contentProblems(): Promise<ContentIssue[]> {
  const byCollection = new Map(
    (await getCollection('contentProblems')).map((entry) => [entry.id, entry.data.issues]),
  );
  return collectionNames.flatMap((name) => byCollection.get(name) ?? []);
}

/** The collections as the domain reader returns them: entries in file-name order, with their file and text. */
async function contentFromCollections(): Promise<RawContent> {
  const problems = [...contentShapeIssues(resolve(contentRoot())), ...(await contentProblems())];
  if (problems.length > 0) throw new ContentError(problems);
  const content: Partial<Record<CollectionName, unknown>> = {};
  for (const name of collectionNames) {
    const entries = await getCollection(name);
    content[name] = entries
      .map(({ id, filePath, data, body }) => ({
        id,
        file: filePath!,
        data,
        ...(body === undefined ? {} : { body }),
      }))
      // The store keeps insertion order, which edits in dev change: messages and "first wins" rules need file order.
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
  if ((content.sessions as unknown[]).length === 0)
    throw new ContentError([noSessionsIssue(resolve(contentRoot()))]);
  return content as RawContent;
}

/**
 * The site model, built once per build (paths in messages are relative to the project root). Bad
 * content ends the build with its `file: field: problem` lines only, no stack trace; in dev it is
 * shown in the error overlay and the server stays up.
 */
export const site = await withContentErrorsReported(
  async () => buildSite(await contentFromCollections(), resolve(contentRoot())),
  import.meta.env.DEV,
);

/** Look-ups by id (and a few groupings) over the site model, each a map built once. */
export const indexes = indexesOf(site);

/** The rendered MDX text of a narrative summary (its paragraphs; citations become links through `components`). */
export async function summaryContent(
  summaryId: string,
): Promise<Awaited<ReturnType<typeof render>>['Content']> {
  const entry = await getEntry('summaries', summaryId);
  if (!entry) throw new Error(`no summary "${summaryId}" in the summaries collection`);
  return (await render(entry)).Content;
}

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. The model's types.
export type * from '../domain/model/model.ts';
export type * from '../domain/content/schemas/index.ts';
