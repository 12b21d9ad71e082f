/**
 * What the browse pages list, computed from the model: a topic across sessions, guiding questions
 * grouped for the index, and short labels. Route files only render these.
 */
import type {
  Block,
  Question,
  ReportParagraph,
  Session,
  SiteModel,
  Slot,
  Summary,
  Topic,
} from './model.ts';
import type { DocumentReference, MeetingFormat } from '../content/schemas/index.ts';
import { reportParagraphIdOf } from '../anchors.ts';
import { indexesOf } from './lookup.ts';

/**
 * How a meeting is held, as a label built only from the words the source states (see the
 * `meetingFormat` schema): `Informal meeting, virtual`, `In person`, or empty when it states nothing.
 */
export function formatLabel(format: MeetingFormat): string {
  const parts = [
    format.kind === 'informal' ? 'informal meeting' : undefined,
    format.attendance === 'not stated' ? undefined : format.attendance,
  ]
    .filter((part): part is string => part !== undefined)
    .join(', ');
  return parts.charAt(0).toUpperCase() + parts.slice(1);
}

/** The agenda item 5 sub-items, in topic order. */
export function subItemTopics(model: SiteModel): Topic[] {
  return model.topics.filter((topic) => topic.kind === 'sub-item');
}

/** The topic a summary or question belongs to. */
export function topicOf(model: SiteModel, topicId: string): Topic {
  return indexesOf(model).topics.get(topicId)!;
}

/** One session's part in a topic: its slots (with the topic's blocks), questions, summaries, paragraphs. */
export interface TopicInSession {
  session: Session;
  slots: { slot: Slot; blocks: Block[] }[];
  questions: Question[];
  summaries: Summary[];
  paragraphs: ReportParagraph[];
}

/** The cited report paragraphs among `references`, in report order (each once). */
function citedParagraphs(
  model: SiteModel,
  references: readonly DocumentReference[],
): ReportParagraph[] {
  const { reportParagraphs, paragraphPosition } = indexesOf(model);
  const paragraphIds = new Set(
    references.flatMap((reference) =>
      (reference.paragraphs ?? []).map((number) => reportParagraphIdOf(reference.document, number)),
    ),
  );
  return [...paragraphIds]
    .flatMap((id) => reportParagraphs.get(id) ?? [])
    .sort((a, b) => paragraphPosition.get(a.id)! - paragraphPosition.get(b.id)!);
}

/** One session's part in a topic (possibly empty). */
function topicInSession(model: SiteModel, session: Session, topicId: string): TopicInSession {
  const slots = session.slots
    .map((slot) => ({ slot, blocks: slot.blocks.filter((block) => block.topicId === topicId) }))
    .filter((entry) => entry.blocks.length > 0);
  const questions = session.questions.filter((question) => question.topicId === topicId);
  const references = [
    ...slots.flatMap(({ blocks }) => blocks.flatMap((block) => block.references)),
    ...questions.flatMap((question) => question.references),
  ];
  return {
    session,
    slots,
    questions,
    summaries: session.summaries.filter((summary) => summary.topicId === topicId),
    paragraphs: citedParagraphs(model, references),
  };
}

const topicsAcrossSessions = new WeakMap<SiteModel, Map<string, TopicInSession[]>>();

/**
 * A topic across sessions, in session order; sessions that do not discuss it are left out.
 * Computed once per model and topic (the topic pages, the topics index and every report
 * paragraph's search record ask for it).
 */
export function topicAcrossSessions(model: SiteModel, topicId: string): TopicInSession[] {
  const byTopic = topicsAcrossSessions.get(model) ?? new Map<string, TopicInSession[]>();
  topicsAcrossSessions.set(model, byTopic);
  let parts = byTopic.get(topicId);
  if (!parts) {
    parts = model.sessions
      .map((session) => topicInSession(model, session, topicId))
      .filter((part) => part.slots.length + part.questions.length + part.summaries.length > 0);
    byTopic.set(topicId, parts);
  }
  return parts;
}

const paragraphTopics = new WeakMap<SiteModel, Map<string, Topic[]>>();

/** The sub-item topics whose sessions cite a report paragraph, in topic order. */
export function topicsCitingParagraph(model: SiteModel, paragraphId: string): readonly Topic[] {
  let byParagraph = paragraphTopics.get(model);
  if (!byParagraph) {
    byParagraph = new Map();
    for (const topic of subItemTopics(model)) {
      const ids = new Set(
        topicAcrossSessions(model, topic.id).flatMap((part) =>
          part.paragraphs.map((paragraph) => paragraph.id),
        ),
      );
      for (const id of ids) byParagraph.set(id, [...(byParagraph.get(id) ?? []), topic]);
    }
    paragraphTopics.set(model, byParagraph);
  }
  return byParagraph.get(paragraphId) ?? [];
}

/** Guiding questions of one session grouped by topic, in topic order. */
export interface QuestionGroup {
  session: Session;
  topics: { topic: Topic; questions: Question[] }[];
}

/**
 * Up to this many guiding questions in all, the questions index prints every one; beyond, it
 * lists the sessions with their counts and each session's questions are on their own
 * page (`/questions/<session>/`, built at any size), so no page grows with the number of sessions
 * times their questions.
 */
export const questionsIndexInlineLimit = 300;

/**
 * Pages that list sessions (the home page, `/sessions/`, the questions index beyond
 * `questionsIndexInlineLimit`, a topic's earlier sessions, the calendar and open-data pages, the
 * 404 page) list at most this many, the latest ones (upcoming sessions included, since they are
 * the latest); every session is listed on the page of the year of its first day (`/sessions/<year>/`),
 * linked from `/sessions/`. So none of these pages grows with the number of sessions.
 */
export const latestSessionLimit = 12;

/** The home page shows up to this many session cards: the latest ones, and a link to all sessions. */
export const homeSessionCardLimit = latestSessionLimit;

/** The latest sessions (at most `limit`), in session order. */
export function latestSessions(
  model: Pick<SiteModel, 'sessions'>,
  limit = latestSessionLimit,
): Session[] {
  return model.sessions.slice(-limit);
}

/** The year of a session's first day (`2022`); that year's page (`/sessions/<year>/`) lists it. */
export function sessionYear(session: Pick<Session, 'startDate'>): string {
  return session.startDate.slice(0, 4);
}

/** The sessions of one year, in session order. */
export interface SessionYear {
  year: string;
  sessions: Session[];
}

/** Every year in which a session starts, oldest first, with its sessions. */
export function sessionsByYear(model: Pick<SiteModel, 'sessions'>): SessionYear[] {
  const years = new Map<string, Session[]>();
  for (const session of model.sessions) {
    const year = sessionYear(session);
    const sessions = years.get(year) ?? [];
    sessions.push(session);
    years.set(year, sessions);
  }
  return [...years]
    .map(([year, sessions]) => ({ year, sessions }))
    .sort((a, b) => a.year.localeCompare(b.year));
}

/**
 * The documents and report pages list at most this many back-links per document, range or
 * paragraph; the rest are counted and every one is in the `citations` of the open data.
 */
export const pageBackLinkLimit = 50;

/** Every guiding question, grouped by session and then by topic. */
export function questionsBySessionAndTopic(model: SiteModel): QuestionGroup[] {
  return model.sessions.map((session) => sessionQuestionGroup(model, session));
}

/** The guiding questions of one session, grouped by topic. */
export function sessionQuestionGroup(
  model: Pick<SiteModel, 'topics'>,
  session: Session,
): QuestionGroup {
  return {
    session,
    topics: model.topics
      .map((topic) => ({
        topic,
        questions: session.questions.filter((question) => question.topicId === topic.id),
      }))
      .filter((group) => group.questions.length > 0),
  };
}

/** The narrative summary of a session on a topic, if the session has one. */
export function summaryOfTopic(session: Session, topicId: string): Summary | undefined {
  return session.summaries.find((summary) => summary.topicId === topicId);
}

/** Paragraph numbers as a label: `paragraph 11`, `paragraphs 8–13`, `paragraphs 8, 10`. */
export function paragraphsLabel(numbers: readonly number[]): string {
  if (numbers.length === 1) return `paragraph ${numbers[0]}`;
  const contiguous = numbers.every(
    (number, index) => index === 0 || number === numbers[index - 1]! + 1,
  );
  return contiguous
    ? `paragraphs ${numbers[0]}\u2013${numbers[numbers.length - 1]}`
    : `paragraphs ${numbers.join(', ')}`;
}

/** Splits a narrative summary body (plain text) into its paragraphs; line breaks inside stay as written. */
export function summaryParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Questions grouped by where they are printed (a slot or a summary), keeping their order. */
export function questionsByOrigin(questions: readonly Question[]): Question[][] {
  const groups = new Map<string, Question[]>();
  for (const question of questions) {
    const key =
      question.origin.kind === 'slot' ? question.origin.slotId : question.origin.summaryId;
    groups.set(key, [...(groups.get(key) ?? []), question]);
  }
  return [...groups.values()];
}
