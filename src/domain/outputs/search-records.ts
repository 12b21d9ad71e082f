/**
 * What the search index knows of each element that is found on its own: a guiding question, a
 * programme slot, a meeting around a session, a narrative summary, a note or footnote, a report
 * paragraph, a document. Built pages only mark such elements (`data-search-record` on an element
 * with an id); what a result shows of them (title, session, date, topic, times) comes from the site
 * model, by page and anchor (`searchRecordsByPage`), so the pages carry no search metadata. The
 * Pagefind integration makes one Pagefind page per built page and each record a sub-result of it,
 * found at the record's anchor.
 */
import { documentAnchor, footnoteAnchor, meetingAnchor, programmeAnchor, sessionNoteAnchor, summariesTitleAnchor, summaryAnchor } from '../anchors.ts';
import { topicsCitingParagraph } from '../model/browse.ts';
import { indexesOf } from '../model/lookup.ts';
import { questionLocation, slotLabel } from '../model/locations.ts';
import type {
  Document, Meeting, Question, ReportParagraph, Session, SiteModel, Slot, Summary,
} from '../model/model.ts';
import { longDate, slotTimeLabel, unTime } from '../time.ts';
import { paths } from '../urls.ts';

/** One element found on its own by search: what is shown with it and the filters it answers to. */
export interface SearchRecord {
  /** The result's title. */
  title: string;
  /** Sessions the element belongs to (filter values; shown). */
  sessions: string[];
  /** When, as shown with the result; absent where the element has no date. */
  date?: string;
  /** Agenda item 5 sub-items the element belongs to (filter values; shown). */
  topics: string[];
  /**
   * The element's UTC instants and the zone its times are printed in, where it has a time: the
   * enhancement shows the time in the reader's zone beside the result.
   */
  instants?: SearchInstants;
}

/** UTC start (and end, where announced) of a slot or meeting, with the session's IANA zone. */
export interface SearchInstants {
  start: string;
  end?: string;
  zone: string;
}

/**
 * Pagefind's ranking options for this site (https://pagefind.app/docs/ranking/), given to Pagefind
 * by the search page. Pagefind matches every word that starts with a query word, for search as you
 * type; `termSimilarity` well above its default (1) ranks an exact word (or the same stem:
 * "states" for "state") before words that merely start like it ("participation" for "part").
 * Pagefind also searches a page's metadata: its title (the page's own, e.g. "Fourth substantive
 * session: programme") counts for nothing, the records' own text decides.
 */
export const searchRanking = { termSimilarity: 10, metaWeights: { title: 0 } } as const;

/** The attribute that marks an element (with an id) as a search record of its own. */
export const searchRecordAttribute = 'data-search-record';

/** Spread on an element to make it a search record: `<li id={…} {...searchRecordMarker}>`. */
export const searchRecordMarker: Readonly<Record<string, string>> = { [searchRecordAttribute]: '' };

/**
 * The attribute of text that gives the records beside it their context (a slot's focused
 * discussion for its questions): such a question, "What lessons can be gleaned from those
 * examples?", is found by the words of its discussion too, with a lower weight.
 */
export const searchContextAttribute = 'data-search-context';

/** How much context words count against a record's own words (Pagefind's weight, 1 = normal). */
export const searchContextWeight = '0.5';

/**
 * What the search page's script receives of a record (as the sub-result's title in the index,
 * JSON): the result's title, its sessions and topics (shown, and matched against the filters, so a
 * topic filter shows no other topic's match), its date, and its UTC instants and zone.
 */
export interface SearchResultData {
  title: string;
  session: string[];
  topic: string[];
  date?: string;
  start?: string;
  end?: string;
  zone?: string;
}

/** A record as the search page's script receives it. */
export function searchResultData(record: SearchRecord): SearchResultData {
  return {
    title: record.title,
    session: record.sessions,
    topic: record.topics,
    ...(record.date ? { date: record.date } : {}),
    ...(record.instants ?? {}),
  };
}

/** The filter values of a page of records: every session and topic of any of them, once, in order. */
export function searchPageFilters(records: Iterable<SearchRecord>): { session: string[]; topic: string[] } {
  const session = new Set<string>();
  const topic = new Set<string>();
  for (const record of records) {
    record.sessions.forEach((value) => session.add(value));
    record.topics.forEach((value) => topic.add(value));
  }
  return { session: [...session], topic: [...topic] };
}

/** The records of each built page: by the page's site path, then by the record's anchor. */
export type SearchRecordsByPage = Map<string, Map<string, SearchRecord>>;

/** Adds a record at a page and anchor; two records at one anchor are a bug. */
type AddRecord = (path: string, anchor: string, record: SearchRecord) => void;

/**
 * Every search record of the site, where its page prints it: slots, meetings, notes and programme
 * footnotes on the session page; summaries and their footnotes on the summaries page; guiding
 * questions at home (their slot or summary); paragraphs on their report's page; documents on the
 * documents page. The Pagefind integration checks this against the marked elements of the built
 * pages, both ways.
 */
export function searchRecordsByPage(model: SiteModel): SearchRecordsByPage {
  const pages: SearchRecordsByPage = new Map();
  const add: AddRecord = (path, anchor, record) => {
    const page = pages.get(path) ?? new Map<string, SearchRecord>();
    if (page.has(anchor)) throw new Error(`two search records at ${path}#${anchor}`);
    pages.set(path, page.set(anchor, record));
  };
  for (const session of model.sessions) addSessionRecords(model, session, add);
  for (const question of model.questions) {
    const location = questionLocation(model, question);
    add(location.path, location.anchor, questionSearchRecord(model, question));
  }
  const documents = indexesOf(model).documents;
  for (const paragraph of model.reportParagraphs) {
    const document = documents.get(paragraph.documentId)!;
    add(paths.report(document.id), paragraph.anchor, paragraphSearchRecord(model, document, paragraph));
  }
  for (const document of model.documents) add(paths.documents(), documentAnchor(document.id), documentSearchRecord(model, document));
  return pages;
}

/** The records of a session's programme page and summaries page (not its questions). */
function addSessionRecords(model: SiteModel, session: Session, add: AddRecord): void {
  const programme = paths.session(session.id);
  for (const footnote of session.programmeFootnotes) {
    add(programme, footnoteAnchor(programmeAnchor, footnote.marker), footnoteSearchRecord(session, 'programme', footnote.marker));
  }
  for (const slot of session.slots) add(programme, slot.anchor, slotSearchRecord(model, session, slot));
  for (const meeting of session.meetings) add(programme, meetingAnchor(meeting.id), meetingSearchRecord(session, meeting));
  session.notes.forEach((_note, index) => add(programme, sessionNoteAnchor(index + 1), sessionNoteSearchRecord(session, index + 1)));
  const summaries = paths.summaries(session.id);
  for (const summary of session.summaries) add(summaries, summaryAnchor(summary.id), summarySearchRecord(model, session, summary));
  for (const footnote of session.summariesFootnotes) {
    add(summaries, footnoteAnchor(summariesTitleAnchor, footnote.marker), footnoteSearchRecord(session, 'narrative summaries', footnote.marker));
  }
}

/** Titles of the sub-item topics among `topicIds`, in the given order, without repeats. */
function subItemTitles(model: SiteModel, topicIds: readonly string[]): string[] {
  const topics = indexesOf(model).topics;
  const titles = topicIds.flatMap((topicId) => {
    const topic = topics.get(topicId);
    return topic?.kind === 'sub-item' ? [topic.title] : [];
  });
  return [...new Set(titles)];
}

/** Names of the known sessions among `sessionIds`, in session order. */
function sessionNames(model: SiteModel, sessionIds: ReadonlySet<string>): string[] {
  const sessions = indexesOf(model).sessions;
  return [...sessionIds]
    .flatMap((id) => sessions.get(id) ?? [])
    .sort((a, b) => a.number - b.number)
    .map((session) => session.name);
}

function sessionOf(model: SiteModel, sessionId: string): Session {
  return indexesOf(model).sessions.get(sessionId)!;
}

/** A session's dates as the session page prints them. */
function sessionDates(session: Session): string {
  return `${longDate(session.startDate)} to ${longDate(session.endDate)}`;
}

/** A slot's day and time, e.g. `9 March 2023, 11.30 a.m.–1 p.m.`. */
function slotDate(slot: Slot): string {
  return `${longDate(slot.date)}, ${slotTimeLabel(slot)}`;
}

/** A session and its dates, as result titles name them, e.g. `Second substantive session, 28 March 2022 to 1 April 2022`. */
function sessionWithDates(session: Session): string {
  return `${session.name}, ${sessionDates(session)}`;
}

/** A guiding question, found at its home (its slot on the session page, or its summary). */
export function questionSearchRecord(model: SiteModel, question: Question): SearchRecord {
  const session = sessionOf(model, question.sessionId);
  const base = { sessions: [session.name], topics: subItemTitles(model, [question.topicId]) };
  if (question.origin.kind === 'slot') {
    const { slotId } = question.origin;
    const slot = indexesOf(model).slots.get(slotId)!;
    return { ...base, title: `Guiding question ${question.number} · ${session.name}, ${slotDate(slot)}`, date: slotDate(slot), instants: slotInstants(session, slot) };
  }
  const { summaryId } = question.origin;
  const summary = indexesOf(model).summaries.get(summaryId)!;
  return {
    ...base,
    title: `Guiding question ${question.number}, narrative summary ${summary.section} · ${sessionWithDates(session)}`,
    date: sessionDates(session),
  };
}

/** A programme slot: its agenda blocks, sub-items, focused discussions and speakers (not its questions). */
export function slotSearchRecord(model: SiteModel, session: Session, slot: Slot): SearchRecord {
  return {
    title: `Programme: ${slotLabel(session, slot)}`,
    sessions: [session.name],
    date: slotDate(slot),
    topics: subItemTitles(model, slot.topicIds),
    instants: slotInstants(session, slot),
  };
}

/** A slot's UTC instants and its session's zone. */
function slotInstants(session: Session, slot: Slot): SearchInstants {
  return { start: slot.startUtc, end: slot.endUtc, zone: session.timeZone };
}

/** A meeting around a session, as announced in the sources. */
export function meetingSearchRecord(session: Session, meeting: Meeting): SearchRecord {
  const date = meeting.startUtc ? `${longDate(meeting.date)}, ${unTime(meeting.start)}` : longDate(meeting.date);
  return {
    title: `Meeting: ${meeting.title}, ${longDate(meeting.date)} · around the ${session.name.toLowerCase()}`,
    sessions: [session.name],
    date,
    topics: [],
    // A meeting whose time was not announced has no instant; one without an announced end, no end.
    ...(meeting.startUtc ? { instants: { start: meeting.startUtc, zone: session.timeZone } } : {}),
  };
}

/** A narrative summary section (its guiding questions are records of their own). */
export function summarySearchRecord(model: SiteModel, session: Session, summary: Summary): SearchRecord {
  return {
    title: `Narrative summary ${summary.section}. ${summary.heading} · ${sessionWithDates(session)}`,
    sessions: [session.name],
    date: sessionDates(session),
    topics: subItemTitles(model, [summary.topicId]),
  };
}

/**
 * A document or report paragraph answers to the session filter of at most this many sessions (the
 * ones that cite it); cited by more, it answers to none: one filter value per citing session would
 * make its search data (and its page's filter values in the index) grow with the whole archive.
 */
export const recordSessionLimit = 12;

/** The sessions a document or paragraph record names: those that cite it, unless more than the limit. */
function citingSessions(model: SiteModel, sessionIds: ReadonlySet<string>): string[] {
  return sessionIds.size > recordSessionLimit ? [] : sessionNames(model, sessionIds);
}

/** A cited report paragraph: the sessions whose sources speak of it, the topics that cite it. */
export function paragraphSearchRecord(model: SiteModel, document: Document, paragraph: ReportParagraph): SearchRecord {
  const sessionIds = new Set([
    ...paragraph.statements.map((statement) => statement.session),
    ...paragraph.citations.map((citation) => citation.sessionId),
  ]);
  return {
    title: `${document.symbol}, paragraph ${paragraph.number}: ${paragraph.subject}`,
    sessions: citingSessions(model, sessionIds),
    topics: topicsCitingParagraph(model, paragraph.id).map((topic) => topic.title),
  };
}

/** A cited document: the sessions whose programmes cite it. */
export function documentSearchRecord(model: SiteModel, document: Document): SearchRecord {
  const sessionIds = new Set(document.citations.map((citation) => citation.sessionId));
  return {
    title: document.title ? `${document.symbol}: ${document.title}` : document.symbol,
    sessions: citingSessions(model, sessionIds),
    topics: [],
  };
}

/** Where a note of a session is printed: with the programme, or with the narrative summaries. */
export type NotePlace = 'programme' | 'narrative summaries';

/** A note printed with a session's programme (webcast, statements, venue …), `number` counted from 1 in print order. */
export function sessionNoteSearchRecord(session: Session, number: number): SearchRecord {
  return noteRecord(session, `Note ${number} printed with the programme · ${sessionWithDates(session)}`);
}

/** A footnote of a session's programme title or narrative summaries title, by its printed mark. */
export function footnoteSearchRecord(session: Session, place: NotePlace, marker: string): SearchRecord {
  return noteRecord(session, `Footnote ${marker} to the ${place} · ${sessionWithDates(session)}`);
}

function noteRecord(session: Session, title: string): SearchRecord {
  return { title, sessions: [session.name], date: sessionDates(session), topics: [] };
}
