/**
 * The one Astro-aware data module: reads every collection once, checks the content across entries
 * and exports the assembled site model. Pages import from here and stay a few lines long.
 */
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import type { ContentEntry, RawContent } from '../domain/content/content-reader.ts';
import { contentRoot } from '../domain/content/content-root.ts';
import type { CollectionName } from '../domain/content/schemas/index.ts';
import { indexesOf } from '../domain/model/lookup.ts';
import { buildSite } from '../domain/model/site.ts';
import { withContentErrorsReported } from '../integrations/content-failure.ts';

/** Reads one collection as domain entries (id, file, data, body). */
async function entriesOf<Name extends CollectionName>(name: Name): Promise<RawContent[Name]> {
  const entries = await getCollection(name);
  return entries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `${contentRoot()}/${name}/${entry.id}`,
    data: entry.data,
    ...('body' in entry && typeof entry.body === 'string' ? { body: entry.body } : {}),
  })) as ContentEntry<unknown>[] as RawContent[Name];
}

const raw: RawContent = {
  sessions: await entriesOf('sessions'),
  programmes: await entriesOf('programmes'),
  meetings: await entriesOf('meetings'),
  summaries: await entriesOf('summaries'),
  topics: await entriesOf('topics'),
  documents: await entriesOf('documents'),
  reportParagraphs: await entriesOf('reportParagraphs'),
};

/** The site model, built once per build. */
export const site = withContentErrorsReported(() => buildSite(raw, resolve(contentRoot())));

/** Look-ups by id (and a few groupings) over the site model, each a map built once. */
export const indexes = indexesOf(site);
