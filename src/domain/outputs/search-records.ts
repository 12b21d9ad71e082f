/**
 * What the search index knows of each element that is found on its own: a guiding question, a
 * programme slot, a meeting around a session, a narrative summary, a report paragraph, a document.
 * Pages carry this as markup (`data-search-record` plus Pagefind's `data-pagefind-meta` and
 * `data-pagefind-filter` attributes); the Pagefind integration turns each marked element into one
 * search result that links to the element's anchor.
 */
import { topicsCitingParagraph } from '../model/browse.ts';
import { indexesOf } from '../model/lookup.ts';
import { slotLabel } from '../model/locations.ts';
import type {
  Document, Meeting, Question, ReportParagraph, Session, SiteModel, Slot, Summary,
} from '../model/model.ts';
import { longDate, slotTimeLabel, unTime } from '../time.ts';

/** The values of the "kind" filter, one per kind of search result. */
export const searchKinds = {
  question: 'Guiding question',
  programme: 'Programme',
  summary: 'Narrative summary',
  paragraph: 'Report paragraph',
  document: 'Document',
  note: 'Note',
} as const;

/** A kind of search result, as the "kind" filter shows it. */
export type SearchKind = (typeof searchKinds)[keyof typeof searchKinds];

/** One element found on its own by search: the metadata shown with it and the filters it answers to. */
export interface SearchRecord {
  kind: SearchKind;
  /** The result's title. */
  title: string;
  /** Sessions the element belongs to (filter values; shown joined). */
  sessions: string[];
  /** When, as shown with the result; absent where the element has no date. */
  date?: string;
  /** Agenda item 5 sub-items the element belongs to (filter values; shown joined). */
  topics: string[];
  /**
   * The element's UTC instants and the zone its times are printed in, where it has a time: the
   * enhancement shows the time in the reader's zone beside the result (the UI does not show them).
   */
  instants?: SearchInstants;
}

/** UTC start (and end, where announced) of a slot or meeting, with the session's IANA zone. */
export interface SearchInstants {
  start: string;
  end?: string;
  zone: string;
}

/** The metadata keys that carry `SearchRecord.instants`; the search page's stylesheet hides their tags. */
export const searchInstantKeys = ['start', 'end', 'zone'] as const;

/**
 * Pagefind's ranking options for this site (https://pagefind.app/docs/ranking/), given to its UI by
 * the search page. Pagefind matches every word that starts with a query word, for search as you
 * type; `termSimilarity` well above its default (1) ranks an exact word (or the same stem:
 * "states" for "state") before words that merely start like it ("participation" for "part").
 * Matches in the result title would add a boost that ignores word length, and titles now carry the
 * session and date, words shared by every record of a session: the title counts for nothing, the
 * element's own text (which repeats its heading) decides.
 */
export const searchRanking = { termSimilarity: 10, metaWeights: { title: 0 } } as const;

/** The attribute that marks an element as a search record of its own. */
export const searchRecordAttribute = 'data-search-record';

/**
 * The attribute of text that gives the records beside it their context (a slot's focused
 * discussion for its questions): such a question, "What lessons can be gleaned from those
 * examples?", is found by the words of its discussion too, with a lower weight.
 */
export const searchContextAttribute = 'data-search-context';

/** How much context words count against a record's own words (Pagefind's weight, 1 = normal). */
export const searchContextWeight = '0.5';

/** The `data-pagefind-*` and `data-search-*` attributes of a record's element. */
export function searchRecordAttributes(record: SearchRecord): Record<string, string> {
  const meta: Record<string, string | undefined> = {
    title: record.title,
    kind: record.kind,
    session: record.sessions.join('; ') || undefined,
    date: record.date,
    topic: record.topics.join('; ') || undefined,
    start: record.instants?.start,
    end: record.instants?.end,
    zone: record.instants?.zone,
  };
  const attributes: Record<string, string> = { [searchRecordAttribute]: '' };
  const metaKeys: string[] = [];
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    attributes[`data-search-${key}`] = value;
    // Values live in their own attributes, so commas in them never split Pagefind's list.
    metaKeys.push(`${key}[data-search-${key}]`);
  }
  attributes['data-pagefind-meta'] = metaKeys.join(', ');
  return attributes;
}

/** The filter values of a record, one entry per value (a slot may have several topics). */
export function searchFilterValues(record: SearchRecord): { filter: 'kind' | 'session' | 'topic'; value: string }[] {
  return [
    { filter: 'kind' as const, value: record.kind },
    ...record.sessions.map((value) => ({ filter: 'session' as const, value })),
    ...record.topics.map((value) => ({ filter: 'topic' as const, value })),
  ];
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
  const base = { kind: searchKinds.question, sessions: [session.name], topics: subItemTitles(model, [question.topicId]) };
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
    kind: searchKinds.programme,
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
    kind: searchKinds.programme,
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
    kind: searchKinds.summary,
    title: `Narrative summary ${summary.section}. ${summary.heading} · ${sessionWithDates(session)}`,
    sessions: [session.name],
    date: sessionDates(session),
    topics: subItemTitles(model, [summary.topicId]),
  };
}

/**
 * A document or report paragraph answers to the session filter of at most this many sessions (the
 * ones that cite it); cited by more, it answers to none: one filter value per citing session would
 * make its page grow with the whole archive.
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
    kind: searchKinds.paragraph,
    title: `${document.symbol}, paragraph ${paragraph.number}: ${paragraph.subject}`,
    sessions: citingSessions(model, sessionIds),
    topics: topicsCitingParagraph(model, paragraph.id).map((topic) => topic.title),
  };
}

/** A cited document: the sessions whose programmes cite it. */
export function documentSearchRecord(model: SiteModel, document: Document): SearchRecord {
  const sessionIds = new Set(document.citations.map((citation) => citation.sessionId));
  return {
    kind: searchKinds.document,
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
  return { kind: searchKinds.note, title, sessions: [session.name], date: sessionDates(session), topics: [] };
}
