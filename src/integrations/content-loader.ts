/**
 * The Content Layer loader of every collection: it lists, reads and validates files with the domain
 * reader (content-reader.ts, the one reader `npm run check:content` calls too), so the data store
 * holds exactly what the reader accepts and every problem keeps its `file: field: problem` words.
 *
 * - A file whose text is unchanged (same digest, same path) is not parsed or validated again: a
 *   second build with the same cache, or an edit in `astro dev`, pays only for the files that changed.
 * - In `astro dev` the loader watches its folder and reloads the collection on any change (listing
 *   again, so a new, renamed or removed file is seen, and so are duplicate ids), once the change's
 *   events have settled (a save in place is two writes).
 * - Problems are never thrown from here (a loader's error would stop `astro dev` or be printed with a
 *   stack trace): they go to the `contentProblems` collection, and `src/data/site.ts` turns them into
 *   the build's error lines, or into Astro's error overlay in dev, where the server stays up.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentIssue } from '../domain/content/content-error.ts';
import { readContentText } from '../domain/content/content-files.ts';
import { collectionFiles, parseEntry } from '../domain/content/content-reader.ts';
import { contentRoot } from '../domain/content/content-root.ts';
import { collectionDefinitions, type CollectionName } from '../domain/content/schemas/index.ts';

/** Where the content problems of each collection are kept, for `src/data/site.ts` to report. */
export interface ContentProblems {
  /** The loader of the `contentProblems` collection: one entry per content collection, its issues. */
  loader: Loader;
  /** Records a collection's problems after each load (an empty list when it has none). */
  report(collection: CollectionName, issues: readonly ContentIssue[]): void;
}

type Store = LoaderContext['store'];

/**
 * The problems collection. Content loaders run side by side and reload one by one in dev, so each
 * writes its own entry; the problems loader only hands over its store (and clears what an earlier
 * run left in a persisted store).
 */
export function contentProblems(): ContentProblems {
  let store: Store | undefined;
  const latest = new Map<CollectionName, readonly ContentIssue[]>();
  const write = (collection: CollectionName, issues: readonly ContentIssue[]): void => {
    // The issues as their own digest: an unchanged list is not written again.
    store?.set({ id: collection, data: { issues: [...issues] }, digest: JSON.stringify(issues) });
  };
  return {
    loader: {
      name: 'oewg-content-problems',
      // eslint-disable-next-line @typescript-eslint/require-await -- Astro's Loader type asks for a promise; the work is synchronous
      load: async (context) => {
        store = context.store;
        store.clear();
        for (const [collection, issues] of latest) write(collection, issues);
      },
    },
    report(collection, issues) {
      latest.set(collection, issues);
      write(collection, issues);
    },
  };
}

/** The content folder and the project root the messages name files from. */
function rootsOf(context: LoaderContext): { content: string; project: string } {
  const project = fileURLToPath(context.config.root);
  return { content: resolve(project, contentRoot()), project };
}

/** Reads one collection into the store, skipping files whose text has not changed; returns the problems. */
function syncCollection(name: CollectionName, context: LoaderContext): ContentIssue[] {
  const { store } = context;
  const generateDigest = (text: string): string => context.generateDigest(text);
  const roots = rootsOf(context);
  const { files, issues } = collectionFiles(roots.content, name, roots.project);
  const deferredRender = collectionDefinitions[name].format === 'mdx';
  const present = new Set<string>();
  for (const named of files) {
    present.add(named.id);
    const text = readContentText(roots.content, named.path, named.file, issues);
    // A file that cannot be read is not kept at an older state: it is a problem until fixed.
    if (text === undefined) {
      store.delete(named.id);
      continue;
    }
    const digest = generateDigest(text);
    const existing = store.get(named.id);
    if (existing && existing.digest === digest && existing.filePath === named.file) {
      if (deferredRender) store.addModuleImport(named.file);
      continue;
    }
    const entry = parseEntry(name, named, text, issues);
    if (!entry) {
      store.delete(named.id);
      continue;
    }
    // MDX is rendered from the file by @astrojs/mdx when a page asks (`render()`); `body` is its plain text.
    store.set({
      id: named.id,
      data: entry.data,
      filePath: named.file,
      digest,
      ...(entry.body === undefined ? {} : { body: entry.body }),
      ...(deferredRender ? { deferredRender } : {}),
    });
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  return issues;
}

/** How long the watcher's events must be quiet before a collection is read again in `astro dev`. */
export const settleMs = 50;

/** The loader of one content collection (see the module comment). */
export function contentLoader(name: CollectionName, problems: ContentProblems): Loader {
  return {
    name: `oewg-${name}`,
    // eslint-disable-next-line @typescript-eslint/require-await -- Astro's Loader type asks for a promise; the work is synchronous
    load: async (context) => {
      problems.report(name, syncCollection(name, context));
      const { watcher, logger } = context;
      if (!watcher) return;
      const directory = resolve(rootsOf(context).content, collectionDefinitions[name].directory);
      watcher.add(directory);
      let pending: ReturnType<typeof setTimeout> | undefined;
      const reload = (changed: string): void => {
        const issues = syncCollection(name, context);
        problems.report(name, issues);
        logger.info(
          `${issues.length === 0 ? 'reloaded' : `found ${issues.length} problem(s) in`} ${name} after a change to ${relative(rootsOf(context).project, changed)}`,
        );
      };
      // An editor that saves in place truncates the file, then writes it. The watcher (chokidar)
      // drops a second event on a file within 5 ms of the first, so reading at the first event may
      // meet the empty file and never hear of the write. The collection is read once the events
      // have been quiet for `settleMs`: by then every write the watcher dropped has happened.
      const changed = (path: string): void => {
        if (relative(directory, path).startsWith('..')) return;
        clearTimeout(pending);
        pending = setTimeout(() => reload(path), settleMs);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
    },
  };
}
