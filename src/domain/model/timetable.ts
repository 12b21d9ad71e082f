/**
 * A session at a glance: every slot of every day in a compact form, by part of the day, with the
 * short topic of each agenda block. Words are derived from content by rules the page states:
 * a sub-item is its letter and topic title, any other block its own heading; a slot starting
 * before 12 noon (New York time) is in the morning, any other in the afternoon; the format is
 * named only where the source states one that sets the slot apart: informal or virtual (the
 * letter's virtual informal meeting, the programme's "Informal, dedicated stakeholder segment").
 */
import type { Block, Session, SiteModel, Slot, Topic } from './model.ts';
import { compareTimes, longDate, slotTimeLabel, weekdayName } from '../time.ts';
import { formatLabel } from './browse.ts';

/** Part of the day of a slot, by its New York start time. */
export type DayPart = 'morning' | 'afternoon';

/**
 * Names of the parts of the day, as column headings: New York's, which the programmes announce.
 * Named so, because a reader elsewhere sees their own time under each slot (a Geneva afternoon
 * under a New York morning); the part of the day is never the reader's.
 */
export const dayPartLabels: Record<DayPart, string> = {
  morning: 'New York morning',
  afternoon: 'New York afternoon',
};

/** One slot at a glance. */
export interface GlanceEntry {
  slot: Slot;
  /** E.g. `10 a.m.–1 p.m.`. */
  time: string;
  /** Short topics of the slot's blocks, in order, e.g. `(d) Existing and potential threats`. */
  topics: string[];
  /** The format, only where the source states it is informal or virtual. */
  format?: string;
  /** Sub-item ids of the slot, for the topic filter. */
  topicIds: string[];
}

/** One day at a glance. */
export interface GlanceDay {
  date: string;
  /** E.g. `Mon 6 March 2023`. */
  label: string;
  parts: Record<DayPart, GlanceEntry[]>;
}

/** The part of the day a slot starts in. */
export function dayPartOf(slot: Pick<Slot, 'start'>): DayPart {
  return compareTimes(slot.start, '12:00') < 0 ? 'morning' : 'afternoon';
}

/** A block's short topic: `(g) Capacity-building (continued)` for a sub-item, else its heading. */
export function blockShortTitle(block: Block, topic: Topic): string {
  if (topic.kind !== 'sub-item') return block.heading;
  const letter = topic.letter ? `(${topic.letter}) ` : '';
  return `${letter}${topic.title}${block.continued ? ' (continued)' : ''}`;
}

/** The short topics of a slot; a repeated procedural block (e.g. "Agenda item 5" heading alone) is kept once. */
export function slotTopics(
  slot: Pick<Slot, 'blocks'>,
  topicsById: ReadonlyMap<string, Topic>,
): string[] {
  return [
    ...new Set(slot.blocks.map((block) => blockShortTitle(block, topicsById.get(block.topicId)!))),
  ];
}

/** A slot's heading: weekday, date and time, e.g. `Monday 6 March 2023, 10 a.m.–1 p.m.`. */
export function slotWhen(slot: Pick<Slot, 'date' | 'start' | 'end'>): string {
  return `${weekdayName(slot.date)} ${longDate(slot.date)}, ${slotTimeLabel(slot)}`;
}

/** The format of a slot for the overview, only where the source states it is informal or virtual. */
export function notableFormat(slot: Pick<Slot, 'format'>): string | undefined {
  return slot.format.kind === 'informal' || slot.format.attendance === 'virtual'
    ? formatLabel(slot.format)
    : undefined;
}

/** The session's days at a glance. */
export function sessionAtAGlance(session: Session, model: SiteModel): GlanceDay[] {
  const topicsById = new Map(model.topics.map((topic) => [topic.id, topic]));
  return session.days.map((day) => {
    const parts: Record<DayPart, GlanceEntry[]> = { morning: [], afternoon: [] };
    for (const slot of day.slots) {
      parts[dayPartOf(slot)].push({
        slot,
        time: slotTimeLabel(slot),
        topics: slotTopics(slot, topicsById),
        format: notableFormat(slot),
        topicIds: slot.topicIds,
      });
    }
    return {
      date: day.date,
      label: `${weekdayName(day.date).slice(0, 3)} ${longDate(day.date)}`,
      parts,
    };
  });
}

/** The sub-items a session discusses, in topic order (the toggles of the topic filter). */
export function sessionSubItems(session: Session, model: SiteModel): Topic[] {
  const used = new Set(session.slots.flatMap((slot) => slot.topicIds));
  return model.topics.filter((topic) => topic.kind === 'sub-item' && used.has(topic.id));
}
