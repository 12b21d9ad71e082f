/**
 * The sessions whose programme documents are in content/sources: tests that check what those
 * documents say (a slot, a question, a column of a topic page) name them, and look at them alone,
 * so a session added to content/ changes nothing in such a test.
 */
import type { SiteModel } from '../../src/domain/model/model.ts';

/** Ids of the sessions the tests know, oldest first. */
export const knownSessionIds: readonly string[] = ['second-session', 'fourth-session'];

/** The model with only the known sessions and what belongs to them (topics, documents, report paragraphs and glossary as they are). */
export function knownSessionsOnly(site: SiteModel): SiteModel {
  const known = (entry: { sessionId: string }) => knownSessionIds.includes(entry.sessionId);
  return {
    ...site,
    sessions: site.sessions.filter((session) => knownSessionIds.includes(session.id)),
    slots: site.slots.filter(known),
    questions: site.questions.filter(known),
    meetings: site.meetings.filter(known),
    summaries: site.summaries.filter(known),
  };
}
