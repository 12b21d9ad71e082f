/**
 * The source documents as the site publishes them, and where every element's text stands in them.
 * Read once per build; passages are computed from the texts (never stored by hand).
 */
import { resolve } from 'node:path';
import { readSourceText } from '../domain/content/content-files.ts';
import { contentRoot } from '../domain/content/content-root.ts';
import {
  locatePassages,
  sourceLines,
  sourceStem,
  type SourcePassage,
} from '../domain/content/source-passages.ts';
import { longDate } from '../domain/time.ts';
import { withContentErrorsReportedNow } from '../integrations/content-failure.ts';
import { site } from './site.ts';

const root = resolve(contentRoot());
// Through the content-file rules (a regular file inside the content folder, UTF-8, no control characters).
const read = (source: string): string =>
  withContentErrorsReportedNow(() => readSourceText(root, source), import.meta.env.DEV);

/** One source document: its file, page stem, the sessions it is the source of, and its lines. */
export interface SourceDocument {
  source: string;
  stem: string;
  /** How the site names it: the kind and date of the first session's programme source. */
  title: string;
  sessions: { id: string; name: string }[];
  lines: string[];
}

/** Names of the kinds of source, as the sources sign themselves ("Note by the Secretariat", "Chair"). */
const kindTitles = {
  'chair-letter': 'Letter from the Chair',
  'secretariat-note': 'Note by the Secretariat',
} as const;

/** Every source document of the site, once each, in session order. */
export const sourceDocuments: SourceDocument[] = [
  ...new Set(site.sessions.map((session) => session.programmeSource.sourceText)),
].map((source) => {
  const sessions = site.sessions.filter((session) => session.programmeSource.sourceText === source);
  const first = sessions[0]!.programmeSource;
  return {
    source,
    stem: sourceStem(source),
    title: `${kindTitles[first.kind]} of ${longDate(first.date)}`,
    sessions: sessions.map((session) => ({ id: session.id, name: session.name })),
    lines: sourceLines(read(source)),
  };
});

/** Where each slot, question, summary, meeting, note and footnote stands in its source (keys: `passageKeys`). */
export const passages: ReadonlyMap<string, SourcePassage> = locatePassages(site, read);
