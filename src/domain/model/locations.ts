/** Where an element of the model is shown on the site: its page, its anchor and a short label. */
import { indexesOf } from './lookup.ts';
import type { Question, Session, SiteModel, Slot, Summary } from './model.ts';
import { summaryAnchor } from '../anchors.ts';
import { longDate, slotTimeLabel } from '../time.ts';
import { paths } from '../site-paths.ts';

/** An element's place: the page path (without base), its anchor, and a label for links to it. */
export interface Location {
  path: string;
  anchor: string;
  label: string;
  /** The session the element belongs to, for grouping back-links. */
  sessionId: string;
}

/** A slot's label, e.g. `Fourth substantive session, 6 March 2023, 10 a.m.–1 p.m.`. */
export function slotLabel(
  session: Pick<Session, 'name'>,
  slot: Pick<Slot, 'date' | 'start' | 'end'>,
): string {
  return `${session.name}, ${longDate(slot.date)}, ${slotTimeLabel(slot)}`;
}

/** Where a slot is shown: on its session page. */
export function slotLocation(session: Session, slot: Slot): Location {
  return {
    path: paths.session(session.id),
    anchor: slot.anchor,
    label: slotLabel(session, slot),
    sessionId: session.id,
  };
}

/** Where a summary is shown: on its session's summaries page. */
export function summaryLocation(session: Session, summary: Summary): Location {
  return {
    path: paths.summaries(session.id),
    anchor: summaryAnchor(summary.id),
    label: `${session.name}, narrative summary ${summary.section}`,
    sessionId: session.id,
  };
}

/** Where a guiding question is printed, without the question: its slot or its summary. */
export function questionOrigin(model: SiteModel, question: Question): Location {
  const indexes = indexesOf(model);
  const session = indexes.sessions.get(question.sessionId)!;
  if (question.origin.kind === 'slot')
    return slotLocation(session, indexes.slots.get(question.origin.slotId)!);
  return summaryLocation(session, indexes.summaries.get(question.origin.summaryId)!);
}

/** Where a guiding question is printed: in its slot on the session page, or in its summary. */
export function questionLocation(model: SiteModel, question: Question): Location {
  const origin = questionOrigin(model, question);
  return { ...origin, anchor: question.id, label: `${origin.label}, question ${question.number}` };
}
