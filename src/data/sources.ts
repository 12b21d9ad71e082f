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
import {
  displayLine,
  type DisplayLine,
  type LinkResolver,
} from '../domain/content/source-markup.ts';
import { sourceKinds, sourceName, type SourceMetadata } from '../domain/model/source-names.ts';
import { officialDocumentUrl } from '../domain/site-paths.ts';
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
  /** How links name it, by rule from its metadata: "Chair's letter of 7 March 2022". */
  name: string;
  /** Its kind, date, signatory and programme symbol, from the first session's `programmeSource`. */
  metadata: SourceMetadata;
  sessions: { id: string; name: string }[];
  lines: string[];
}

/**
 * A link the extraction printed as `[A/77/275](#)` (its target lost) goes to the official text of the
 * document it names: the text is a cited document's symbol or one of the forms the sources cite it
 * by, read with the words before it ("resolution [75/240](#)" is "resolution 75/240").
 */
const resolveLink: LinkResolver = (text, before) => {
  for (const document of site.documents) {
    for (const form of [document.symbol, ...document.citedAs]) {
      if (form === text || (form.endsWith(text) && before.endsWith(form.slice(0, -text.length))))
        return officialDocumentUrl(document.symbol);
    }
  }
  return undefined;
};

/** Every source document of the site, once each, in session order. */
export const sourceDocuments: SourceDocument[] = [
  ...new Set(site.sessions.map((session) => session.programmeSource.sourceText)),
].map((source) => {
  const sessions = site.sessions.filter((session) => session.programmeSource.sourceText === source);
  const first = sessions[0]!.programmeSource;
  const lines = sourceLines(read(source));
  return {
    source,
    stem: sourceStem(source),
    title: `${sourceKinds[first.kind].long} of ${longDate(first.date)}`,
    name: sourceName(first),
    metadata: first,
    sessions: sessions.map((session) => ({ id: session.id, name: session.name })),
    lines,
  };
});

/** A document's lines read for display (only its own page needs them: computed there, not on every page). */
export function displayLinesOf(document: SourceDocument): DisplayLine[] {
  return document.lines.map((line) => displayLine(line, resolveLink));
}

const documentsBySource = new Map(sourceDocuments.map((document) => [document.source, document]));

/** The source document of a source file (`sources/x.txt`), if the site publishes it. */
export function sourceDocumentOf(source: string): SourceDocument | undefined {
  return documentsBySource.get(source);
}

/** Where each slot, question, summary, meeting, note and footnote stands in its source (keys: `passageKeys`). */
export const passages: ReadonlyMap<string, SourcePassage> = locatePassages(site, read);

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. Source passages' types and helpers.
export * from '../domain/content/source-passages.ts';
export * from '../domain/model/source-names.ts';
