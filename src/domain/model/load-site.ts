/**
 * Turns validated, consistent content into the site model: sessions with ordered days, slots,
 * blocks and questions (with stable anchors), topics and documents with back-links.
 *
 * `assembleSite` is a sequence of small named steps: the catalogue (documents, report paragraphs,
 * topics) first, then each session (its days, slots, blocks, summaries, meetings), each step
 * recording citations and topic cross-references as it goes. Content is grouped by session once,
 * so no step scans the whole corpus.
 */
import { checkCitations } from './back-links.ts';
import { createCitationResolver } from './citations.ts';
import { groupBy } from './lookup.ts';
import { anchorCollisions } from '../content/anchor-namespace.ts';
import { ContentError, type ContentIssue } from '../content/content-error.ts';
import { withPositions } from '../content/issue-positions.ts';
import { readContent, type RawContent } from '../content/content-reader.ts';
import { checkIntegrity } from '../content/integrity.ts';
import { paragraphAnchor, questionId, reportParagraphIdOf, slotAnchor } from '../anchors.ts';
import type {
  Block,
  Citation,
  Day,
  Document,
  Meeting,
  Question,
  ReportParagraph,
  Session,
  SiteModel,
  Slot,
  Summary,
  Topic,
} from './model.ts';
import { longDate, toOffsetIso, toUtcIso, unTime, utcOffsetLabel, weekdayName } from '../time.ts';
import { officialDocumentUrl } from '../site-paths.ts';

type Entry<Name extends keyof RawContent> = RawContent[Name][number];
type SessionData = Entry<'sessions'>['data'];
type DayInput = Entry<'programmes'>['data']['days'][number];
type SlotInput = DayInput['slots'][number];
type BlockInput = SlotInput['blocks'][number];
type QuestionInput = BlockInput['questions'][number];

/** Documents, report paragraphs and topics, and where citations and cross-references are recorded. */
interface Catalogue {
  documents: Map<string, Document>;
  paragraphs: Map<string, ReportParagraph>;
  topics: Topic[];
  topicsById: Map<string, Topic>;
  /** Records a citation on the cited document and on each cited report paragraph. */
  cite(citation: Citation): void;
}

/** The content of each session, grouped once. */
interface SessionInputs {
  programmes: Map<string, Entry<'programmes'>>;
  summaries: Map<string, Entry<'summaries'>[]>;
  meetings: Map<string, Entry<'meetings'>[]>;
}

/** One session while it is assembled: its data and where its slots and questions collect. */
interface SessionScope {
  sessionId: string;
  session: SessionData;
  programmeFile: string;
  slots: Slot[];
  questions: Question[];
  catalogue: Catalogue;
}

/** Documents by id, each with its official link and no citations yet. */
function documentsOf(content: RawContent): Map<string, Document> {
  const documents = new Map<string, Document>();
  for (const { id, file, data } of content.documents) {
    documents.set(id, { id, file, ...data, url: officialDocumentUrl(data.symbol), citations: [] });
  }
  return documents;
}

/** Report paragraphs by id, in paragraph-number order. */
function reportParagraphsOf(content: RawContent): Map<string, ReportParagraph> {
  const paragraphs = new Map<string, ReportParagraph>();
  for (const { id, file, data } of [...content.reportParagraphs].sort(
    (a, b) => a.data.number - b.data.number,
  )) {
    paragraphs.set(id, {
      id,
      file,
      documentId: data.document,
      number: data.number,
      subject: data.subject,
      statements: data.statements,
      text: data.text,
      anchor: paragraphAnchor(data.number),
      citations: [],
    });
  }
  return paragraphs;
}

/** Documents, paragraphs and topics (in topic order), with the citation recorder. */
function catalogueOf(content: RawContent): Catalogue {
  const documents = documentsOf(content);
  const paragraphs = reportParagraphsOf(content);
  const topics = [...content.topics]
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, file, data }): Topic => ({
      id,
      file,
      ...data,
      slotIds: [],
      questionIds: [],
      summaryIds: [],
    }));
  const cite = (citation: Citation): void => {
    documents.get(citation.reference.document)?.citations.push(citation);
    for (const number of citation.reference.paragraphs ?? []) {
      paragraphs
        .get(reportParagraphIdOf(citation.reference.document, number))
        ?.citations.push(citation);
    }
  };
  return {
    documents,
    paragraphs,
    topics,
    topicsById: new Map(topics.map((topic) => [topic.id, topic])),
    cite,
  };
}

/** A guiding question of a slot's block or of a summary, with its place. */
function questionOf(
  input: QuestionInput,
  place: Pick<Question, 'id' | 'sessionId' | 'topicId' | 'origin' | 'file'>,
): Question {
  return {
    id: place.id,
    sessionId: place.sessionId,
    topicId: place.topicId,
    number: input.number,
    text: input.text,
    ...(input.group ? { group: input.group } : {}),
    references: input.references,
    origin: place.origin,
    file: place.file,
  };
}

/** One agenda block: its questions, the sub-item it adds to the slot, the citations it records. */
function assembleBlock(
  scope: SessionScope,
  slotInput: SlotInput,
  label: string,
  topicIds: string[],
  blockInput: BlockInput,
  blockIndex: number,
): Block {
  const { sessionId, catalogue } = scope;
  const anchor = slotAnchor(slotInput.id);
  const questions = blockInput.questions.map((questionInput) =>
    questionOf(questionInput, {
      id: questionId(slotInput.id, questionInput.number),
      sessionId,
      topicId: blockInput.topic,
      origin: { kind: 'slot', slotId: slotInput.id, blockIndex },
      file: scope.programmeFile,
    }),
  );
  const topic = catalogue.topicsById.get(blockInput.topic)!;
  if (topic.kind === 'sub-item' && !topicIds.includes(topic.id)) topicIds.push(topic.id);
  for (const reference of blockInput.references)
    catalogue.cite({ kind: 'block', sessionId, anchor, label, reference });
  for (const question of questions) {
    for (const reference of question.references) {
      catalogue.cite({
        kind: 'question',
        sessionId,
        anchor: question.id,
        label: `${label}, question ${question.number}`,
        reference,
      });
    }
  }
  const { topic: topicId, questions: _questions, ...rest } = blockInput;
  return { ...rest, topicId, questions };
}

/** One slot: its blocks, its instants computed once, and its place in the session's lists. */
function assembleSlot(scope: SessionScope, date: string, slotInput: SlotInput): Slot {
  const { sessionId, session } = scope;
  const topicIds: string[] = [];
  const label = `${session.name}, ${longDate(date)}, ${unTime(slotInput.start)}\u2013${unTime(slotInput.end)}`;
  const blocks = slotInput.blocks.map((blockInput, blockIndex) =>
    assembleBlock(scope, slotInput, label, topicIds, blockInput, blockIndex),
  );
  const slot: Slot = {
    id: slotInput.id,
    anchor: slotAnchor(slotInput.id),
    sessionId,
    date,
    start: slotInput.start,
    end: slotInput.end,
    timeAsPrinted: slotInput.timeAsPrinted,
    format: slotInput.format,
    notes: slotInput.notes,
    blocks,
    questions: blocks.flatMap((block) => block.questions),
    topicIds,
    startUtc: toUtcIso(date, slotInput.start, session.timeZone),
    endUtc: toUtcIso(date, slotInput.end, session.timeZone),
    startWithOffset: toOffsetIso(date, slotInput.start, session.timeZone),
    endWithOffset: toOffsetIso(date, slotInput.end, session.timeZone),
    offsetLabel: utcOffsetLabel(date, slotInput.start, session.timeZone),
    file: scope.programmeFile,
  };
  scope.slots.push(slot);
  scope.questions.push(...slot.questions);
  for (const topicId of topicIds) scope.catalogue.topicsById.get(topicId)!.slotIds.push(slot.id);
  return slot;
}

/** One programme day with its slots. */
function assembleDay(scope: SessionScope, day: DayInput): Day {
  return {
    date: day.date,
    label: `${weekdayName(day.date)}, ${longDate(day.date)}`,
    slots: day.slots.map((slotInput) => assembleSlot(scope, day.date, slotInput)),
  };
}

/** A session's narrative summaries, in order, with their questions and citations. */
function assembleSummaries(scope: SessionScope, inputs: readonly Entry<'summaries'>[]): Summary[] {
  const { sessionId, session, catalogue } = scope;
  return [...inputs]
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, file, data, body }) => {
      const questions = data.questions.map((questionInput) =>
        questionOf(questionInput, {
          id: questionId(id, questionInput.number),
          sessionId,
          topicId: data.topic,
          origin: { kind: 'summary', summaryId: id, section: data.section },
          file,
        }),
      );
      for (const question of questions) {
        for (const reference of question.references) {
          catalogue.cite({
            kind: 'question',
            sessionId,
            anchor: question.id,
            label: `${session.name}, summary ${data.section}, question ${question.number}`,
            reference,
          });
        }
      }
      scope.questions.push(...questions);
      catalogue.topicsById.get(data.topic)!.summaryIds.push(id);
      return {
        id,
        file,
        sessionId,
        section: data.section,
        order: data.order,
        topicId: data.topic,
        heading: data.heading,
        body: (body ?? '').trim(),
        questions,
      };
    });
}

/** The meetings around a session, by date, with a UTC start where the time is announced. */
function assembleMeetings(scope: SessionScope, inputs: readonly Entry<'meetings'>[]): Meeting[] {
  const { sessionId, session } = scope;
  return [...inputs]
    .sort((a, b) => a.data.date.localeCompare(b.data.date))
    .map(({ id, file, data }) => ({
      id,
      file,
      sessionId,
      ...data,
      ...(data.start !== 'not announced'
        ? { startUtc: toUtcIso(data.date, data.start, session.timeZone) }
        : {}),
    }));
}

/** The document the programme was published as, cited by the session's programme. */
function citeProgrammeDocument(scope: SessionScope): Document | undefined {
  const { sessionId, session, catalogue } = scope;
  const document = session.programmeSource.document
    ? catalogue.documents.get(session.programmeSource.document)
    : undefined;
  if (document) {
    catalogue.cite({
      kind: 'block',
      sessionId,
      anchor: 'programme',
      label: `${session.name}, programme of work`,
      reference: { document: document.id },
    });
  }
  return document;
}

/** One session: programme days, summaries, meetings, and its questions listed under their topics. */
function assembleSession(
  { id: sessionId, file, data: session }: Entry<'sessions'>,
  inputs: SessionInputs,
  catalogue: Catalogue,
): Session {
  const programme = inputs.programmes.get(sessionId)!;
  const scope: SessionScope = {
    sessionId,
    session,
    programmeFile: programme.file,
    slots: [],
    questions: [],
    catalogue,
  };
  const days = programme.data.days.map((day) => assembleDay(scope, day));
  const summaries = assembleSummaries(scope, inputs.summaries.get(sessionId) ?? []);
  const meetings = assembleMeetings(scope, inputs.meetings.get(sessionId) ?? []);
  for (const question of scope.questions)
    catalogue.topicsById.get(question.topicId)!.questionIds.push(question.id);
  const programmeDocument = citeProgrammeDocument(scope);
  return {
    id: sessionId,
    file,
    ...session,
    programmeSource: {
      ...session.programmeSource,
      ...(programmeDocument ? { symbol: programmeDocument.symbol } : {}),
    },
    days,
    slots: scope.slots,
    meetings,
    summaries,
    questions: scope.questions,
  };
}

/** Programmes, summaries and meetings grouped by session (the first programme of a session wins). */
function sessionInputsOf(content: RawContent): SessionInputs {
  const programmes = new Map<string, Entry<'programmes'>>();
  for (const programme of content.programmes) {
    if (!programmes.has(programme.data.session)) programmes.set(programme.data.session, programme);
  }
  return {
    programmes,
    summaries: groupBy(content.summaries, (entry) => entry.data.session),
    meetings: groupBy(content.meetings, (entry) => entry.data.session),
  };
}

/** Builds the site model from content that passed `checkIntegrity`. */
export function assembleSite(content: RawContent): SiteModel {
  const catalogue = catalogueOf(content);
  const inputs = sessionInputsOf(content);
  const sessions = [...content.sessions]
    .sort((a, b) => a.data.number - b.data.number)
    .map((entry) => assembleSession(entry, inputs, catalogue));
  return {
    sessions,
    topics: catalogue.topics,
    documents: [...catalogue.documents.values()].sort((a, b) => a.symbol.localeCompare(b.symbol)),
    reportParagraphs: [...catalogue.paragraphs.values()],
    slots: sessions.flatMap((session) => session.slots),
    questions: sessions.flatMap((session) => session.questions),
    meetings: sessions.flatMap((session) => session.meetings),
    summaries: sessions.flatMap((session) => session.summaries),
    glossary: content.glossary
      .map(({ id, file, data }) => ({ id, file, ...data }))
      .sort((a, b) => a.acronym.localeCompare(b.acronym, 'en')),
  };
}

/** Validates raw content across entries and assembles the model; throws ContentError on any problem. */
export function buildSite(content: RawContent, contentRoot: string): SiteModel {
  // Each problem gets the line and column of its field (read from the file only when there is one).
  const fail = (issues: readonly ContentIssue[]): never => {
    throw new ContentError(withPositions(issues, contentRoot));
  };
  const issues = checkIntegrity(content, contentRoot);
  if (issues.length > 0) fail(issues);
  const site = assembleSite(content);
  // Ids no single entry can see clash: two elements of one page with one anchor.
  const clashes = anchorCollisions(site, contentRoot);
  if (clashes.length > 0) fail(clashes);
  // Citations written inside verbatim text ("A/77/275, para. 11") must resolve too.
  try {
    checkCitations(site, createCitationResolver(site));
  } catch (error) {
    if (error instanceof ContentError) fail(error.issues);
    throw error;
  }
  return site;
}

/** Reads, validates and assembles the content under `contentRoot`. */
export function loadSite(contentRoot: string, projectRoot: string = process.cwd()): SiteModel {
  return buildSite(readContent(contentRoot, projectRoot), contentRoot);
}
