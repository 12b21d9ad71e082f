/**
 * Look-ups by id over the site model, indexed once per list. Feeds and exports look up a slot's
 * session for every slot; a linear `find` there makes a build quadratic in the number of sessions
 * (measured by `npm run bench` at 1000×), an index keeps it linear.
 */
import type {
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

const indexes = new WeakMap<readonly object[], ReadonlyMap<string, unknown>>();

/** The entries of `list` by id; the index is built on first use and kept with the list. */
export function indexById<Entry extends { id: string }>(
  list: readonly Entry[],
): ReadonlyMap<string, Entry> {
  // One cache for every entry type, keyed by the list itself: the map stored for a list holds its entries.
  const cached = indexes.get(list) as ReadonlyMap<string, Entry> | undefined;
  if (cached) return cached;
  const index = new Map(list.map((entry) => [entry.id, entry]));
  indexes.set(list, index);
  return index;
}

/** The session with this id among `sessions`, or undefined. */
export function sessionById(sessions: readonly Session[], id: string): Session | undefined {
  return indexById(sessions).get(id);
}

/** Where a slot sits in its session's programme: the day's and the slot's positions (from 0). */
export interface SlotPosition {
  dayIndex: number;
  slotIndex: number;
}

/**
 * Every look-up a page, component or output needs, each a map built once per model: no lookup
 * scans a list, so a page or slot costs the same at any scale.
 */
export interface SiteIndexes {
  sessions: ReadonlyMap<string, Session>;
  slots: ReadonlyMap<string, Slot>;
  questions: ReadonlyMap<string, Question>;
  summaries: ReadonlyMap<string, Summary>;
  meetings: ReadonlyMap<string, Meeting>;
  topics: ReadonlyMap<string, Topic>;
  documents: ReadonlyMap<string, Document>;
  reportParagraphs: ReadonlyMap<string, ReportParagraph>;
  /** A report paragraph's position in `model.reportParagraphs` (display order). */
  paragraphPosition: ReadonlyMap<string, number>;
  /** The report paragraphs of each document, in display order. */
  paragraphsByDocument: ReadonlyMap<string, readonly ReportParagraph[]>;
  /** A slot's day and position within the day. */
  slotPositions: ReadonlyMap<string, SlotPosition>;
}

const siteIndexes = new WeakMap<SiteModel, SiteIndexes>();

/** Groups a list by a key, keeping the list's order inside each group. */
export function groupBy<Entry>(
  list: readonly Entry[],
  keyOf: (entry: Entry) => string,
): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of list) {
    const key = keyOf(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/** Positions of every slot of every session. */
function slotPositionsOf(sessions: readonly Session[]): Map<string, SlotPosition> {
  const positions = new Map<string, SlotPosition>();
  for (const session of sessions) {
    session.days.forEach((day, dayIndex) =>
      day.slots.forEach((slot, slotIndex) => positions.set(slot.id, { dayIndex, slotIndex })),
    );
  }
  return positions;
}

/** The indexes of a model, built on first use and kept with it. */
export function indexesOf(model: SiteModel): SiteIndexes {
  let indexes = siteIndexes.get(model);
  if (!indexes) {
    indexes = {
      sessions: indexById(model.sessions),
      slots: indexById(model.slots),
      questions: indexById(model.questions),
      summaries: indexById(model.summaries),
      meetings: indexById(model.meetings),
      topics: indexById(model.topics),
      documents: indexById(model.documents),
      reportParagraphs: indexById(model.reportParagraphs),
      paragraphPosition: new Map(
        model.reportParagraphs.map((paragraph, position) => [paragraph.id, position]),
      ),
      paragraphsByDocument: groupBy(model.reportParagraphs, (paragraph) => paragraph.documentId),
      slotPositions: slotPositionsOf(model.sessions),
    };
    siteIndexes.set(model, indexes);
  }
  return indexes;
}
