/**
 * Checks across entries and files that a schema cannot see: references that must exist (Astro's
 * `reference()` never checks), ids that must be unique, times that must make sense together.
 * Every problem names the file and the field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './content-error.ts';
import type { ContentEntry, RawContent } from './content-reader.ts';
import type { DocumentReference, GuidingQuestionInput } from './schemas/index.ts';
import { documentIdOf, reportParagraphIdOf } from '../anchors.ts';
import { compareDates, compareTimes, toInstant } from '../time.ts';


/** Collects issues; `at` builds one for a file and field. */
class IssueList {
  readonly issues: ContentIssue[] = [];
  add(file: string, field: string, message: string): void {
    this.issues.push({ file, field, message });
  }
}

/** Quotes a value for a message. */
const quote = (value: unknown): string => JSON.stringify(value);

/** Runs every cross-entry check; returns the problems (empty when the content is consistent). */
export function checkIntegrity(content: RawContent, contentRoot: string): ContentIssue[] {
  const list = new IssueList();
  const sessions = new Map(content.sessions.map((entry) => [entry.id, entry]));
  const topics = new Map(content.topics.map((entry) => [entry.id, entry]));
  const documents = new Map(content.documents.map((entry) => [entry.id, entry]));
  const paragraphKeys = new Set(content.reportParagraphs.map((entry) => `${entry.data.document}#${entry.data.number}`));

  /** The texts of the element a reference belongs to must name the document, or hold the words it is read from. */
  const checkReferences = (file: string, field: string, references: readonly DocumentReference[], texts: readonly (string | undefined)[]): void => {
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    const held = texts.filter((text): text is string => Boolean(text)).map(flat);
    references.forEach((reference, index) => {
      const path = `${field}[${index}]`;
      const document = documents.get(reference.document);
      if (!document) {
        list.add(file, `${path}.document`, `unknown document ${quote(reference.document)}; known: ${[...documents.keys()].join(', ')}`);
        return;
      }
      if (reference.readAs !== undefined) {
        if (!held.some((text) => text.includes(flat(reference.readAs!)))) {
          list.add(file, `${path}.readAs`, `${quote(reference.readAs)} is not in the text the reference belongs to`);
        }
      } else if (!held.some((text) => [document.data.symbol, ...document.data.citedAs].some((label) => text.includes(label)))) {
        list.add(file, path, `the text does not name ${document.data.symbol}: give readAs, the words of the text read as it (the site then shows a reading, not a citation)`);
      }
      reference.paragraphs?.forEach((number, paragraphIndex) => {
        if (!paragraphKeys.has(`${reference.document}#${number}`)) {
          list.add(file, `${path}.paragraphs[${paragraphIndex}]`,
            `paragraph ${number} of ${document.data.symbol} is not in the report-paragraphs collection`);
        }
      });
    });
  };

  /** Questions are numbered 1, 2, 3… through a summary, or through a slot across its blocks. */
  const checkQuestions = (file: string, field: string, questions: readonly GuidingQuestionInput[], firstNumber = 1): void => {
    questions.forEach((question, index) => {
      if (question.number !== firstNumber + index) {
        list.add(file, `${field}[${index}].number`,
          `question numbers must run 1, 2, 3… without gaps (through a slot, across its blocks): expected ${firstNumber + index}, found ${question.number}`);
      }
      checkReferences(file, `${field}[${index}].references`, question.references, [question.text]);
    });
  };

  const checkTopic = (file: string, field: string, topicId: string, expectSubItem = false): void => {
    const topic = topics.get(topicId);
    if (!topic) {
      list.add(file, field, `unknown topic ${quote(topicId)}; known: ${[...topics.keys()].join(', ')}`);
    } else if (expectSubItem && topic.data.kind !== 'sub-item') {
      list.add(file, field, `topic ${quote(topicId)} is procedural; a narrative summary covers an agenda item 5 sub-item`);
    }
  };

  const checkSession = (file: string, field: string, sessionId: string): ContentEntry<RawContent['sessions'][number]['data']> | undefined => {
    const session = sessions.get(sessionId);
    if (!session) list.add(file, field, `unknown session ${quote(sessionId)}; known: ${[...sessions.keys()].join(', ')}`);
    return session;
  };

  // Sessions.
  const sessionNumbers = new Map<number, string>();
  for (const { file, data } of content.sessions) {
    if (compareDates(data.endDate, data.startDate) < 0) {
      list.add(file, 'endDate', `must not be before startDate (${data.startDate}), got ${data.endDate}`);
    }
    const other = sessionNumbers.get(data.number);
    if (other) list.add(file, 'number', `duplicate session number ${data.number}: also used by ${other}`);
    sessionNumbers.set(data.number, file);
    if (data.programmeSource.document && !documents.has(data.programmeSource.document)) {
      list.add(file, 'programmeSource.document', `unknown document ${quote(data.programmeSource.document)}`);
    }
    if (!existsSync(join(contentRoot, data.programmeSource.sourceText))) {
      list.add(file, 'programmeSource.sourceText', `no such file ${quote(data.programmeSource.sourceText)} under the content folder`);
    }
  }

  // Programmes.
  const programmeBySession = new Map<string, string>();
  const slotIds = new Map<string, string>();
  for (const { file, data } of content.programmes) {
    const session = checkSession(file, 'session', data.session);
    const otherProgramme = programmeBySession.get(data.session);
    if (otherProgramme) list.add(file, 'session', `session ${quote(data.session)} already has a programme in ${otherProgramme}`);
    programmeBySession.set(data.session, file);
    const topicsSoFar = new Set<string>();
    let previousDate: string | undefined;

    data.days.forEach((day, dayIndex) => {
      const dayPath = `days[${dayIndex}]`;
      if (previousDate && compareDates(day.date, previousDate) <= 0) {
        list.add(file, `${dayPath}.date`, `days must be in date order without repeats: ${day.date} comes after ${previousDate}`);
      }
      previousDate = day.date;
      if (session && (compareDates(day.date, session.data.startDate) < 0 || compareDates(day.date, session.data.endDate) > 0)) {
        list.add(file, `${dayPath}.date`,
          `${day.date} is outside the session's dates (${session.data.startDate} to ${session.data.endDate}); meetings around a session belong in content/meetings/`);
      }
      let previousSlot: { id: string; end: string } | undefined;
      day.slots.forEach((slot, slotIndex) => {
        const slotPath = `${dayPath}.slots[${slotIndex}]`;
        const otherSlot = slotIds.get(slot.id);
        if (otherSlot) list.add(file, `${slotPath}.id`, `duplicate slot id ${quote(slot.id)}: also used in ${otherSlot}`);
        slotIds.set(slot.id, file);
        if (compareTimes(slot.end, slot.start) <= 0) {
          list.add(file, `${slotPath}.end`, `must be after start (${slot.start}), got ${slot.end}`);
        } else if (previousSlot && compareTimes(slot.start, previousSlot.end) < 0) {
          list.add(file, `${slotPath}.start`,
            `slot ${quote(slot.id)} starts at ${slot.start}, before slot ${quote(previousSlot.id)} ends at ${previousSlot.end}: slots of a day must not overlap and must be in order`);
        }
        if (session) {
          for (const key of ['start', 'end'] as const) {
            try {
              toInstant(day.date, slot[key], session.data.timeZone);
            } catch {
              list.add(file, `${slotPath}.${key}`, `${slot[key]} does not exist or is ambiguous on ${day.date} in ${session.data.timeZone} (daylight-saving change)`);
            }
          }
        }
        previousSlot = { id: slot.id, end: slot.end };

        let nextQuestionNumber = 1;
        slot.blocks.forEach((block, blockIndex) => {
          const blockPath = `${slotPath}.blocks[${blockIndex}]`;
          checkTopic(file, `${blockPath}.topic`, block.topic);
          if (block.continued && !topicsSoFar.has(block.topic)) {
            list.add(file, `${blockPath}.continued`, `marked continued, but no earlier block of this session discusses topic ${quote(block.topic)}`);
          }
          topicsSoFar.add(block.topic);
          checkQuestions(file, `${blockPath}.questions`, block.questions, nextQuestionNumber);
          nextQuestionNumber += block.questions.length;
          checkReferences(file, `${blockPath}.references`, block.references, [
            block.heading, block.subItem, block.focusedDiscussion, ...block.items,
            ...block.speakers.map((speaker) => speaker.text), ...block.footnotes.map((footnote) => footnote.text),
          ]);
        });
      });
    });
  }
  for (const [sessionId, session] of sessions) {
    if (!programmeBySession.has(sessionId)) list.add(session.file, '', `session ${quote(sessionId)} has no programme in content/programmes/`);
  }

  // Meetings around sessions.
  for (const { file, data } of content.meetings) {
    const session = checkSession(file, 'session', data.session);
    if (data.start !== 'not announced' && data.end !== 'not announced' && compareTimes(data.end, data.start) <= 0) {
      list.add(file, 'end', `must be after start (${data.start}), got ${data.end}`);
    }
    if (data.start === 'not announced' && data.end !== 'not announced') {
      list.add(file, 'end', 'an end time without a start time: write "not announced" for both, or give the start');
    }
    if (session && data.start !== 'not announced') {
      try {
        toInstant(data.date, data.start, session.data.timeZone);
      } catch {
        list.add(file, 'start', `${data.start} does not exist or is ambiguous on ${data.date} in ${session.data.timeZone}`);
      }
    }
  }

  // Narrative summaries.
  const summarySections = new Map<string, string>();
  for (const { file, data } of content.summaries) {
    checkSession(file, 'session', data.session);
    checkTopic(file, 'topic', data.topic, true);
    for (const [key, value] of [['section', data.section], ['order', data.order]] as const) {
      const slot = `${data.session}#${key}#${value}`;
      const other = summarySections.get(slot);
      if (other) list.add(file, key, `duplicate ${key} ${quote(value)} in session ${quote(data.session)}: also used by ${other}`);
      summarySections.set(slot, file);
    }
    checkQuestions(file, 'questions', data.questions);
  }

  // Topics.
  const letters = new Map<string, string>();
  for (const { file, data } of content.topics) {
    if (!data.letter) continue;
    const other = letters.get(data.letter);
    if (other) list.add(file, 'letter', `duplicate letter ${quote(data.letter)}: also used by ${other}`);
    letters.set(data.letter, file);
  }

  // Documents.
  for (const { id, file, data } of content.documents) {
    const expected = documentIdOf(data.symbol);
    if (id !== expected) list.add(file, 'symbol', `symbol ${data.symbol} must live in ${expected}.yaml (the id is derived from the symbol)`);
  }

  // Report paragraphs.
  for (const { id, file, data } of content.reportParagraphs) {
    const document = documents.get(data.document);
    if (!document) {
      list.add(file, 'document', `unknown document ${quote(data.document)}`);
    } else if (!document.data.hasParagraphs) {
      list.add(file, 'document', `document ${document.data.symbol} is not marked hasParagraphs: true`);
    }
    const expected = reportParagraphIdOf(data.document, data.number);
    if (id !== expected) list.add(file, 'number', `paragraph ${data.number} of ${quote(data.document)} must live in ${expected}.yaml`);
    data.statements.forEach((statement, index) => checkSession(file, `statements[${index}].session`, statement.session));
  }

  return list.issues;
}
