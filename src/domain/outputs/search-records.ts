/**
 * What search shows of each element that is found on its own: a guiding question, a programme
 * slot, a meeting around a session, a narrative summary, a note or footnote, a report paragraph, a
 * document, a glossary entry. The pages mark such an element for Pagefind as a sub-result: an
 * element with an id and `data-pagefind-title` (`searchMarker`), whose title is the one line a
 * result shows, made here from the site model: what it is, then its facts (sessions, date, topics,
 * UTC times), separated by " · ". Pagefind stores that title without indexing it; the search page
 * shows the first part as the result's link and the facts as its tags.
 */
import {
  documentAnchor,
  footnoteAnchor,
  glossaryAnchor,
  meetingAnchor,
  programmeAnchor,
  sessionNoteAnchor,
  slotContinuedAnchor,
  summariesTitleAnchor,
  summaryAnchor,
} from '../anchors.ts';
import { backLinksOf } from '../model/back-links.ts';
import { topicsCitingParagraph } from '../model/browse.ts';
import { indexesOf } from '../model/lookup.ts';
import { questionLocation } from '../model/locations.ts';
import { paragraphRanges, type ParagraphRange } from '../model/report-ranges.ts';
import { slotTopics } from '../model/timetable.ts';
import type {
  Document,
  GlossaryEntry,
  Meeting,
  Question,
  ReportParagraph,
  Session,
  SiteModel,
  Slot,
  Summary,
} from '../model/model.ts';
import { longDate, slotTimeLabel, unTime } from '../time.ts';
import { paths } from '../site-paths.ts';
import {
  searchResultTitle,
  type SearchInstants,
  type SearchRecord,
} from '../search/result-title.ts';

export type { SearchInstants, SearchRecord } from '../search/result-title.ts';

/**
 * Pagefind's ranking options for this site (https://pagefind.app/docs/ranking/), given to Pagefind
 * by the search page. The search page asks Pagefind for each query word exactly (quoted), so
 * `termSimilarity` has nothing to rank; a page's title (e.g. "Fourth substantive session:
 * programme") is metadata that Pagefind would search too, and counts for nothing: the records'
 * own text decides.
 */
export const searchRanking = { metaWeights: { title: 0 } } as const;

/**
 * Spread on an element with an id to make it a search result of its own: `<li id={…}
 * {...searchMarker(record)}>`. Pagefind gives a result the indexed words from its element to the
 * next result's, so the text between two results that belongs to neither is marked
 * `data-pagefind-ignore` by the page.
 */
export function searchMarker(record: SearchRecord): Record<'data-pagefind-title', string> {
  return { 'data-pagefind-title': searchResultTitle(record) };
}
/** The filter values of a page of records: every session and topic of any of them, once, in order. */
export function searchPageFilters(records: Iterable<SearchRecord>): {
  session: string[];
  topic: string[];
} {
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
 * Every search record of the site, where its page prints it: slots (again where they go on after
 * guiding questions), meetings, notes and programme footnotes on the session page; summaries and
 * their footnotes on the summaries page; guiding questions at home (their slot or summary);
 * paragraphs and ranges of them on their report's page; documents on the documents page; glossary
 * entries on the glossary page. Pages take their filter values from it; the build test checks the
 * index against it, both ways.
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
    add(
      paths.report(document.id),
      paragraph.anchor,
      paragraphSearchRecord(model, document, paragraph),
    );
  }
  for (const [documentId, paragraphs] of indexesOf(model).paragraphsByDocument) {
    const document = documents.get(documentId)!;
    for (const range of paragraphRanges(paragraphs)) {
      if (range.anchor)
        add(
          paths.report(document.id),
          range.anchor,
          paragraphRangeSearchRecord(model, document, range),
        );
    }
  }
  for (const document of model.documents)
    add(paths.documents(), documentAnchor(document.id), documentSearchRecord(model, document));
  for (const entry of model.glossary)
    add(paths.glossary(), glossaryAnchor(entry.id), glossarySearchRecord(entry));
  return pages;
}

/** The records of a session's programme page and summaries page (not its questions). */
function addSessionRecords(model: SiteModel, session: Session, add: AddRecord): void {
  const programme = paths.session(session.id);
  for (const footnote of session.programmeFootnotes) {
    add(
      programme,
      footnoteAnchor(programmeAnchor, footnote.marker),
      footnoteSearchRecord(session, 'programme', footnote.marker),
    );
  }
  for (const slot of session.slots) {
    const record = slotSearchRecord(model, session, slot);
    add(programme, slot.anchor, record);
    const { blocks, notes } = slotContinuedParts(slot);
    for (const part of [...blocks.values(), ...(notes ? [notes] : [])])
      add(programme, slotContinuedAnchor(slot.anchor, part), record);
  }
  for (const meeting of session.meetings)
    add(programme, meetingAnchor(meeting.id), meetingSearchRecord(session, meeting));
  session.notes.forEach((_note, index) =>
    add(programme, sessionNoteAnchor(index + 1), sessionNoteSearchRecord(session, index + 1)),
  );
  const summaries = paths.summaries(session.id);
  for (const summary of session.summaries)
    add(summaries, summaryAnchor(summary.id), summarySearchRecord(model, session, summary));
  for (const footnote of session.summariesFootnotes) {
    add(
      summaries,
      footnoteAnchor(summariesTitleAnchor, footnote.marker),
      footnoteSearchRecord(session, 'narrative summaries', footnote.marker),
    );
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

/** A guiding question, found at its home (its slot on the session page, or its summary). */
export function questionSearchRecord(model: SiteModel, question: Question): SearchRecord {
  const session = sessionOf(model, question.sessionId);
  const base = { sessions: [session.name], topics: subItemTitles(model, [question.topicId]) };
  if (question.origin.kind === 'slot') {
    const { slotId } = question.origin;
    const slot = indexesOf(model).slots.get(slotId)!;
    return {
      ...base,
      label: `Guiding question ${question.number}`,
      date: slotDate(slot),
      instants: slotInstants(slot),
    };
  }
  const { summaryId } = question.origin;
  const summary = indexesOf(model).summaries.get(summaryId)!;
  return {
    ...base,
    label: `Guiding question ${question.number}, narrative summary ${summary.section}`,
    date: sessionDates(session),
  };
}

/** A programme slot: its agenda blocks, sub-items, focused discussions and speakers (not its questions). */
export function slotSearchRecord(model: SiteModel, session: Session, slot: Slot): SearchRecord {
  return {
    label: `Programme slot: ${slotTopics(slot, indexesOf(model).topics).join('; ')}`,
    sessions: [session.name],
    date: slotDate(slot),
    topics: subItemTitles(model, slot.topicIds),
    instants: slotInstants(slot),
  };
}

/**
 * The parts of a slot that follow guiding questions and so start the slot's result again (see
 * SlotCard): a later block, by its index (`block-2` for the second), and the slot's notes.
 */
export function slotContinuedParts(slot: Slot): { blocks: Map<number, string>; notes?: string } {
  const blocks = new Map<number, string>();
  slot.blocks.forEach((_block, index) => {
    if (index > 0 && slot.blocks[index - 1]!.questions.length > 0)
      blocks.set(index, `block-${index + 1}`);
  });
  const afterQuestions = slot.notes.length > 0 && (slot.blocks.at(-1)?.questions.length ?? 0) > 0;
  return { blocks, ...(afterQuestions ? { notes: 'notes' } : {}) };
}

/** A slot's UTC instants. */
function slotInstants(slot: Slot): SearchInstants {
  return { start: slot.startUtc, end: slot.endUtc };
}

/** A meeting around a session, as announced in the sources. */
export function meetingSearchRecord(session: Session, meeting: Meeting): SearchRecord {
  const date = meeting.startUtc
    ? `${longDate(meeting.date)}, ${unTime(meeting.start)}`
    : longDate(meeting.date);
  return {
    label: `Meeting around the session: ${meeting.title}`,
    sessions: [session.name],
    date,
    topics: [],
    // A meeting whose time was not announced has no instant; one without an announced end, no end.
    ...(meeting.startUtc ? { instants: { start: meeting.startUtc } } : {}),
  };
}

/** A narrative summary section (its guiding questions are records of their own). */
export function summarySearchRecord(
  model: SiteModel,
  session: Session,
  summary: Summary,
): SearchRecord {
  return {
    label: `Narrative summary ${summary.section}. ${summary.heading}`,
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
export function paragraphSearchRecord(
  model: SiteModel,
  document: Document,
  paragraph: ReportParagraph,
): SearchRecord {
  const sessionIds = new Set([
    ...paragraph.statements.map((statement) => statement.session),
    // Every place that cites it, by reference or in its text (the report page's back-links).
    ...backLinksOf(model)
      .paragraph(document.id, paragraph.number)
      .map((location) => location.sessionId),
  ]);
  return {
    label: `${document.symbol}, paragraph ${paragraph.number}: ${paragraph.subject}`,
    sessions: citingSessions(model, sessionIds),
    topics: topicsCitingParagraph(model, paragraph.id).map((topic) => topic.title),
  };
}

/** Paragraphs of a report that the sources speak of together: what they say of the range, its paragraphs nested in it. */
export function paragraphRangeSearchRecord(
  model: SiteModel,
  document: Document,
  range: ParagraphRange,
): SearchRecord {
  const records = range.paragraphs.map(({ paragraph }) =>
    paragraphSearchRecord(model, document, paragraph),
  );
  const { session, topic } = searchPageFilters(records);
  return {
    label: `${document.symbol}, paragraphs ${range.first} to ${range.last}: ${range.subject}`,
    sessions: session.length > recordSessionLimit ? [] : session,
    topics: topic,
  };
}

/** A cited document: the sessions whose programmes cite it, by reference or in their text. */
export function documentSearchRecord(model: SiteModel, document: Document): SearchRecord {
  const sessionIds = new Set(
    backLinksOf(model)
      .document(document.id)
      .map((location) => location.sessionId),
  );
  return {
    label: document.title
      ? `Document ${document.symbol}: ${document.title}`
      : `Document ${document.symbol}`,
    sessions: citingSessions(model, sessionIds),
    topics: [],
  };
}

/** Where a note of a session is printed: with the programme, or with the narrative summaries. */
export type NotePlace = 'programme' | 'narrative summaries';

/** A note printed with a session's programme (webcast, statements, venue …), `number` counted from 1 in print order. */
export function sessionNoteSearchRecord(session: Session, number: number): SearchRecord {
  return noteRecord(session, `Note ${number} printed with the programme`);
}

/** A footnote of a session's programme title or narrative summaries title, by its printed mark. */
export function footnoteSearchRecord(
  session: Session,
  place: NotePlace,
  marker: string,
): SearchRecord {
  return noteRecord(session, `Footnote ${marker} to the ${place}`);
}

function noteRecord(session: Session, label: string): SearchRecord {
  return { label, sessions: [session.name], date: sessionDates(session), topics: [] };
}

/** A glossary entry, on the glossary page: found by its acronym and its expansion. */
export function glossarySearchRecord(entry: GlossaryEntry): SearchRecord {
  return { label: `Glossary: ${entry.acronym}, ${entry.expansion}`, sessions: [], topics: [] };
}
