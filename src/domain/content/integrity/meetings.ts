/** Integrity rules of the meetings around sessions. */
import type { RawContent } from '../content-reader.ts';
import { compareTimes, toInstant } from '../../time.ts';
import { checkSession, type Rule } from './context.ts';

type MeetingEntry = RawContent['meetings'][number];

export const meetingRules: readonly Rule<MeetingEntry>[] = [
  { name: 'a meeting names a known session', check: ({ file, data }, context) => checkSession(context, file, 'session', data.session) },
  {
    name: 'a meeting ends after it starts',
    check: ({ file, data }, context) => {
      if (data.start !== 'not announced' && data.end !== 'not announced' && compareTimes(data.end, data.start) <= 0) {
        context.report(file, 'end', `must be after start (${data.start}), got ${data.end}`);
      }
    },
  },
  {
    name: 'no end time without a start time',
    check: ({ file, data }, context) => {
      if (data.start === 'not announced' && data.end !== 'not announced') {
        context.report(file, 'end', 'an end time without a start time: write "not announced" for both, or give the start');
      }
    },
  },
  {
    name: 'the start time exists in the session time zone',
    check: ({ file, data }, context) => {
      const session = context.sessions.get(data.session);
      if (!session || data.start === 'not announced') return;
      try {
        toInstant(data.date, data.start, session.data.timeZone);
      } catch {
        context.report(file, 'start', `${data.start} does not exist or is ambiguous on ${data.date} in ${session.data.timeZone}`);
      }
    },
  },
];
