/**
 * A topic compared across sessions: the most recent sessions side by side, earlier ones listed,
 * and, per session, the blocks that discuss the topic without sitting under its sub-item
 * ("related"), found by a stated rule: the block's own text names the topic's title.
 */
import { topicAcrossSessions, type TopicInSession } from './browse.ts';
import type { Block, Session, SiteModel, Slot, Topic } from './model.ts';

/** How many sessions a topic page shows side by side; earlier ones are linked, not repeated. */
export const comparedSessions = 3;

/** A block outside the topic's sub-item that names the topic, with the reason in words. */
export interface RelatedBlock {
  slot: Slot;
  block: Block;
  /** Which text names the topic, e.g. `its focused discussion names “capacity-building”`. */
  reason: string;
  /** The words as printed in the source (their case kept). */
  words: string;
}

/** One session's column: its part in the topic and its related blocks. */
export interface ComparedSession extends TopicInSession {
  related: RelatedBlock[];
}

/** A topic page: columns side by side (oldest first), and the earlier sessions beyond them. */
export interface TopicComparison {
  columns: ComparedSession[];
  earlier: ComparedSession[];
}

/** The fields of a block searched for the topic's title, with how the reason names them. */
const namedFields = [
  ['heading', 'heading'],
  ['focusedDiscussion', 'focused discussion'],
  ['subItem', 'sub-item'],
] as const satisfies readonly (readonly [keyof Block, string])[];

/** Blocks of a session's slots, under another topic, whose own text names the topic's title. */
export function relatedBlocks(slots: readonly Slot[], topic: Topic): RelatedBlock[] {
  const title = topic.title.toLowerCase();
  const found: RelatedBlock[] = [];
  for (const slot of slots) {
    for (const block of slot.blocks) {
      if (block.topicId === topic.id) continue;
      const texts: [string, string][] = [
        ...namedFields.map(([field, name]) => [name, block[field] ?? ''] as [string, string]),
        ...block.questions.map(
          (question) => [`guiding question ${question.number}`, question.text] as [string, string],
        ),
      ];
      const hit = texts.find(([, text]) => text.toLowerCase().includes(title));
      if (!hit) continue;
      const at = hit[1].toLowerCase().indexOf(title);
      const words = hit[1].slice(at, at + title.length);
      found.push({ slot, block, words, reason: `its ${hit[0]} names “${words}”` });
    }
  }
  return found;
}

/** The comparison of one topic; sessions that neither discuss nor name it are left out. */
export function compareTopic(
  model: SiteModel,
  topic: Topic,
  columns = comparedSessions,
): TopicComparison {
  const parts = new Map(
    topicAcrossSessions(model, topic.id).map((part) => [part.session.id, part]),
  );
  const all = model.sessions
    .map((session): ComparedSession => ({
      ...(parts.get(session.id) ?? {
        session,
        slots: [],
        questions: [],
        summaries: [],
        paragraphs: [],
      }),
      related: relatedBlocks(session.slots, topic),
    }))
    .filter(
      (part) =>
        part.slots.length + part.questions.length + part.summaries.length + part.related.length > 0,
    );
  return { columns: all.slice(-columns), earlier: all.slice(0, -columns).reverse() };
}

/** How many time slots and guiding questions a session gave a topic. */
export interface TopicCount {
  slots: number;
  questions: number;
}

/** One row of the topics index: a topic's counts in each compared session, and over all sessions. */
export interface TopicCountRow {
  topic: Topic;
  /** In the order of `TopicCounts.sessions`; zero where the session did not discuss the topic. */
  bySession: TopicCount[];
  total: TopicCount;
}

/** The topics index table: the most recent sessions (oldest first) and a row per topic. */
export interface TopicCounts {
  sessions: Session[];
  rows: TopicCountRow[];
}

/** The slots and questions of several counts added up. */
function sumCounts(counts: readonly { slots: number; questions: number }[]): {
  slots: number;
  questions: number;
} {
  return counts.reduce(
    (sum, count) => ({
      slots: sum.slots + count.slots,
      questions: sum.questions + count.questions,
    }),
    { slots: 0, questions: 0 },
  );
}

/**
 * Time slots and guiding questions per topic, for the most recent sessions of the site (at most
 * `columns`, oldest first, the rule the topic pages follow) and in total, from each topic's parts
 * across sessions (one map per topic, no scan per cell).
 */
export function topicCounts(
  model: SiteModel,
  topics: readonly Topic[],
  columns = comparedSessions,
): TopicCounts {
  const sessions = model.sessions.slice(-columns);
  const countOf = (part: TopicInSession | undefined): TopicCount => ({
    slots: part?.slots.length ?? 0,
    questions: part?.questions.length ?? 0,
  });
  const rows = topics.map((topic): TopicCountRow => {
    const parts = topicAcrossSessions(model, topic.id);
    const bySessionId = new Map(parts.map((part) => [part.session.id, part]));
    return {
      topic,
      bySession: sessions.map((session) => countOf(bySessionId.get(session.id))),
      total: sumCounts(parts.map(countOf)),
    };
  });
  return { sessions, rows };
}
