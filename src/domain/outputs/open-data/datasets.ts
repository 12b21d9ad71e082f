/**
 * Open data: turns the site model into the records of the `/data/` datasets (pure), and serialises
 * datasets and their JSON Schemas deterministically.
 */
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import type {
  Document,
  Question,
  ReportParagraph,
  Session,
  SiteModel,
  Slot,
  Topic,
} from '../../model/model.ts';
import { sessionById } from '../../model/lookup.ts';
import { backLinksOf, type BackLinks, type CitingPlace } from '../../model/back-links.ts';
import type { Location } from '../../model/locations.ts';
import {
  datasetSchema,
  type CitationRecord,
  type CitedInRecord,
  type DatasetName,
  type SourcePassageRecord,
  type DatasetRecords,
  type DocumentRecord,
  type QuestionRecord,
  type ReportParagraphRecord,
  type SessionRecord,
  type SlotRecord,
  type TopicRecord,
} from '../../content/schemas/export/index.ts';
import { paths, type Urls } from '../../site-paths.ts';
import { documentAnchor, meetingAnchor, sourceLineAnchor } from '../../anchors.ts';
import { passageKeys, sourceStem, type SourcePassage } from '../../content/source-passages.ts';
import { csvRule } from './csv.ts';
import { sheetDefinitions, type MeetingRow } from './sheets.ts';

/** Absolute URL of a page, or of an element on it when `fragment` is given. */
export function permalinkOf(urls: Urls, path: string, fragment?: string): string {
  const page = urls.absolute(path);
  return fragment ? `${page}#${fragment}` : page;
}

/** Absolute URL of a guiding question: on the session page, or on the narrative summaries page. */
export function questionPermalink(urls: Urls, question: Question): string {
  const page =
    question.origin.kind === 'slot'
      ? paths.session(question.sessionId)
      : paths.summaries(question.sessionId);
  return permalinkOf(urls, page, question.id);
}

/** Absolute URL of a slot on its session page. */
export function slotPermalink(urls: Urls, slot: Slot): string {
  return permalinkOf(urls, paths.session(slot.sessionId), slot.anchor);
}

/** The back-links a page lists, as export records. */
function citedInRecords(locations: readonly Location[], urls: Urls): CitedInRecord[] {
  return locations.map((location) => ({
    label: location.label,
    permalink: permalinkOf(urls, location.path, location.anchor),
  }));
}

/** Where elements stand in their sources (`passageKeys` → passage), as the pages' "Source" links show. */
export type PassageLookup = ReadonlyMap<string, SourcePassage>;

/** The `source` field of a record: the element's passage, where it is known. */
function sourceField(
  urls: Urls,
  passages: PassageLookup,
  key: string,
): { source?: SourcePassageRecord } {
  const passage = passages.get(key);
  if (!passage) return {};
  return {
    source: {
      url: permalinkOf(
        urls,
        paths.source(sourceStem(passage.source)),
        sourceLineAnchor(passage.startLine),
      ),
      startLine: passage.startLine,
      endLine: passage.endLine,
    },
  };
}

/** A record with its `source` field from the passages, where the element's passage is known. */
function withSourceOf<Record extends object>(
  urls: Urls,
  passages: PassageLookup,
  record: Record,
  key: string,
): Record {
  return { ...record, ...sourceField(urls, passages, key) };
}

/** The slot records of some slots, as slots.json holds them (before its schema puts keys in order). */
export function slotRecordsOf(
  slots: readonly Slot[],
  model: Pick<SiteModel, 'sessions'>,
  urls: Urls,
  passages: PassageLookup,
): SlotRecord[] {
  return slots.map((slot) =>
    withSourceOf(urls, passages, slotRecord(slot, model, urls), passageKeys.slot(slot.id)),
  );
}

/** The question records of some questions, as questions.json holds them. */
export function questionRecordsOf(
  questions: readonly Question[],
  urls: Urls,
  passages: PassageLookup,
): QuestionRecord[] {
  return questions.map((question) =>
    withSourceOf(urls, passages, questionRecord(question, urls), passageKeys.question(question.id)),
  );
}

/** The session record with its summaries' and meetings' sources, as sessions.json holds it. */
export function sourcedSessionRecord(
  session: Session,
  urls: Urls,
  passages: PassageLookup,
): SessionRecord {
  const record = sessionRecord(session, urls);
  return {
    ...record,
    summaries: record.summaries.map((summary) =>
      withSourceOf(urls, passages, summary, passageKeys.summary(summary.id)),
    ),
    meetings: record.meetings.map((meeting) =>
      withSourceOf(urls, passages, meeting, passageKeys.meeting(meeting.id)),
    ),
  };
}

/** Every meeting around every session, with its session's id: the rows of meetings.csv. */
export function meetingRows(
  model: Pick<SiteModel, 'sessions'>,
  urls: Urls,
  passages: PassageLookup,
): MeetingRow[] {
  return model.sessions.flatMap((session) =>
    sourcedSessionRecord(session, urls, passages).meetings.map((meeting) => ({
      ...meeting,
      sessionId: session.id,
    })),
  );
}

/** Builds the records of every dataset from the model; back-links are those the pages list. */
export function buildDatasets(
  model: SiteModel,
  urls: Urls,
  backLinks: BackLinks = backLinksOf(model),
  passages: PassageLookup = new Map(),
): DatasetRecords {
  // One record per place the page lists under "Cited in", with what is cited there.
  const citationRecords = (places: readonly CitingPlace[]): CitationRecord[] =>
    places.map(({ location, references }) => ({
      sessionId: location.sessionId,
      anchor: location.anchor,
      label: location.label,
      permalink: permalinkOf(urls, location.path, location.anchor),
      references,
    }));
  return {
    sessions: model.sessions.map((session) => sourcedSessionRecord(session, urls, passages)),
    slots: slotRecordsOf(model.slots, model, urls, passages),
    questions: questionRecordsOf(model.questions, urls, passages),
    topics: model.topics.map((topic) => topicRecord(topic, urls)),
    documents: model.documents.map((document) => ({
      ...documentRecord(document, urls),
      citedIn: citedInRecords(backLinks.document(document.id), urls),
      citations: citationRecords(backLinks.documentPlaces(document.id)),
    })),
    'report-paragraphs': model.reportParagraphs.map((paragraph) => ({
      ...reportParagraphRecord(paragraph, urls),
      citedIn: citedInRecords(backLinks.paragraph(paragraph.documentId, paragraph.number), urls),
      citations: citationRecords(backLinks.paragraphPlaces(paragraph.documentId, paragraph.number)),
    })),
  };
}

/** Where a session's programme comes from, its optional fields only where given. */
function programmeSourceRecord(
  source: Session['programmeSource'],
): SessionRecord['programmeSource'] {
  return {
    kind: source.kind,
    title: source.title,
    date: source.date,
    ...(source.document ? { document: source.document } : {}),
    ...(source.documentStatus ? { documentStatus: source.documentStatus } : {}),
    ...(source.symbol ? { symbol: source.symbol } : {}),
  };
}

/** The export record of a session. */
export function sessionRecord(session: Session, urls: Urls): SessionRecord {
  return {
    id: session.id,
    number: session.number,
    name: session.name,
    startDate: session.startDate,
    endDate: session.endDate,
    venue: session.venue,
    timeZone: session.timeZone,
    status: session.status,
    revised: session.revised,
    revision: session.revision,
    programmeTitle: session.programmeTitle,
    programmeSource: programmeSourceRecord(session.programmeSource),
    programmeFootnotes: session.programmeFootnotes,
    notes: session.notes,
    ...(session.summariesTitle ? { summariesTitle: session.summariesTitle } : {}),
    summariesFootnotes: session.summariesFootnotes,
    links: session.links,
    permalink: permalinkOf(urls, paths.session(session.id)),
    scheduleJson: permalinkOf(urls, paths.scheduleJson(session.id)),
    scheduleXml: permalinkOf(urls, paths.scheduleXml(session.id)),
    days: session.days.map((day) => ({
      date: day.date,
      label: day.label,
      slotIds: day.slots.map((slot) => slot.id),
    })),
    slotIds: session.slots.map((slot) => slot.id),
    questionIds: session.questions.map((question) => question.id),
    summaries: session.summaries.map((summary) => ({
      id: summary.id,
      section: summary.section,
      order: summary.order,
      topicId: summary.topicId,
      heading: summary.heading,
      body: summary.body,
      questionIds: summary.questions.map((question) => question.id),
      page: permalinkOf(urls, paths.summaries(session.id)),
    })),
    meetings: session.meetings.map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      start: meeting.start,
      end: meeting.end,
      ...(meeting.startUtc ? { startUtc: meeting.startUtc } : {}),
      format: meeting.format,
      announcement: meeting.announcement,
      notes: meeting.notes,
      permalink: permalinkOf(urls, paths.session(session.id), meetingAnchor(meeting.id)),
    })),
  };
}

/** The export record of a slot; the time zone is the session's. */
export function slotRecord(slot: Slot, model: Pick<SiteModel, 'sessions'>, urls: Urls): SlotRecord {
  const session = sessionById(model.sessions, slot.sessionId);
  if (!session) throw new Error(`slot ${slot.id} names an unknown session ${slot.sessionId}`);
  return {
    id: slot.id,
    sessionId: slot.sessionId,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    timeZone: session.timeZone,
    timeAsPrinted: slot.timeAsPrinted,
    startWithOffset: slot.startWithOffset,
    endWithOffset: slot.endWithOffset,
    startUtc: slot.startUtc,
    endUtc: slot.endUtc,
    offsetLabel: slot.offsetLabel,
    format: slot.format,
    notes: slot.notes,
    topicIds: slot.topicIds,
    blocks: slot.blocks.map((block) => ({
      topicId: block.topicId,
      heading: block.heading,
      ...(block.agendaItem !== undefined ? { agendaItem: block.agendaItem } : {}),
      ...(block.subItem ? { subItem: block.subItem } : {}),
      continued: block.continued,
      ...(block.focusedDiscussion ? { focusedDiscussion: block.focusedDiscussion } : {}),
      ...(block.speakersHeading ? { speakersHeading: block.speakersHeading } : {}),
      speakers: block.speakers,
      items: block.items,
      questionIds: block.questions.map((question) => question.id),
      references: block.references,
      footnotes: block.footnotes,
    })),
    questionIds: slot.questions.map((question) => question.id),
    permalink: slotPermalink(urls, slot),
  };
}

/** The export record of a guiding question. */
export function questionRecord(question: Question, urls: Urls): QuestionRecord {
  return {
    id: question.id,
    sessionId: question.sessionId,
    topicId: question.topicId,
    number: question.number,
    text: question.text,
    ...(question.group ? { group: question.group } : {}),
    references: question.references,
    origin: question.origin,
    permalink: questionPermalink(urls, question),
  };
}

/** The export record of a topic. */
export function topicRecord(topic: Topic, urls: Urls): TopicRecord {
  return {
    id: topic.id,
    kind: topic.kind,
    ...(topic.letter ? { letter: topic.letter } : {}),
    title: topic.title,
    ...(topic.officialWording ? { officialWording: topic.officialWording } : {}),
    order: topic.order,
    slotIds: topic.slotIds,
    questionIds: topic.questionIds,
    summaryIds: topic.summaryIds,
    // Only sub-items have a topic page: a procedural block's permalink would lead nowhere.
    ...(topic.kind === 'sub-item' ? { permalink: permalinkOf(urls, paths.topic(topic.id)) } : {}),
  };
}

/** The export record of a cited document, without where it is cited (see `buildDatasets`). */
export function documentRecord(
  document: Document,
  urls: Urls,
): Omit<DocumentRecord, 'citedIn' | 'citations'> {
  return {
    id: document.id,
    symbol: document.symbol,
    ...(document.title ? { title: document.title } : {}),
    parts: document.parts,
    citedAs: document.citedAs,
    hasParagraphs: document.hasParagraphs,
    officialUrl: document.url,
    // Documents whose paragraphs the site lists have a report page; the others an entry (id = document id) in the list.
    permalink: document.hasParagraphs
      ? permalinkOf(urls, paths.report(document.id))
      : permalinkOf(urls, paths.documents(), documentAnchor(document.id)),
  };
}

/** The export record of a cited report paragraph, without where it is cited (see `buildDatasets`). */
export function reportParagraphRecord(
  paragraph: ReportParagraph,
  urls: Urls,
): Omit<ReportParagraphRecord, 'citedIn' | 'citations'> {
  return {
    id: paragraph.id,
    documentId: paragraph.documentId,
    number: paragraph.number,
    subject: paragraph.subject,
    statements: paragraph.statements,
    text: paragraph.text,
    anchor: paragraph.anchor,
    permalink: permalinkOf(urls, paths.report(paragraph.documentId), paragraph.anchor),
  };
}

/** JSON text as every export writes it: 2-space indentation and a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The UTF-8 bytes of `toJsonText(records)` for an array, written record by record: at scale a
 * dataset is tens of megabytes of text, held twice over as one JavaScript string (two bytes a
 * character) and then encoded again. Indentation is additive (each level adds two spaces, and a
 * line break inside a string is written `\n`), so a record's own text, every line indented by two
 * more spaces, is exactly its text inside the array.
 */
export function jsonArrayBytes(records: readonly unknown[]): Buffer<ArrayBuffer> {
  if (records.length === 0) return Buffer.from(toJsonText([]), 'utf8');
  const chunks = records.map((record, index) =>
    Buffer.from(
      `${index === 0 ? '[\n' : ',\n'}  ${JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')}`,
      'utf8',
    ),
  );
  return Buffer.concat([...chunks, Buffer.from('\n]\n', 'utf8')]);
}

/**
 * The file of a dataset. The records go through their zod schema first: that rejects a record the
 * schema does not describe, and puts keys in schema order, so the output never depends on how a
 * builder happened to spread its objects.
 */
export function datasetText<Name extends DatasetName>(
  name: Name,
  records: DatasetRecords[Name],
): string {
  return toJsonText(datasetSchema(name).parse(records));
}

/** The JSON Schema (draft 2020-12) of a dataset, generated from its zod schema; `$id` is its published URL. */
export function datasetJsonSchema(name: DatasetName, urls: Urls): Record<string, unknown> {
  const { $schema, description, ...rest } = z.toJSONSchema(datasetSchema(name), {
    target: 'draft-2020-12',
    io: 'output',
  });
  const sheet = sheetDefinitions[name];
  // The CSV file is documented here too, so the schema file alone tells a reader its columns.
  const csv =
    `The same records as CSV for spreadsheets (RFC 4180, UTF-8 with a byte-order mark, header row, ${sheet.rows}): ${permalinkOf(urls, paths.datasetCsv(name))}. ` +
    `Columns: ${sheet.columns.map((column) => column.name).join(', ')}. ${csvRule}`;
  return {
    $schema,
    $id: permalinkOf(urls, paths.datasetSchema(name)),
    description: `${String(description)} ${csv}`,
    ...rest,
  };
}
