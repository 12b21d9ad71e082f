/**
 * Cross-links inside verbatim text. Citations such as "A/77/275, para. 11", "paras. 8 to 13 of
 * document A/77/275", "A/75/816, annex II" or "resolution 75/240" are found by pattern and
 * resolved against the documents and report paragraphs of the model. The text is only cut into
 * segments, never changed: joining the segments gives back the original string exactly.
 * A citation naming a document or paragraph the content does not hold is a content error.
 */
import { ContentError } from '../content/content-error.ts';
import type { Document, ReportParagraph } from './model.ts';
import { documentAnchor, paragraphAnchor } from '../anchors.ts';
import { paths } from '../site-paths.ts';

/** Where a citation link goes: a site path (without base) and an optional fragment. */
export interface CitationTarget {
  /** Site-relative path, e.g. `/reports/a-77-275/`. */
  path: string;
  /** Anchor on that page, e.g. `para-11`. */
  fragment?: string;
  /** The cited document. */
  documentId: string;
  /** The cited paragraphs, where the citation names some. */
  paragraphs?: number[];
}

/** A piece of verbatim text: plain, or a citation that links somewhere. */
export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; target: CitationTarget };

/** Where a text comes from, so an error names the file and field to fix. */
export interface TextOrigin {
  file: string;
  field: string;
}

/** Looks documents and paragraphs up by how the sources cite them. */
export interface CitationResolver {
  /** The document a symbol or a citedAs label names, if any. */
  document(cited: string): Document | undefined;
  /** True when the report-paragraphs collection holds that paragraph of that document. */
  hasParagraph(documentId: string, number: number): boolean;
}

/** Builds a resolver over the documents and paragraphs of a site model. */
export function createCitationResolver(model: {
  documents: readonly Document[];
  reportParagraphs: readonly ReportParagraph[];
}): CitationResolver {
  const byCitation = new Map<string, Document>();
  for (const document of model.documents) {
    byCitation.set(document.symbol, document);
    for (const label of document.citedAs) byCitation.set(label, document);
  }
  const paragraphKeys = new Set(
    model.reportParagraphs.map((paragraph) => `${paragraph.documentId}#${paragraph.number}`),
  );
  return {
    document: (cited) => byCitation.get(cited),
    hasParagraph: (documentId, number) => paragraphKeys.has(`${documentId}#${number}`),
  };
}

/**
 * A UN document symbol: "A" then slash-separated parts, each digits or capitals with an optional
 * ".digits" (A/77/275, A/AC.292/2022/3, A/RES/75/240). A sentence's full stop is never taken.
 */
const SYMBOL = String.raw`(?<![\w/])A(?:\/(?:[A-Z]+(?:\.\d+)?|\d+))+`;
/** A paragraph number or a range "8 to 13". */
const NUMBERS = String.raw`(\d+)(?:\s+(?:to|and|–)\s+(\d+))?`;

/** A raw match before resolution. */
interface Found {
  /** The citation as written: a symbol, or a citedAs label such as "resolution 75/240". */
  cited: string;
  /** For a resolution, its number ("75/240"): its symbol is then "A/RES/75/240". */
  resolution?: string;
  from?: string | undefined;
  to?: string | undefined;
}

/** The citation patterns, longest forms first: at the same position the first one wins. */
const patterns: { name: string; regex: RegExp; read: (match: RegExpExecArray) => Found }[] = [
  {
    // "paras. 8 to 13 of document A/77/275"; "paragraphs 8 to 13 of the 2022 annual progress
    // report (as contained in document A/77/275)"
    name: 'paragraphs of document',
    regex: new RegExp(
      String.raw`\b(?:paras?\.|paragraphs?)\s+${NUMBERS}\s+of\s+(?:the\s+[^()]{1,80}?\s+\(as contained in\s+document\s+(${SYMBOL})\)|document\s+(${SYMBOL}))`,
      'g',
    ),
    read: (match) => ({ cited: (match[3] ?? match[4])!, from: match[1], to: match[2] }),
  },
  {
    // "A/77/275, para. 11"
    name: 'document paragraphs',
    regex: new RegExp(String.raw`(${SYMBOL}),\s+paras?\.\s+${NUMBERS}`, 'g'),
    read: (match) => ({ cited: match[1]!, from: match[2], to: match[3] }),
  },
  {
    // "A/75/816, annex II"
    name: 'document part',
    regex: new RegExp(String.raw`(${SYMBOL}),\s+annex\s+[IVXLC]+\b`, 'g'),
    read: (match) => ({ cited: match[1]! }),
  },
  {
    // "General Assembly resolution 75/240", "resolution 75/240"
    name: 'resolution',
    regex: /\b(?:General Assembly\s+)?resolution\s+(\d+\/\d+)\b/g,
    read: (match) => ({ cited: match[0].replace(/\s+/g, ' '), resolution: match[1]! }),
  },
  {
    // a bare symbol: "A/AC.292/2021/1"
    name: 'document',
    regex: new RegExp(SYMBOL, 'g'),
    read: (match) => ({ cited: match[0] }),
  },
];

/** Paragraph numbers from..to (inclusive); a single number when there is no range. */
function paragraphRange(from: string | undefined, to: string | undefined): number[] {
  if (from === undefined) return [];
  const first = Number(from);
  const last = to === undefined ? first : Number(to);
  const numbers: number[] = [];
  for (let number = first; number <= last; number += 1) numbers.push(number);
  return numbers;
}

/** Resolves a printed citation to a link target, or throws a ContentError naming the origin. */
function resolve(
  found: PrintedCitation,
  resolver: CitationResolver,
  origin: TextOrigin,
): CitationTarget {
  const { text, paragraphs } = found;
  const fail = (message: string): never => {
    throw new ContentError([{ file: origin.file, field: origin.field, message }]);
  };
  const document =
    resolver.document(found.cited) ??
    (found.resolutionSymbol ? resolver.document(found.resolutionSymbol) : undefined);
  if (!document) {
    return fail(
      `cites "${text}", but no document in the documents collection has the symbol or citedAs "${found.cited}"`,
    );
  }
  if (found.backwards) {
    return fail(`cites "${text}", whose paragraph range runs backwards`);
  }
  for (const number of paragraphs) {
    if (!resolver.hasParagraph(document.id, number)) {
      fail(
        `cites "${text}", but paragraph ${number} of ${document.symbol} is not in the report-paragraphs collection`,
      );
    }
  }
  if (document.hasParagraphs) {
    return {
      path: paths.report(document.id),
      documentId: document.id,
      ...(paragraphs.length > 0 ? { fragment: paragraphAnchor(paragraphs[0]!), paragraphs } : {}),
    };
  }
  return {
    path: paths.documents(),
    fragment: documentAnchor(document.id),
    documentId: document.id,
  };
}

/** A citation as a text prints it, before it is looked up. */
export interface PrintedCitation {
  /** The words of the citation, e.g. "A/77/275, para. 11". */
  text: string;
  /** Where it starts in the text. */
  index: number;
  /** The symbol or label it names, and for a resolution its symbol ("A/RES/75/240"). */
  cited: string;
  resolutionSymbol?: string;
  /** The paragraph numbers it prints (a range written out), empty when it names none. */
  paragraphs: number[];
  /** True when a paragraph range runs backwards ("13 to 8"). */
  backwards: boolean;
}

/** Every citation a text prints, in order, the earliest and longest form at each place. */
export function printedCitations(text: string): PrintedCitation[] {
  const found: PrintedCitation[] = [];
  let position = 0;
  while (position < text.length) {
    let best: { match: RegExpExecArray; read: (typeof patterns)[number]['read'] } | undefined;
    for (const pattern of patterns) {
      pattern.regex.lastIndex = position;
      const match = pattern.regex.exec(text);
      if (match && (!best || match.index < best.match.index)) best = { match, read: pattern.read };
    }
    if (!best) break;
    const { match, read } = best;
    const raw = read(match);
    const paragraphs = paragraphRange(raw.from, raw.to);
    found.push({
      text: match[0],
      index: match.index,
      cited: raw.cited,
      ...(raw.resolution ? { resolutionSymbol: `A/RES/${raw.resolution}` } : {}),
      paragraphs,
      backwards: raw.from !== undefined && paragraphs.length === 0,
    });
    position = match.index + match[0].length;
  }
  return found;
}

/** Cuts verbatim text into plain and citation segments; throws ContentError on a dangling citation. */
export function splitCitations(
  text: string,
  resolver: CitationResolver,
  origin: TextOrigin,
): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const citation of printedCitations(text)) {
    if (citation.index > position)
      segments.push({ kind: 'text', text: text.slice(position, citation.index) });
    segments.push({
      kind: 'link',
      text: citation.text,
      target: resolve(citation, resolver, origin),
    });
    position = citation.index + citation.text.length;
  }
  if (position < text.length) segments.push({ kind: 'text', text: text.slice(position) });
  return segments;
}
