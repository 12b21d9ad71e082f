/** Integrity rules of session files. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkedSourceText } from '../content-files.ts';
import { compareDates } from '../../time.ts';
import { quote, type Rule, type SessionEntry } from './context.ts';

export const sessionRules: readonly Rule<SessionEntry>[] = [
  {
    name: 'a session id is not a year',
    check: ({ id, file }, context) => {
      if (/^\d{4}$/.test(id)) {
        context.report(file, '', `the session id ${quote(id)} is a year: /sessions/${id}/ lists the sessions whose first day falls in ${id}, so rename the file (e.g. ${quote(`session-${id}`)})`);
      }
    },
  },
  {
    name: 'a session ends on or after its start',
    check: ({ file, data }, context) => {
      if (compareDates(data.endDate, data.startDate) < 0) {
        context.report(file, 'endDate', `must not be before startDate (${data.startDate}), got ${data.endDate}`);
      }
    },
  },
  {
    name: 'session numbers are unique',
    check: ({ file, data }, context) => {
      context.unique('session number', String(data.number), { file, field: 'number' }, (other) => `duplicate session number ${data.number}: also used by ${other}`);
    },
  },
  {
    name: 'the programme source document is known',
    check: ({ file, data }, context) => {
      if (data.programmeSource.document && !context.documents.has(data.programmeSource.document)) {
        context.report(file, 'programmeSource.document', `unknown document ${quote(data.programmeSource.document)}`);
      }
    },
  },
  {
    name: 'the programme source text exists and is a valid content file',
    check: ({ file, data }, context) => {
      const source = data.programmeSource.sourceText;
      if (!existsSync(join(context.contentRoot, source))) {
        context.report(file, 'programmeSource.sourceText', `no such file ${quote(source)} under the content folder`);
        return;
      }
      // Checked once however many sessions name it; problems name the source file (content/sources/…).
      const sourceFile = join(dirname(dirname(file)), source);
      if (context.claim('source text', source, file) === undefined) checkedSourceText(context.contentRoot, source, sourceFile, context.issues);
    },
  },
];

/** Run after the programmes: every session has one. */
export const sessionProgrammeRules: readonly Rule<SessionEntry>[] = [
  {
    name: 'every session has a programme',
    check: ({ id, file }, context) => {
      if (!context.programmeSessions.has(id)) context.report(file, '', `session ${quote(id)} has no programme in content/programmes/`);
    },
  },
];
