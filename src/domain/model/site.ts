/**
 * Turns validated, consistent content into the site model: sessions with ordered days, slots,
 * blocks and questions (with stable anchors), topics and documents with back-links.
 */
import { checkCitations } from './back-links.ts';
import { createCitationResolver } from './citations.ts';
import { ContentError } from '../content/content-error.ts';
import { readContent, type RawContent } from '../content/content-reader.ts';
import { checkIntegrity } from '../content/integrity.ts';
import { paragraphAnchor, questionId, reportParagraphIdOf, slotAnchor } from '../anchors.ts';
import type {
  Block, Citation, Day, Document, Meeting, Question, ReportParagraph, Session, SiteModel, Slot, Summary, Topic,
} from './model.ts';
import {
  longDate, toOffsetIso, toUtcIso, unTime, utcOffsetLabel, weekdayName,
} from '../time.ts';
import { officialDocumentUrl } from '../urls.ts';

/** Builds the site model from content that passed `checkIntegrity`. */
export function assembleSite(content: RawContent): SiteModel {
  const sessionInputs = [...content.sessions].sort((a, b) => a.data.number - b.data.number);
  const documentsById = new Map<string, Document>();
  for (const { id, file, data } of content.documents) {
    documentsById.set(id, { id, file, ...data, url: officialDocumentUrl(data.symbol), citations: [] });
  }
  const paragraphsById = new Map<string, ReportParagraph>();
  for (const { id, file, data } of [...content.reportParagraphs].sort((a, b) => a.data.number - b.data.number)) {
    paragraphsById.set(id, {
      id, file, documentId: data.document, number: data.number, subject: data.subject,
      statements: data.statements, text: data.text, anchor: paragraphAnchor(data.number), citations: [],
    });
  }
  const topics = [...content.topics]
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, file, data }): Topic => ({ id, file, ...data, slotIds: [], questionIds: [], summaryIds: [] }));
  const topicsById = new Map(topics.map((topic) => [topic.id, topic]));

  const cite = (citation: Citation): void => {
    documentsById.get(citation.reference.document)?.citations.push(citation);
    for (const number of citation.reference.paragraphs ?? []) {
      paragraphsById.get(reportParagraphIdOf(citation.reference.document, number))?.citations.push(citation);
    }
  };

  const sessions: Session[] = sessionInputs.map(({ id: sessionId, file: sessionFile, data: session }) => {
    const programme = content.programmes.find((entry) => entry.data.session === sessionId)!;
    const slots: Slot[] = [];
    const questions: Question[] = [];

    const days: Day[] = programme.data.days.map((day) => ({
      date: day.date,
      label: `${weekdayName(day.date)}, ${longDate(day.date)}`,
      slots: day.slots.map((slotInput) => {
        const slotQuestions: Question[] = [];
        const topicIds: string[] = [];
        const anchor = slotAnchor(slotInput.id);
        const label = `${session.name}, ${longDate(day.date)}, ${unTime(slotInput.start)}\u2013${unTime(slotInput.end)}`;
        const blocks: Block[] = slotInput.blocks.map((blockInput, blockIndex) => {
          const blockQuestions = blockInput.questions.map((questionInput): Question => ({
            id: questionId(slotInput.id, questionInput.number),
            sessionId,
            topicId: blockInput.topic,
            number: questionInput.number,
            text: questionInput.text,
            ...(questionInput.group ? { group: questionInput.group } : {}),
            references: questionInput.references,
            origin: { kind: 'slot', slotId: slotInput.id, blockIndex },
            file: programme.file,
          }));
          slotQuestions.push(...blockQuestions);
          const topic = topicsById.get(blockInput.topic)!;
          if (topic.kind === 'sub-item' && !topicIds.includes(topic.id)) topicIds.push(topic.id);
          for (const reference of blockInput.references) cite({ kind: 'block', sessionId, anchor, label, reference });
          for (const question of blockQuestions) {
            for (const reference of question.references) {
              cite({ kind: 'question', sessionId, anchor: question.id, label: `${label}, question ${question.number}`, reference });
            }
          }
          const { topic: topicId, questions: _questions, ...rest } = blockInput;
          return { ...rest, topicId, questions: blockQuestions };
        });
        const slot: Slot = {
          id: slotInput.id,
          anchor,
          sessionId,
          date: day.date,
          start: slotInput.start,
          end: slotInput.end,
          timeAsPrinted: slotInput.timeAsPrinted,
          format: slotInput.format,
          notes: slotInput.notes,
          blocks,
          questions: slotQuestions,
          topicIds,
          startUtc: toUtcIso(day.date, slotInput.start, session.timeZone),
          endUtc: toUtcIso(day.date, slotInput.end, session.timeZone),
          startWithOffset: toOffsetIso(day.date, slotInput.start, session.timeZone),
          endWithOffset: toOffsetIso(day.date, slotInput.end, session.timeZone),
          offsetLabel: utcOffsetLabel(day.date, slotInput.start, session.timeZone),
          file: programme.file,
        };
        slots.push(slot);
        questions.push(...slotQuestions);
        for (const topicId of topicIds) topicsById.get(topicId)!.slotIds.push(slot.id);
        return slot;
      }),
    }));

    const summaries: Summary[] = content.summaries
      .filter((entry) => entry.data.session === sessionId)
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ id, file, data, body }) => {
        const summaryQuestions = data.questions.map((questionInput): Question => ({
          id: questionId(id, questionInput.number),
          sessionId,
          topicId: data.topic,
          number: questionInput.number,
          text: questionInput.text,
          ...(questionInput.group ? { group: questionInput.group } : {}),
          references: questionInput.references,
          origin: { kind: 'summary', summaryId: id, section: data.section },
          file,
        }));
        for (const question of summaryQuestions) {
          for (const reference of question.references) {
            cite({ kind: 'question', sessionId, anchor: question.id, label: `${session.name}, summary ${data.section}, question ${question.number}`, reference });
          }
        }
        questions.push(...summaryQuestions);
        topicsById.get(data.topic)!.summaryIds.push(id);
        return {
          id, file, sessionId, section: data.section, order: data.order, topicId: data.topic,
          heading: data.heading, body: (body ?? '').trim(), questions: summaryQuestions,
        };
      });

    const meetings: Meeting[] = content.meetings
      .filter((entry) => entry.data.session === sessionId)
      .sort((a, b) => a.data.date.localeCompare(b.data.date))
      .map(({ id, file, data }) => ({
        id, file, sessionId, ...data,
        ...(data.start !== 'not announced' ? { startUtc: toUtcIso(data.date, data.start, session.timeZone) } : {}),
      }));

    for (const question of questions) topicsById.get(question.topicId)!.questionIds.push(question.id);
    const programmeDocument = session.programmeSource.document ? documentsById.get(session.programmeSource.document) : undefined;
    if (programmeDocument) {
      cite({
        kind: 'block', sessionId, anchor: 'programme', label: `${session.name}, programme of work`,
        reference: { document: programmeDocument.id },
      });
    }

    return {
      id: sessionId,
      file: sessionFile,
      ...session,
      programmeSource: { ...session.programmeSource, ...(programmeDocument ? { symbol: programmeDocument.symbol } : {}) },
      days,
      slots,
      meetings,
      summaries,
      questions,
    };
  });

  return {
    sessions,
    topics,
    documents: [...documentsById.values()].sort((a, b) => a.symbol.localeCompare(b.symbol)),
    reportParagraphs: [...paragraphsById.values()],
    slots: sessions.flatMap((session) => session.slots),
    questions: sessions.flatMap((session) => session.questions),
    meetings: sessions.flatMap((session) => session.meetings),
    summaries: sessions.flatMap((session) => session.summaries),
  };
}

/** Validates raw content across entries and assembles the model; throws ContentError on any problem. */
export function buildSite(content: RawContent, contentRoot: string): SiteModel {
  const issues = checkIntegrity(content, contentRoot);
  if (issues.length > 0) throw new ContentError(issues);
  const site = assembleSite(content);
  // Citations written inside verbatim text ("A/77/275, para. 11") must resolve too.
  checkCitations(site, createCitationResolver(site));
  return site;
}

/** Reads, validates and assembles the content under `contentRoot`. */
export function loadSite(contentRoot: string, projectRoot: string = process.cwd()): SiteModel {
  return buildSite(readContent(contentRoot, projectRoot), contentRoot);
}
