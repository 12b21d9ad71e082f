/** Integrity rules of topics, documents and report paragraphs. */
import type { RawContent } from '../content-reader.ts';
import { documentIdOf, reportParagraphIdOf } from '../../anchors.ts';
import { checkSession, quote, type DocumentEntry, type Rule, type TopicEntry } from './context.ts';

type ReportParagraphEntry = RawContent['reportParagraphs'][number];

export const topicRules: readonly Rule<TopicEntry>[] = [
  {
    name: 'topic letters are unique',
    check: ({ file, data }, context) => {
      if (!data.letter) return;
      context.unique('topic letter', data.letter, { file, field: 'letter' }, (other) => `duplicate letter ${quote(data.letter)}: also used by ${other}`);
    },
  },
];

export const documentRules: readonly Rule<DocumentEntry>[] = [
  {
    name: 'a document file is named after its symbol',
    check: ({ id, file, data }, context) => {
      const expected = documentIdOf(data.symbol);
      if (id !== expected) context.report(file, 'symbol', `symbol ${data.symbol} must live in ${expected}.yaml (the id is derived from the symbol)`);
    },
  },
];

export const reportParagraphRules: readonly Rule<ReportParagraphEntry>[] = [
  {
    name: 'a paragraph belongs to a known document with paragraphs',
    check: ({ file, data }, context) => {
      const document = context.documents.get(data.document);
      if (!document) {
        context.report(file, 'document', `unknown document ${quote(data.document)}`);
      } else if (!document.data.hasParagraphs) {
        context.report(file, 'document', `document ${document.data.symbol} is not marked hasParagraphs: true`);
      }
    },
  },
  {
    name: 'a paragraph file is named after its document and number',
    check: ({ id, file, data }, context) => {
      const expected = reportParagraphIdOf(data.document, data.number);
      if (id !== expected) context.report(file, 'number', `paragraph ${data.number} of ${quote(data.document)} must live in ${expected}.yaml`);
    },
  },
  {
    name: 'statements name known sessions',
    check: ({ file, data }, context) =>
      data.statements.forEach((statement, index) => checkSession(context, file, `statements[${index}].session`, statement.session)),
  },
];
