/** The assembled site model: what pages, calendars and data exports read. Plain data, no Astro. */
import type {
  DocumentReference,
  Footnote,
  GlossaryEntryInput,
  MeetingFormat,
  SessionInput,
  SpeakerInput,
  TopicInput,
} from '../content/schemas/index.ts';

/** Where a citation stands, for back-links from a document or paragraph. */
export interface Citation {
  /** What cites: a guiding question, a programme block's text, or a footnote. */
  kind: 'question' | 'block' | 'footnote';
  /** Session of the citing element. */
  sessionId: string;
  /** Anchor of the citing element on its session page. */
  anchor: string;
  /** A short label for the back-link, e.g. "Fourth substantive session, 6 March 2023, 10 a.m.–1 p.m.". */
  label: string;
  /** The citation itself. */
  reference: DocumentReference;
}

/** A guiding question with its place in a session. */
export interface Question {
  /** Globally unique id, also its anchor: `q-<slot or summary id>-<number>`. */
  id: string;
  sessionId: string;
  /** Topic (agenda item 5 sub-item) the question belongs to. */
  topicId: string;
  number: number;
  text: string;
  group?: string;
  references: DocumentReference[];
  /** Where the question is printed: in a programme slot, or in a narrative summary. */
  origin:
    | { kind: 'slot'; slotId: string; blockIndex: number }
    | { kind: 'summary'; summaryId: string; section: string };
  /** The content file it comes from. */
  file: string;
}

/** An agenda block inside a slot. */
export interface Block {
  topicId: string;
  heading: string;
  agendaItem?: number;
  subItem?: string;
  continued: boolean;
  focusedDiscussion?: string;
  speakersHeading?: string;
  speakers: SpeakerInput[];
  items: string[];
  questions: Question[];
  references: DocumentReference[];
  footnotes: Footnote[];
}

/** A time slot of a session programme, with its instants computed once. */
export interface Slot {
  /** Globally unique id, e.g. `2022-03-28-1000`. */
  id: string;
  /** Anchor on the session page: `slot-<id>`. */
  anchor: string;
  sessionId: string;
  date: string;
  start: string;
  end: string;
  timeAsPrinted: string;
  format: MeetingFormat;
  /** Sentences of the source about the slot printed elsewhere in it, word for word. */
  notes: string[];
  blocks: Block[];
  /** Every guiding question of the slot, in order. */
  questions: Question[];
  /** Ids of the agenda item 5 sub-items discussed in the slot, in order, without repeats. */
  topicIds: string[];
  /** UTC instants, ISO 8601 (`2022-03-28T14:00:00Z`). */
  startUtc: string;
  endUtc: string;
  /** Offset date-times, ISO 8601 (`2022-03-28T10:00:00-04:00`). */
  startWithOffset: string;
  endWithOffset: string;
  /** Label of the zone offset, e.g. `UTC−4`. */
  offsetLabel: string;
  file: string;
}

/** A day of a session programme. */
export interface Day {
  date: string;
  /** E.g. `Monday, 28 March 2022`. */
  label: string;
  slots: Slot[];
}

/** A meeting around a session. */
export interface Meeting {
  id: string;
  sessionId: string;
  title: string;
  date: string;
  start: (string & {}) | 'not announced';
  end: (string & {}) | 'not announced';
  format: MeetingFormat;
  announcement: string;
  /** Further sentences of the source about the meeting, word for word. */
  notes: string[];
  /** UTC start, where the time is announced. */
  startUtc?: string;
  file: string;
}

/** A narrative summary section. */
export interface Summary {
  id: string;
  sessionId: string;
  section: string;
  order: number;
  topicId: string;
  heading: string;
  /** The summary text (the Markdown file's body), word for word. */
  body: string;
  questions: Question[];
  file: string;
}

/** A session with its whole programme. */
export interface Session extends Omit<SessionInput, 'programmeSource'> {
  id: string;
  programmeSource: SessionInput['programmeSource'] & { symbol?: string };
  days: Day[];
  slots: Slot[];
  meetings: Meeting[];
  summaries: Summary[];
  /** Every guiding question of the session: programme questions, then summary questions. */
  questions: Question[];
  file: string;
}

/** A topic with what refers to it across sessions. */
export interface Topic extends TopicInput {
  id: string;
  slotIds: string[];
  questionIds: string[];
  summaryIds: string[];
  file: string;
}

/** A cited document with its official link and back-links. */
export interface Document {
  id: string;
  symbol: string;
  /** What the sources call the whole document, where they do. */
  title?: string;
  /** Parts of the document the sources name, with their words. */
  parts: { part: string; namedIn: string }[];
  citedAs: string[];
  hasParagraphs: boolean;
  /** `https://docs.un.org/en/<symbol>`. */
  url: string;
  citations: Citation[];
  file: string;
}

/** A cited report paragraph with back-links. */
export interface ReportParagraph {
  id: string;
  documentId: string;
  number: number;
  subject: string;
  statements: { session: string; text: string }[];
  text: string;
  /** Anchor on the report page: `para-<number>`. */
  anchor: string;
  citations: Citation[];
  file: string;
}

/** The whole site. Lists are in display order. */
export interface SiteModel {
  sessions: Session[];
  topics: Topic[];
  documents: Document[];
  reportParagraphs: ReportParagraph[];
  slots: Slot[];
  questions: Question[];
  meetings: Meeting[];
  summaries: Summary[];
  /** Acronyms and their expansions, by acronym (search expands them both ways). */
  glossary: GlossaryEntry[];
}

/** An acronym of the glossary with its expansion and where that comes from. */
export interface GlossaryEntry extends GlossaryEntryInput {
  id: string;
  file: string;
}
