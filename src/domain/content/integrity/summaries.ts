/** Integrity rules of the narrative summaries. */
import type { RawContent } from '../content-reader.ts';
import { checkQuestions, checkSession, checkTopic, quote, type Rule } from './context.ts';

type SummaryEntry = RawContent['summaries'][number];

export const summaryRules: readonly Rule<SummaryEntry>[] = [
  { name: 'a summary names a known session', check: ({ file, data }, context) => checkSession(context, file, 'session', data.session) },
  { name: 'a summary covers an agenda item 5 sub-item', check: ({ file, data }, context) => checkTopic(context, file, 'topic', data.topic, true) },
  {
    name: 'section and order are unique within a session',
    check: ({ file, data }, context) => {
      for (const [key, value] of [['section', data.section], ['order', data.order]] as const) {
        context.unique(`summary ${key}`, `${data.session}#${value}`, { file, field: key }, (other) => `duplicate ${key} ${quote(value)} in session ${quote(data.session)}: also used by ${other}`);
      }
    },
  },
  { name: 'questions run 1, 2, 3… and cite known documents', check: ({ file, data }, context) => checkQuestions(context, file, 'questions', data.questions) },
];
