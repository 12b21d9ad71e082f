/**
 * What every integrity rule sees: the content indexed by id, a place to report problems, and the
 * checks several rules share (a session, a topic, document references, question numbering).
 */
import type { ContentIssue } from '../content-error.ts';
import { didYouMean } from '../did-you-mean.ts';
import { newerPlace, type FieldPlace as Place } from '../published-files.ts';
import { printedCitations, type PrintedCitation } from '../../model/citations.ts';
import type { ContentEntry, RawContent } from '../content-reader.ts';
import type { DocumentReference, GuidingQuestionInput } from '../schemas/index.ts';

type EntryOf<Name extends keyof RawContent> = RawContent[Name][number];
export type SessionEntry = EntryOf<'sessions'>;
export type TopicEntry = EntryOf<'topics'>;
export type DocumentEntry = EntryOf<'documents'>;

/** A named check of one kind of item; reports through the context and returns nothing. */
export interface Rule<Item> {
  /** What the rule checks, in a few words (listed by the tests and in messages of no one). */
  readonly name: string;
  readonly check: (item: Item, context: IntegrityContext) => void;
}

/** The content as the rules see it. */
export interface IntegrityContext {
  readonly content: RawContent;
  readonly contentRoot: string;
  readonly sessions: ReadonlyMap<string, SessionEntry>;
  readonly topics: ReadonlyMap<string, TopicEntry>;
  readonly documents: ReadonlyMap<string, DocumentEntry>;
  /** `document#number` of every report paragraph. */
  readonly paragraphKeys: ReadonlySet<string>;
  /** Sessions that have a programme file. */
  readonly programmeSessions: ReadonlySet<string>;
  readonly issues: ContentIssue[];
  report(file: string, field: string, message: string): void;
  /**
   * Records that `file` uses `key` in `namespace`; returns the file that used it last before
   * (undefined the first time).
   */
  claim(namespace: string, key: string, file: string): string | undefined;
  /**
   * A value that must be unique: records that `place` uses `key` in `namespace`, and when another
   * place used it before, reports the clash on the newer of the two (`newerPlace`), with
   * `message(other file)`.
   */
  unique(namespace: string, key: string, place: Place, message: (otherFile: string) => string): void;
}


/** Indexes the content once for all rules. */
export function createContext(content: RawContent, contentRoot: string): IntegrityContext {
  const claims = new Map<string, string>();
  const places = new Map<string, Place>();
  const issues: ContentIssue[] = [];
  const report = (file: string, field: string, message: string): void => { issues.push({ file, field, message }); };
  return {
    content,
    contentRoot,
    sessions: new Map(content.sessions.map((entry) => [entry.id, entry])),
    topics: new Map(content.topics.map((entry) => [entry.id, entry])),
    documents: new Map(content.documents.map((entry) => [entry.id, entry])),
    paragraphKeys: new Set(content.reportParagraphs.map((entry) => `${entry.data.document}#${entry.data.number}`)),
    programmeSessions: new Set(content.programmes.map((entry) => entry.data.session)),
    issues,
    report,
    claim: (namespace, key, file) => {
      const claimKey = `${namespace}\u0000${key}`;
      const previous = claims.get(claimKey);
      claims.set(claimKey, file);
      return previous;
    },
    unique: (namespace, key, place, message) => {
      const claimKey = `${namespace}\u0000${key}`;
      const earlier = places.get(claimKey);
      if (!earlier) {
        places.set(claimKey, place);
        return;
      }
      const [blamed, other] = newerPlace(earlier, place, contentRoot) === earlier ? [earlier, place] : [place, earlier];
      report(blamed.file, blamed.field, message(other.file));
    },
  };
}

/** Runs each rule on each item, item by item, so problems come in file order. */
export function applyRules<Item>(items: readonly Item[], rules: readonly Rule<Item>[], context: IntegrityContext): void {
  for (const item of items) {
    for (const rule of rules) rule.check(item, context);
  }
}

/** Quotes a value for a message. */
export const quote = (value: unknown): string => JSON.stringify(value);

/**
 * Each reference names a known document, and each cited paragraph is in the report-paragraphs
 * collection. The texts of the element a reference belongs to must name the document, or hold the
 * words it is read from (`readAs`).
 */
export function checkReferences(
  context: IntegrityContext, file: string, field: string, references: readonly DocumentReference[], texts: readonly (string | undefined)[],
): void {
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  const held = texts.filter((text): text is string => Boolean(text)).map(flat);
  references.forEach((reference, index) => {
    const path = `${field}[${index}]`;
    const document = context.documents.get(reference.document);
    if (!document) {
      context.report(file, `${path}.document`, `unknown document ${quote(reference.document)}${didYouMean(reference.document, context.documents.keys())}; known: ${[...context.documents.keys()].join(', ')}`);
      return;
    }
    if (reference.readAs !== undefined) {
      if (!held.some((text) => text.includes(flat(reference.readAs!)))) {
        context.report(file, `${path}.readAs`, `${quote(reference.readAs)} is not in the text the reference belongs to`);
      }
    } else if (!held.some((text) => [document.data.symbol, ...document.data.citedAs].some((label) => text.includes(label)))) {
      context.report(file, path, `the text does not name ${document.data.symbol}: give readAs, the words of the text read as it (the site then shows a reading, not a citation)`);
    }
    reference.paragraphs?.forEach((number, paragraphIndex) => {
      if (!context.paragraphKeys.has(`${reference.document}#${number}`)) {
        context.report(file, `${path}.paragraphs[${paragraphIndex}]`,
          `paragraph ${number} of ${document.data.symbol} is not in the report-paragraphs collection`);
      }
    });
  });
  checkPrintedParagraphs(context, file, field, references, held);
}

/** The document a printed citation names, by symbol or citedAs label. */
function citedDocument(context: IntegrityContext, citation: PrintedCitation): DocumentEntry | undefined {
  const names = [citation.cited, citation.resolutionSymbol];
  return [...context.documents.values()].find(({ data }) => names.some((name) => name === data.symbol || (name !== undefined && data.citedAs.includes(name))));
}

/**
 * A paragraph of a report that the text prints ("A/77/275, para. 11", "paragraphs 8 to 13 of … A/77/275")
 * is in the element's references too: the exports and the element's citations are read from them.
 */
function checkPrintedParagraphs(
  context: IntegrityContext, file: string, field: string, references: readonly DocumentReference[], texts: readonly string[],
): void {
  for (const citation of texts.flatMap(printedCitations)) {
    if (citation.paragraphs.length === 0) continue;
    const document = citedDocument(context, citation);
    if (!document?.data.hasParagraphs) continue;
    const ofDocument = references.filter((reference) => reference.document === document.id);
    const given = new Set(ofDocument.flatMap((reference) => reference.paragraphs ?? []));
    const missing = citation.paragraphs.filter((number) => !given.has(number));
    if (missing.length === 0) continue;
    const listed = missing.length === 1 ? `paragraph ${missing[0]}` : `paragraphs ${missing.join(', ')}`;
    const fix = ofDocument.length > 0
      ? `add ${missing.join(', ')} to the \`paragraphs\` of its reference to ${document.id}`
      : `add \`- document: ${document.id}\` with \`paragraphs: [${citation.paragraphs.join(', ')}]\``;
    context.report(file, field, `the text prints ${quote(citation.text)}, but no reference gives ${listed} of ${document.id}: ${fix}`);
  }
}

/** Questions are numbered 1, 2, 3… through a summary, or through a slot across its blocks. */
export function checkQuestions(
  context: IntegrityContext, file: string, field: string, questions: readonly GuidingQuestionInput[], firstNumber = 1,
): void {
  questions.forEach((question, index) => {
    if (question.number !== firstNumber + index) {
      context.report(file, `${field}[${index}].number`,
        `question numbers must run 1, 2, 3… without gaps (through a slot, across its blocks): expected ${firstNumber + index}, found ${question.number}`);
    }
    checkReferences(context, file, `${field}[${index}].references`, question.references, [question.text]);
  });
}

/** The topic exists (and, where a sub-item is expected, is one). */
export function checkTopic(context: IntegrityContext, file: string, field: string, topicId: string, expectSubItem = false): void {
  const topic = context.topics.get(topicId);
  if (!topic) {
    context.report(file, field, `unknown topic ${quote(topicId)}${didYouMean(topicId, context.topics.keys())}; known: ${[...context.topics.keys()].join(', ')}`);
  } else if (expectSubItem && topic.data.kind !== 'sub-item') {
    context.report(file, field, `topic ${quote(topicId)} is procedural; a narrative summary covers an agenda item 5 sub-item`);
  }
}

/** The session exists. */
export function checkSession(context: IntegrityContext, file: string, field: string, sessionId: string): void {
  if (!context.sessions.has(sessionId)) {
    context.report(file, field, `unknown session ${quote(sessionId)}${didYouMean(sessionId, context.sessions.keys())}; known: ${[...context.sessions.keys()].join(', ')}`);
  }
}

export type { ContentEntry };
