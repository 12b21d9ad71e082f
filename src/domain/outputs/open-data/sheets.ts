/**
 * The CSV files of the open data, column by column: what each column holds and how it is read from
 * a published JSON record (so a CSV row and its JSON record can never disagree) and from the model
 * (topic titles for topic ids, the session's name and source document). Times are given twice: in
 * the session's time zone (the `time_zone` column, America/New_York for sessions at Headquarters)
 * and in UTC.
 */
import type { Session, SiteModel, Slot, Topic } from '../../model/model.ts';
import { indexesOf } from '../../model/lookup.ts';
import { formatLabel } from '../../model/browse.ts';
import { weekdayName } from '../../time.ts';
import type {
  DocumentRecord,
  QuestionRecord,
  ReportParagraphRecord,
  SessionRecord,
  SlotRecord,
  SourcePassageRecord,
  TopicRecord,
} from '../../content/schemas/export/index.ts';
import { paths, type Urls } from '../../site-paths.ts';
import type { Sheet, SheetColumn } from './csv.ts';

/** A meeting around a session as the meetings file reads it: the sessions dataset's meeting record and its session. */
export type MeetingRow = SessionRecord['meetings'][number] & { sessionId: string };

/** What the cells are read from besides the record: the model and this deployment's links. */
export interface SheetContext {
  model: SiteModel;
  urls: Urls;
}

/** The names of the CSV files under /data/ (the per-session files are `slots` and `questions`). */
export const sheetNames = [
  'sessions',
  'slots',
  'questions',
  'meetings',
  'topics',
  'documents',
  'report-paragraphs',
] as const;

/** Name of a CSV file under /data/, e.g. `meetings`. */
export type SheetName = (typeof sheetNames)[number];

/** The record each file has one row per. */
export interface SheetRows {
  sessions: SessionRecord;
  slots: SlotRecord;
  questions: QuestionRecord;
  meetings: MeetingRow;
  topics: TopicRecord;
  documents: DocumentRecord;
  'report-paragraphs': ReportParagraphRecord;
}

/** The files each session has of its own, beside its page: its slots and its questions. */
export const sessionSheetNames = ['slots', 'questions'] as const;

/** A model look-up that fails loudly: a record names what the model holds. */
function need<Value>(map: ReadonlyMap<string, Value>, id: string, what: string): Value {
  const value = map.get(id);
  if (value === undefined) throw new Error(`open data: unknown ${what} ${id}`);
  return value;
}

/** A topic's letter and title as the site prints them together, e.g. `(d) Existing and potential threats`. */
function topicLabel(topic: Topic): string {
  return topic.letter ? `(${topic.letter}) ${topic.title}` : topic.title;
}

/** How the site names a session's source document: its title and, where given, its symbol. */
export function sourceDocumentName(session: Pick<Session, 'programmeSource'>): string {
  const { title, symbol } = session.programmeSource;
  return symbol ? `${title} (${symbol})` : title;
}

/** A passage's lines, e.g. `60–62`, or `60` for one line. */
export function linesLabel(source: Pick<SourcePassageRecord, 'startLine' | 'endLine'>): string {
  return source.startLine === source.endLine
    ? String(source.startLine)
    : `${source.startLine}\u2013${source.endLine}`;
}

/** The columns every file with a source passage ends with: document, lines, link. */
function sourceColumns<
  Row extends { sessionId: string; source?: SourcePassageRecord },
>(): SheetColumn<Row, SheetContext>[] {
  return [
    {
      name: 'source_document',
      holds:
        'The source document the text is taken from, as the site names it (with its symbol where the source gives one).',
      value: (row, c) =>
        row.source
          ? sourceDocumentName(need(indexesOf(c.model).sessions, row.sessionId, 'session'))
          : undefined,
    },
    {
      name: 'source_lines',
      holds: 'The lines of the extracted source text that hold the element, e.g. "60–62".',
      value: (row) => (row.source ? linesLabel(row.source) : undefined),
    },
    {
      name: 'source_url',
      holds: 'Absolute URL of the first of those lines on the source page.',
      value: (row) => row.source?.url,
    },
  ];
}

/** The columns of a slot's or meeting's day: date and weekday. */
function dayColumns<Row extends { date: string }>(): SheetColumn<Row, SheetContext>[] {
  return [
    {
      name: 'date',
      holds: 'The date, YYYY-MM-DD, in the session’s time zone.',
      value: (row) => row.date,
    },
    {
      name: 'weekday',
      holds: 'The weekday of the date, in English.',
      value: (row) => weekdayName(row.date),
    },
  ];
}

/** The session of a record (a record names only sessions the model holds). */
const session = (c: SheetContext, id: string): Session =>
  need(indexesOf(c.model).sessions, id, 'session');
/** The topic of an id. */
const topic = (c: SheetContext, id: string): Topic => need(indexesOf(c.model).topics, id, 'topic');
/** The symbols of the documents some references cite, once each, in order. */
const documentSymbols = (
  c: SheetContext,
  references: readonly { document: string }[],
): string[] => [
  ...new Set(
    references.map(
      (reference) => need(indexesOf(c.model).documents, reference.document, 'document').symbol,
    ),
  ),
];
/** The column naming a row's session. */
const sessionName = <Row extends { sessionId: string }>(): SheetColumn<Row, SheetContext> => ({
  name: 'session',
  holds: 'The name of the session.',
  value: (row, c) => session(c, row.sessionId).name,
});
/** The column of a row's session id. */
const sessionId = <Row extends { sessionId: string }>(): SheetColumn<Row, SheetContext> => ({
  name: 'session_id',
  holds: 'Id of the session (sessions.csv).',
  value: (row) => row.sessionId,
});
/** The column of the time zone of a row's local times (its session's). */
const timeZone = <Row extends { sessionId: string }>(): SheetColumn<Row, SheetContext> => ({
  name: 'time_zone',
  holds: 'The time zone of the local times (IANA name; America/New_York for New York).',
  value: (row, c) => session(c, row.sessionId).timeZone,
});
/** The columns of where a document or paragraph is cited: the list its page shows. */
const citationColumns = <
  Row extends { citedIn: readonly { label: string; permalink: string }[] },
>(): SheetColumn<Row, SheetContext>[] => [
  {
    name: 'citation_count',
    holds: 'How many places on the site cite it (the list its page shows).',
    value: (row) => row.citedIn.length,
  },
  {
    name: 'citations',
    holds: 'Those places, one per line, in site order.',
    join: 'lines',
    value: (row) => row.citedIn.map((entry) => entry.label),
  },
  {
    name: 'citation_links',
    holds: 'Absolute URLs of those places, one per line, in the same order.',
    join: 'lines',
    value: (row) => row.citedIn.map((entry) => entry.permalink),
  },
];

/** slots.csv and each session's own slots.csv. */
const slots: Sheet<SlotRecord, SheetContext> = {
  name: 'slots',
  rows: 'one row per programme slot (one meeting of a session), in programme order',
  columns: [
    {
      name: 'slot_id',
      holds: 'Id of the slot, stable once published.',
      value: (row) => row.id,
    },
    sessionName(),
    sessionId(),
    ...dayColumns<SlotRecord>(),
    {
      name: 'start_local',
      holds: 'Start time, HH:MM (24-hour), in the session’s time zone.',
      value: (row) => row.start,
    },
    {
      name: 'end_local',
      holds: 'End time, HH:MM (24-hour), in the session’s time zone.',
      value: (row) => row.end,
    },
    timeZone(),
    {
      name: 'utc_offset',
      holds: 'The UTC offset in force, e.g. "UTC−4".',
      value: (row) => row.offsetLabel,
    },
    {
      name: 'start_utc',
      holds: 'Start in UTC, ISO 8601, e.g. "2022-03-28T14:00:00Z".',
      value: (row) => row.startUtc,
    },
    { name: 'end_utc', holds: 'End in UTC, ISO 8601.', value: (row) => row.endUtc },
    {
      name: 'time_as_printed',
      holds: 'The time as the source prints it, e.g. "10 a.m.-1 p.m.".',
      value: (row) => row.timeAsPrinted,
    },
    {
      name: 'format',
      holds: 'How the meeting is held, where the source says (e.g. "Informal meeting, virtual").',
      value: (row) => formatLabel(row.format) || undefined,
    },
    {
      name: 'topic_letters',
      holds: 'Letters of the agenda item 5 sub-items discussed, joined with "; ".',
      join: 'list',
      value: (row, c) =>
        row.topicIds
          .map((id) => topic(c, id).letter)
          .filter((letter): letter is string => Boolean(letter)),
    },
    {
      name: 'topics',
      holds: 'Titles of the agenda item 5 sub-items discussed, in order, joined with "; ".',
      join: 'list',
      value: (row, c) => row.topicIds.map((id) => topic(c, id).title),
    },
    {
      name: 'headings',
      holds: 'The headings of the slot’s agenda blocks as printed, one per line.',
      join: 'lines',
      value: (row) => row.blocks.map((block) => block.heading),
    },
    {
      name: 'sub_items',
      holds: 'The agenda item 5 sub-items as printed, one per line.',
      join: 'lines',
      value: (row) => row.blocks.flatMap((block) => (block.subItem ? [block.subItem] : [])),
    },
    {
      name: 'focused_discussion',
      holds: 'The focused discussion texts introducing the guiding questions, one per line.',
      join: 'lines',
      value: (row) =>
        row.blocks.flatMap((block) => (block.focusedDiscussion ? [block.focusedDiscussion] : [])),
    },
    {
      name: 'speakers',
      holds: 'Statements, briefings and remarks as printed, one per line.',
      join: 'lines',
      value: (row) => row.blocks.flatMap((block) => block.speakers.map((speaker) => speaker.text)),
    },
    {
      name: 'other_lines',
      holds: 'Other lines printed under the blocks, one per line.',
      join: 'lines',
      value: (row) => row.blocks.flatMap((block) => block.items),
    },
    {
      name: 'footnotes',
      holds: 'Footnotes of the block headings, one per line, each after its mark ("1. …").',
      join: 'lines',
      value: (row) =>
        row.blocks.flatMap((block) =>
          block.footnotes.map((footnote) => `${footnote.marker}. ${footnote.text}`),
        ),
    },
    {
      name: 'notes',
      holds: 'Sentences of the source about this slot printed elsewhere in it, one per line.',
      join: 'lines',
      value: (row) => row.notes,
    },
    {
      name: 'question_count',
      holds: 'How many guiding questions the slot prints (questions.csv lists them).',
      value: (row) => row.questionIds.length,
    },
    {
      name: 'cited_documents',
      holds: 'Symbols of the documents the slot’s text cites by reference, joined with "; ".',
      join: 'list',
      value: (row, c) =>
        documentSymbols(
          c,
          row.blocks.flatMap((block) => block.references),
        ),
    },
    {
      name: 'permalink',
      holds: 'Absolute URL of the slot on its session page.',
      value: (row) => row.permalink,
    },
    ...sourceColumns<SlotRecord>(),
  ],
};

/** questions.csv and each session's own questions.csv. */
const questions: Sheet<QuestionRecord, SheetContext> = {
  name: 'questions',
  rows: 'one row per guiding question, in session order (programme questions, then summary questions)',
  columns: [
    {
      name: 'question_id',
      holds: 'Id of the question, also its anchor on the page.',
      value: (row) => row.id,
    },
    sessionName(),
    sessionId(),
    {
      name: 'number',
      holds: 'The question’s number in its slot or summary.',
      value: (row) => row.number,
    },
    { name: 'question', holds: 'The question, word for word.', value: (row) => row.text },
    {
      name: 'group',
      holds: 'The heading of the group of questions, where the source groups them.',
      value: (row) => row.group,
    },
    {
      name: 'topic_letter',
      holds: 'Letter of the agenda item 5 sub-item.',
      value: (row, c) => topic(c, row.topicId).letter,
    },
    {
      name: 'topic',
      holds: 'Title of the agenda item 5 sub-item.',
      value: (row, c) => topic(c, row.topicId).title,
    },
    {
      name: 'printed_in',
      holds: '"programme" (under a slot of the programme) or "narrative summary".',
      value: (row) => (row.origin.kind === 'slot' ? 'programme' : 'narrative summary'),
    },
    {
      name: 'heading',
      holds:
        'The heading the question is printed under: its agenda block’s, or its narrative summary’s.',
      value: (row, c) =>
        row.origin.kind === 'slot'
          ? need(indexesOf(c.model).slots, row.origin.slotId, 'slot').blocks[row.origin.blockIndex]
              ?.heading
          : need(indexesOf(c.model).summaries, row.origin.summaryId, 'summary').heading,
    },
    {
      name: 'focused_discussion',
      holds: 'The focused discussion text introducing the questions of its block, where printed.',
      value: (row, c) =>
        row.origin.kind === 'slot'
          ? need(indexesOf(c.model).slots, row.origin.slotId, 'slot').blocks[row.origin.blockIndex]
              ?.focusedDiscussion
          : undefined,
    },
    {
      name: 'slot_id',
      holds: 'Id of the slot it is printed under (slots.csv); empty for a summary question.',
      value: (row) => (row.origin.kind === 'slot' ? row.origin.slotId : undefined),
    },
    ...(
      [
        ['date', 'Date of that slot, YYYY-MM-DD.', (slot) => slot.date],
        ['weekday', 'Weekday of that date, in English.', (slot) => weekdayName(slot.date)],
        [
          'start_local',
          'Start of that slot, HH:MM, in the session’s time zone.',
          (slot) => slot.start,
        ],
        ['end_local', 'End of that slot, HH:MM, in the session’s time zone.', (slot) => slot.end],
        ['start_utc', 'Start of that slot in UTC, ISO 8601.', (slot) => slot.startUtc],
        ['end_utc', 'End of that slot in UTC, ISO 8601.', (slot) => slot.endUtc],
      ] as const satisfies readonly (readonly [string, string, (slot: Slot) => string])[]
    ).map(([name, holds, read]): SheetColumn<QuestionRecord, SheetContext> => ({
      name,
      holds: `${holds} Empty for a summary question.`,
      value: (row, c) =>
        row.origin.kind === 'slot'
          ? read(need(indexesOf(c.model).slots, row.origin.slotId, 'slot'))
          : undefined,
    })),
    {
      name: 'summary_section',
      holds: 'Roman numeral of the narrative summary section; empty for a programme question.',
      value: (row) => (row.origin.kind === 'summary' ? row.origin.section : undefined),
    },
    {
      name: 'cited_documents',
      holds: 'Symbols of the documents the question cites, joined with "; ".',
      join: 'list',
      value: (row, c) => documentSymbols(c, row.references),
    },
    {
      name: 'permalink',
      holds: 'Absolute URL of the question on its page.',
      value: (row) => row.permalink,
    },
    ...sourceColumns<QuestionRecord>(),
  ],
};

/** meetings.csv. */
const meetings: Sheet<MeetingRow, SheetContext> = {
  name: 'meetings',
  rows: 'one row per meeting announced around a session (preparatory meeting, stakeholder dialogue), in date order',
  columns: [
    { name: 'meeting_id', holds: 'Id of the meeting.', value: (row) => row.id },
    sessionName(),
    sessionId(),
    {
      name: 'title',
      holds: 'What the meeting is, as the site names it from the source.',
      value: (row) => row.title,
    },
    ...dayColumns<MeetingRow>(),
    {
      name: 'start_local',
      holds: 'Start, HH:MM, in the session’s time zone, or "not announced".',
      value: (row) => row.start,
    },
    {
      name: 'end_local',
      holds: 'End, HH:MM, in the session’s time zone, or "not announced".',
      value: (row) => row.end,
    },
    timeZone(),
    {
      name: 'start_utc',
      holds: 'Start in UTC, ISO 8601, where the source announces a start.',
      value: (row) => row.startUtc,
    },
    {
      name: 'format',
      holds: 'How the meeting is held, where the source says.',
      value: (row) => formatLabel(row.format) || undefined,
    },
    {
      name: 'announcement',
      holds: 'The sentence of the source announcing the meeting, word for word.',
      value: (row) => row.announcement,
    },
    {
      name: 'notes',
      holds: 'Further sentences of the source about the meeting, one per line.',
      join: 'lines',
      value: (row) => row.notes,
    },
    {
      name: 'permalink',
      holds: 'Absolute URL of the meeting on its session page.',
      value: (row) => row.permalink,
    },
    ...sourceColumns<MeetingRow>(),
  ],
};

/** sessions.csv. */
const sessionsSheet: Sheet<SessionRecord, SheetContext> = {
  name: 'sessions',
  rows: 'one row per substantive session, in session order',
  columns: [
    { name: 'session_id', holds: 'Id of the session.', value: (row) => row.id },
    {
      name: 'number',
      holds: 'Ordinal of the session (2 for the second).',
      value: (row) => row.number,
    },
    { name: 'name', holds: 'Name of the session.', value: (row) => row.name },
    { name: 'start_date', holds: 'First day, YYYY-MM-DD.', value: (row) => row.startDate },
    { name: 'end_date', holds: 'Last day, YYYY-MM-DD.', value: (row) => row.endDate },
    { name: 'venue', holds: 'Where the session is held.', value: (row) => row.venue },
    {
      name: 'time_zone',
      holds: 'The time zone of the programme’s times (IANA name).',
      value: (row) => row.timeZone,
    },
    {
      name: 'status',
      holds: 'Status of the programme of work: provisional or final.',
      value: (row) => row.status,
    },
    {
      name: 'revised',
      holds: 'Date of the latest change to the session’s content.',
      value: (row) => row.revised,
    },
    {
      name: 'programme_title',
      holds: 'Title of the programme as printed.',
      value: (row) => row.programmeTitle,
    },
    {
      name: 'programme_source',
      holds:
        'The document the programme is taken from, as the site names it (with its symbol where the source gives one).',
      value: (row, c) => sourceDocumentName(session(c, row.id)),
    },
    {
      name: 'programme_source_date',
      holds: 'Date of that document.',
      value: (row) => row.programmeSource.date,
    },
    {
      name: 'programme_symbol_status',
      holds: 'Whether the symbol was issued or announced as "to be issued".',
      value: (row) => row.programmeSource.documentStatus,
    },
    {
      name: 'notes',
      holds: 'Notes printed with the programme (webcast, statements, venue…), one per line.',
      join: 'lines',
      value: (row) => row.notes.map((note) => note.text),
    },
    {
      name: 'links',
      holds: 'Further information the source points to, one per line: label, then the URL.',
      join: 'lines',
      value: (row) => row.links.map((link) => `${link.label}: ${link.url}`),
    },
    {
      name: 'days',
      holds: 'How many days the programme has.',
      value: (row) => row.days.length,
    },
    {
      name: 'slot_count',
      holds: 'How many programme slots (slots.csv).',
      value: (row) => row.slotIds.length,
    },
    {
      name: 'question_count',
      holds: 'How many guiding questions (questions.csv).',
      value: (row) => row.questionIds.length,
    },
    {
      name: 'meeting_count',
      holds: 'How many meetings around the session (meetings.csv).',
      value: (row) => row.meetings.length,
    },
    {
      name: 'summaries_title',
      holds:
        'Title of the narrative summaries, where the session has them (their text is in sessions.json).',
      value: (row) => row.summariesTitle,
    },
    {
      name: 'permalink',
      holds: 'Absolute URL of the session page.',
      value: (row) => row.permalink,
    },
    {
      name: 'slots_csv',
      holds: 'Absolute URL of the session’s own slots.csv (the same columns as slots.csv).',
      value: (row, c) => c.urls.absolute(paths.sessionSheet(row.id, 'slots')),
    },
    {
      name: 'questions_csv',
      holds: 'Absolute URL of the session’s own questions.csv.',
      value: (row, c) => c.urls.absolute(paths.sessionSheet(row.id, 'questions')),
    },
    {
      name: 'schedule_json',
      holds: 'Absolute URL of the schedule for conference apps (C3VOC schedule.json).',
      value: (row) => row.scheduleJson,
    },
    {
      name: 'schedule_xml',
      holds: 'Absolute URL of the schedule for conference apps (frab schedule.xml).',
      value: (row) => row.scheduleXml,
    },
  ],
};

/** topics.csv. */
const topics: Sheet<TopicRecord, SheetContext> = {
  name: 'topics',
  rows: 'one row per topic (agenda item 5 sub-items, then procedural blocks), in topic order',
  columns: [
    { name: 'topic_id', holds: 'Id of the topic.', value: (row) => row.id },
    {
      name: 'kind',
      holds: '"sub-item" (of agenda item 5) or "procedural".',
      value: (row) => row.kind,
    },
    { name: 'letter', holds: 'Letter of the sub-item, e.g. "d".', value: (row) => row.letter },
    { name: 'title', holds: 'Title of the topic.', value: (row) => row.title },
    {
      name: 'label',
      holds: 'Letter and title as the site prints them, e.g. "(d) Existing and potential threats".',
      value: (row, c) => topicLabel(topic(c, row.id)),
    },
    {
      name: 'official_wording',
      holds: 'The official wording of the sub-item, where the sources give one.',
      value: (row) => row.officialWording,
    },
    {
      name: 'slot_count',
      holds: 'How many slots discuss it.',
      value: (row) => row.slotIds.length,
    },
    {
      name: 'question_count',
      holds: 'How many guiding questions it has.',
      value: (row) => row.questionIds.length,
    },
    {
      name: 'permalink',
      holds: 'Absolute URL of the topic page (sub-items only).',
      value: (row) => row.permalink,
    },
  ],
};

/** documents.csv. */
const documents: Sheet<DocumentRecord, SheetContext> = {
  name: 'documents',
  rows: 'one row per cited document',
  columns: [
    { name: 'document_id', holds: 'Id of the document.', value: (row) => row.id },
    {
      name: 'symbol',
      holds: 'The document symbol, e.g. "A/77/275".',
      value: (row) => row.symbol,
    },
    {
      name: 'title',
      holds: 'What the sources call the whole document, where they do.',
      value: (row) => row.title,
    },
    {
      name: 'parts',
      holds:
        'Parts of the document the sources name, one per line: the part, then the source’s words.',
      join: 'lines',
      value: (row) => row.parts.map((part) => `${part.part}: ${part.namedIn}`),
    },
    {
      name: 'cited_as',
      holds: 'How the sources cite it, joined with "; ".',
      join: 'list',
      value: (row) => row.citedAs,
    },
    {
      name: 'official_url',
      holds: 'The official text at docs.un.org.',
      value: (row) => row.officialUrl,
    },
    {
      name: 'permalink',
      holds: 'Absolute URL of the document on the site.',
      value: (row) => row.permalink,
    },
    ...citationColumns<DocumentRecord>(),
  ],
};

/** report-paragraphs.csv. */
const reportParagraphs: Sheet<ReportParagraphRecord, SheetContext> = {
  name: 'report-paragraphs',
  rows: 'one row per cited report paragraph',
  columns: [
    { name: 'paragraph_id', holds: 'Id of the paragraph.', value: (row) => row.id },
    {
      name: 'document',
      holds: 'Symbol of the document the paragraph belongs to.',
      value: (row, c) => need(indexesOf(c.model).documents, row.documentId, 'document').symbol,
    },
    { name: 'number', holds: 'The paragraph number.', value: (row) => row.number },
    {
      name: 'subject',
      holds: 'What the paragraph is about, as the site labels it.',
      value: (row) => row.subject,
    },
    {
      name: 'text',
      holds: 'The paragraph text where the site holds it.',
      value: (row) => row.text,
    },
    {
      name: 'statements',
      holds: 'What the sources say of the paragraph, word for word, one per line.',
      join: 'lines',
      value: (row) => row.statements.map((statement) => statement.text),
    },
    {
      name: 'permalink',
      holds: 'Absolute URL of the paragraph on its report page.',
      value: (row) => row.permalink,
    },
    ...citationColumns<ReportParagraphRecord>(),
  ],
};

/** Every CSV file's definition: its columns, and how each cell is read from a record and the model. */
export const sheetDefinitions: { [Name in SheetName]: Sheet<SheetRows[Name], SheetContext> } = {
  sessions: sessionsSheet,
  slots,
  questions,
  meetings,
  topics,
  documents,
  'report-paragraphs': reportParagraphs,
};
