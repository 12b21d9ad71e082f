/** A substantive session of the working group: when, where, and where its programme comes from. */
import { z } from 'zod';
import { contentId, footnote, httpsUrl, isoDate, label, timeZone, verbatim } from './common.ts';

/** The document a session's programme is taken from. */
export const programmeSource = z
  .object({
    kind: z.enum(['chair-letter', 'secretariat-note']).describe('Letter of the Chair, or note by the Secretariat.'),
    title: label.describe('How the site names the source, e.g. "Letter from the Chair of 7 March 2022".'),
    date: isoDate.describe('Date of the source document.'),
    document: contentId.optional().describe('Id of the document symbol of the programme, where the source gives one.'),
    signedBy: z
      .object({
        name: verbatim.describe('The name on the signature line, e.g. "Burhan Gafoor".'),
        title: verbatim.describe('The title printed under it, e.g. "Chair".'),
      })
      .strict()
      .optional()
      .describe('Who signed the source, from its signature lines (a letter); absent where none is printed (a note by the Secretariat). The provenance test finds both in the source.'),
    documentStatus: z
      .enum(['issued', 'to be issued'])
      .optional()
      .describe('Whether the symbol was issued, or announced as "to be issued as".'),
    sourceText: z
      .string()
      .regex(/^sources\/[a-z0-9-]+\.txt$/, 'must name a file in content/sources/, e.g. "sources/chair-letter-2022-03-07.txt"')
      .describe('Extracted text of the source, relative to the content folder; the provenance test checks against it.'),
  })
  .strict();

/** A note printed with the programme. */
export const sessionNote = z
  .object({
    kind: z
      .enum(['mandate', 'webcast', 'statement-format', 'venue', 'logistics', 'guiding-questions', 'addressees', 'signature', 'general'])
      .describe(
        'What the note is about: the working group and its mandate, webcast, format of statements, venue, other '
        + 'logistics (links, contacts), how the guiding questions are to be used, to whom the letter is addressed, '
        + 'who signed it, or anything else. Webcast, venue, statement-format and logistics notes go into every '
        + 'calendar event and conference-schedule event of the session.',
      ),
    text: verbatim.describe('The note, word for word.'),
  })
  .strict();

/** One substantive session. The entry id is the file name, e.g. `second-session`. */
export const sessionSchema = z
  .object({
    number: z.number().int().positive().describe('Ordinal of the substantive session (2 for the second).'),
    name: label.describe('Name of the session, e.g. "Second substantive session".'),
    startDate: isoDate.describe('First day of the session.'),
    endDate: isoDate.describe('Last day of the session.'),
    venue: label.describe('Where the session is held, as the site shows it.'),
    timeZone: timeZone,
    status: z.enum(['provisional', 'final']).describe('Status of the programme of work.'),
    revised: isoDate.describe('Date of the latest change to this session\'s content; calendars use it as DTSTAMP.'),
    revision: z.number().int().nonnegative().describe('Revision counter, raised on every published change; calendars use it as SEQUENCE.'),
    programmeTitle: verbatim.describe('Title of the programme as printed, e.g. "Provisional Programme of Work".'),
    programmeSource,
    programmeFootnotes: z.array(footnote).default([]).describe('Footnotes attached to the programme title.'),
    notes: z.array(sessionNote).default([]).describe('Notes printed with the programme (webcast, statements, venue).'),
    summariesTitle: verbatim.optional().describe('Title of the narrative summaries annex, where the session has one.'),
    summariesFootnotes: z.array(footnote).default([]).describe('Footnotes attached to the narrative summaries title.'),
    links: z
      .array(
        z
          .object({
            label: label.describe('Label of the link as the site shows it.'),
            url: httpsUrl.describe('The URL as printed in the source (https: only).'),
          })
          .strict(),
      )
      .default([])
      .describe('Further information the source points to (URLs printed in it).'),
  })
  .strict();

export type SessionInput = z.infer<typeof sessionSchema>;
