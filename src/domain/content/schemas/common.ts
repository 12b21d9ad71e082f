/** Building blocks shared by every content schema. */
import { z } from 'zod';
import { isValidIsoDate, isValidLocalTime, isValidTimeZone } from '../../time.ts';

/**
 * Limits that refuse damaged content (a pasted megabyte, an alias bomb) before it costs the build.
 * Each is set well above the largest the real content has (beside it), so real growth fits.
 */
export const contentLimits = {
  /** Bytes of one content file. Real largest: 19,930 (content/programmes/fourth-session.yaml). */
  fileBytes: 1_000_000,
  /** Characters of a verbatim text (question, note, footnote, announcement …). Real longest: 475. */
  textCharacters: 4_000,
  /** Characters of a one-line label (title, name, venue, role, time as printed …). Real longest: 124. */
  lineCharacters: 400,
  /** Characters of a narrative summary's text (the Markdown body). Real longest: 1,279. */
  bodyCharacters: 20_000,
  /** Nesting depth of YAML data (maps and lists). Real deepest: 12 (a paragraph cited by a programme question). */
  yamlDepth: 24,
  /** YAML aliases (`*name`). Real: none; content repeats text rather than refer to it. */
  yamlAliases: 0,
} as const;

/** Thousands separated, for messages: 4,000. */
const count = (value: number): string => value.toLocaleString('en-US');

/** True when a text holds something besides white space. */
const notBlank = (text: string): boolean => text.trim() !== '';

/** A one-line label the site shows (not verbatim): neither empty nor blank, and bounded. */
export const label = z
  .string()
  .min(1, 'must not be empty')
  .refine(notBlank, 'must not be blank (only white space)')
  .max(contentLimits.lineCharacters, {
    error: (issue) => `must be at most ${count(contentLimits.lineCharacters)} characters, got ${count(String(issue.input).length)}`,
  });

/** A content id: lower-case words joined by hyphens (file names, slot ids, topic ids). */
export const contentId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words and digits joined by hyphens, e.g. "second-session"')
  .describe('Identifier: lower-case words and digits joined by hyphens; stable once published.');

/** A calendar date written `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .refine(isValidIsoDate, 'must be a real calendar date written YYYY-MM-DD')
  .describe('Calendar date, YYYY-MM-DD.');

/** A wall-clock time written `HH:MM`, local to the session's time zone. */
export const localTime = z
  .string()
  .refine(isValidLocalTime, 'must be a 24-hour time written HH:MM')
  .describe('Wall-clock time HH:MM in the session time zone.');

/** The marker content uses where the source announces no time: never invent one. */
export const notAnnounced = z.literal('not announced').describe('The source does not announce this time.');

/** An IANA time-zone name such as `America/New_York`. */
export const timeZone = z
  .string()
  .refine(isValidTimeZone, 'must be an IANA time-zone name such as "America/New_York"')
  .describe('IANA time-zone name in which the wall-clock times are given.');

/** Text copied word for word from a source document. */
export const verbatim = z
  .string()
  .trim()
  .min(1, 'must not be empty or blank')
  .max(contentLimits.textCharacters, {
    error: (issue) => `must be at most ${count(contentLimits.textCharacters)} characters, got ${count(String(issue.input).length)}`,
  })
  .refine((text) => !/<\/?[a-z][^>]*>/i.test(text), 'must be plain text: HTML tags are not allowed')
  .describe('Text copied word for word from the source document.');

/** A citation of a document, optionally of some of its paragraphs or of a part such as an annex. */
export const documentReference = z
  .object({
    document: contentId.describe('Id of the cited document in the documents collection.'),
    paragraphs: z
      .array(z.number().int().positive())
      .optional()
      .describe('Numbers of the cited paragraphs; each must exist in the report-paragraphs collection.'),
    part: label.optional().describe('A cited part of the document as the source writes it, e.g. "annex II".'),
  })
  .strict()
  .describe('A citation of an official document.');

/** A footnote of the source, kept with the element it is attached to. */
export const footnote = z
  .object({
    marker: label.describe('The footnote mark as printed in the source, e.g. "1".'),
    text: verbatim.describe('The footnote text, word for word.'),
  })
  .strict()
  .describe('A footnote of the source attached to this element.');

/** How a meeting is held. */
export const meetingFormat = z
  .object({
    kind: z.enum(['formal', 'informal']).describe('Formal meeting of the working group, or informal meeting.'),
    attendance: z.enum(['in person', 'virtual']).describe('Held in person (webcast where noted) or virtually.'),
  })
  .strict()
  .describe('How the meeting is held.');

/** A guiding question, numbered from 1 within its list. */
export const guidingQuestion = z
  .object({
    number: z.number().int().positive().describe('Number from 1 without gaps, through a narrative summary or through a slot across its blocks.'),
    text: verbatim.describe('The question, word for word.'),
    group: label
      .optional()
      .describe('Sub-heading the source prints over this question and the ones after it, e.g. "Proposed Global Points of Contact Directory".'),
    references: z.array(documentReference).default([]).describe('Documents and paragraphs the question cites.'),
  })
  .strict()
  .describe('A guiding question suggested by the Chair.');

export type DocumentReference = z.infer<typeof documentReference>;
export type Footnote = z.infer<typeof footnote>;
export type MeetingFormat = z.infer<typeof meetingFormat>;
export type GuidingQuestionInput = z.infer<typeof guidingQuestion>;
