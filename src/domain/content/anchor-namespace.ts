/**
 * One namespace for the anchors of a page: every id a session page, its summaries page and its
 * questions page give an element (slots, days, questions, summaries, meetings, notes, footnotes,
 * and the ids derived from them: `…-title`, `…-questions`) is listed with the file and field it
 * comes from, and two elements with one anchor are a content error naming both. A slot id equal to
 * a summary id gave two questions one id, so a permalink landed on the wrong question.
 */
import {
  dayAnchor, footnoteAnchor, meetingAnchor, meetingsAnchor, notesAnchor, programmeAnchor, sessionNoteAnchor,
  summariesTitleAnchor, summaryAnchor, summaryQuestionsAnchor,
} from '../anchors.ts';
import type { Session, SiteModel } from '../model/model.ts';
import type { ContentIssue } from './content-error.ts';
import { newerPlace } from './published-files.ts';

/** One anchor of a page and where it comes from. */
interface AnchorUse {
  anchor: string;
  file: string;
  field: string;
  /** The element, in words, e.g. `slot "2022-03-28-1000"`. */
  owner: string;
}

/** The page's fixed ids (the programme heading, the meetings and notes sections) belong to the page. */
const fixed = (file: string, anchors: readonly string[]): AnchorUse[] =>
  anchors.map((anchor) => ({ anchor, file, field: '', owner: 'the page itself' }));

/** The anchors of a session page: days, slots and their questions and footnotes, meetings, notes. */
function sessionPageAnchors(session: Session): AnchorUse[] {
  const uses: AnchorUse[] = fixed(session.file, [programmeAnchor, meetingsAnchor, `${meetingsAnchor}-title`, notesAnchor, `${notesAnchor}-title`]);
  session.programmeFootnotes.forEach((note, index) => uses.push({
    anchor: footnoteAnchor(programmeAnchor, note.marker), file: session.file, field: `programmeFootnotes[${index}].marker`, owner: `programme footnote ${JSON.stringify(note.marker)}`,
  }));
  session.days.forEach((day, dayIndex) => {
    const file = day.slots[0]?.file ?? session.file;
    for (const anchor of [dayAnchor(day.date), `${dayAnchor(day.date)}-title`]) uses.push({ anchor, file, field: `days[${dayIndex}].date`, owner: `day ${day.date}` });
    day.slots.forEach((slot, slotIndex) => {
      const at = `days[${dayIndex}].slots[${slotIndex}]`;
      const owner = `slot ${JSON.stringify(slot.id)}`;
      for (const anchor of [slot.anchor, `${slot.anchor}-title`]) uses.push({ anchor, file: slot.file, field: `${at}.id`, owner });
      slot.blocks.forEach((block, blockIndex) => {
        block.footnotes.forEach((note, index) => uses.push({
          anchor: footnoteAnchor(slot.anchor, note.marker), file: slot.file, field: `${at}.blocks[${blockIndex}].footnotes[${index}].marker`, owner: `footnote ${JSON.stringify(note.marker)} of ${owner}`,
        }));
        block.questions.forEach((question, index) => uses.push({
          anchor: question.id, file: slot.file, field: `${at}.blocks[${blockIndex}].questions[${index}]`, owner: `the questions of ${owner}`,
        }));
      });
    });
  });
  for (const meeting of session.meetings) uses.push({ anchor: meetingAnchor(meeting.id), file: meeting.file, field: '', owner: `meeting ${JSON.stringify(meeting.id)}` });
  session.notes.forEach((_note, index) => uses.push({ anchor: sessionNoteAnchor(index + 1), file: session.file, field: `notes[${index}]`, owner: `note ${index + 1}` }));
  return uses;
}

/** The questions of a session's summaries, as the summaries page and the questions page give them. */
function summaryQuestionAnchors(session: Session): AnchorUse[] {
  return session.summaries.flatMap((summary) => summary.questions.map((question, index) => ({
    anchor: question.id, file: summary.file, field: `questions[${index}]`, owner: `the questions of summary ${JSON.stringify(summary.id)}`,
  })));
}

/** The anchors of a session's summaries page. */
function summariesPageAnchors(session: Session): AnchorUse[] {
  const uses: AnchorUse[] = fixed(session.file, [summariesTitleAnchor]);
  session.summariesFootnotes.forEach((note, index) => uses.push({
    anchor: footnoteAnchor(summariesTitleAnchor, note.marker), file: session.file, field: `summariesFootnotes[${index}].marker`, owner: `summaries footnote ${JSON.stringify(note.marker)}`,
  }));
  for (const summary of session.summaries) {
    const owner = `summary ${JSON.stringify(summary.id)}`;
    for (const anchor of [summaryAnchor(summary.id), `${summaryAnchor(summary.id)}-title`, summaryQuestionsAnchor(summary.id)]) {
      uses.push({ anchor, file: summary.file, field: '', owner });
    }
  }
  return [...uses, ...summaryQuestionAnchors(session)];
}

/**
 * The anchors of the questions pages: a session's section, its topics' headings and every question,
 * of every session at once, since the questions index and the topic pages show the questions of
 * several sessions together (a question's id is its permalink everywhere).
 */
function questionsPagesAnchors(site: SiteModel): AnchorUse[] {
  return site.sessions.flatMap((session) => {
    const uses: AnchorUse[] = [session.id, `${session.id}-title`].map((anchor) => ({ anchor, file: session.file, field: '', owner: `session ${JSON.stringify(session.id)}` }));
    const topicIds = new Set(session.questions.map((question) => question.topicId));
    for (const topic of site.topics) {
      if (topicIds.has(topic.id)) uses.push({ anchor: `${session.id}-${topic.id}`, file: topic.file, field: '', owner: `topic ${JSON.stringify(topic.id)}` });
    }
    const slotQuestions = sessionPageAnchors(session).filter((use) => use.owner.startsWith('the questions of slot'));
    return [...uses, ...slotQuestions, ...summaryQuestionAnchors(session)];
  });
}

/**
 * Two elements of one page with one anchor, each pair of elements once (not once per question),
 * reported on the newer file of the two (published-files.ts).
 */
function collisions(page: string, uses: readonly AnchorUse[], contentRoot: string): ContentIssue[] {
  const first = new Map<string, AnchorUse>();
  const reported = new Set<string>();
  const issues: ContentIssue[] = [];
  for (const use of uses) {
    const firstUse = first.get(use.anchor);
    if (!firstUse) {
      first.set(use.anchor, use);
      continue;
    }
    const [earlier, blamed] = newerPlace(firstUse, use, contentRoot) === firstUse ? [use, firstUse] : [firstUse, use];
    const pair = `${earlier.owner}\u0000${earlier.file}\u0000${blamed.owner}\u0000${blamed.file}`;
    if (reported.has(pair)) continue;
    reported.add(pair);
    const where = earlier.field ? `${earlier.file} (${earlier.field})` : earlier.file;
    issues.push({
      file: blamed.file,
      field: blamed.field,
      message: `anchor ${JSON.stringify(blamed.anchor)} of ${blamed.owner} is also the anchor of ${earlier.owner} in ${where} on ${page}: anchors of a page must differ, rename one`,
    });
  }
  return issues;
}

/** Every anchor collision of every page: each session's pages, then the questions pages. */
export function anchorCollisions(site: SiteModel, contentRoot: string): ContentIssue[] {
  return [
    ...site.sessions.flatMap((session) => [
      ...collisions(`/sessions/${session.id}/`, sessionPageAnchors(session), contentRoot),
      ...collisions(`/sessions/${session.id}/summaries/`, summariesPageAnchors(session), contentRoot),
    ]),
    ...collisions('the questions pages (/questions/, /topics/)', questionsPagesAnchors(site), contentRoot),
  ];
}
