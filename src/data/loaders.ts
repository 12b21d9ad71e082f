/**
 * Astro content loaders backed by the domain reader, so the build and the tests read YAML and
 * Markdown frontmatter the same way and report the same messages. (Astro's own `file()` loader
 * logs a YAML error and goes on without the file; ours fails the build, naming the file and the
 * field.) A Markdown body is stored as text and never rendered: the summaries are plain text, so
 * no Markdown or MDX pipeline runs at build time.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../domain/content/content-error.ts';
import { readCollection } from '../domain/content/content-reader.ts';
import { contentRoot } from '../domain/content/content-root.ts';
import { failOnContentError } from '../integrations/content-failure.ts';
import type { CollectionName } from '../domain/content/schemas/index.ts';

/** A loader for one collection of the domain (YAML files, or Markdown with YAML frontmatter). */
export function domainLoader(name: CollectionName): Loader {
  return {
    name: `oewg-${name}`,
    load: async ({ store, parseData, config }) => {
      const projectRoot = fileURLToPath(config.root);
      const { entries, issues } = readCollection(resolve(projectRoot, contentRoot()), name, projectRoot);
      if (issues.length > 0) failOnContentError(new ContentError(issues));
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
        store.set({ id: entry.id, data, filePath: entry.file, ...(entry.body === undefined ? {} : { body: entry.body }) });
      }
    },
  };
}

/** The former name, kept for callers written before summaries moved from MDX to Markdown. */
export const domainYamlLoader = domainLoader;
