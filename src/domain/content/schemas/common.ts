/** Building blocks shared by every content schema. */
import { z } from 'zod';
import { isValidIsoDate, isValidLocalTime, isValidTimeZone } from '../../time.ts';
import { containsHtmlTag, textPolicyProblem } from '../text-policy.ts';

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
  /** Characters of a URL. Real longest: 101. */
  urlCharacters: 2_000,
  /** Nesting depth of YAML data (maps and lists). Real deepest: 12 (a paragraph cited by a programme question). */
  yamlDepth: 24,
  /** YAML aliases (`*name`). Real: none; content repeats text rather than refer to it. */
  yamlAliases: 0,
} as const;

/** Thousands separated, for messages: 4,000. */
const count = (value: number): string => value.toLocaleString('en-US');

/** True when a text holds something besides white space. */
const notBlank = (text: string): boolean => text.trim() !== '';

/**
 * The character policy (text-policy.ts) as a zod check: one line of text, no control, bidi,
 * invisible or noncharacter. Its issue aborts the checks after it (they need not see such a text).
 */
const oneLineText = (text: string, context: z.core.$RefinementCtx<string>): void => {
  const problem = textPolicyProblem(text, { multiline: false });
  if (problem) context.addIssue({ code: 'custom', message: problem, input: text, continue: false });
};

/** The message of a failed length limit (the limit is checked first, and stops the checks after it). */
const atMost = (limit: number) => ({
  abort: true,
  error: (issue: { input?: unknown }) => `must be at most ${count(limit)} characters, got ${count(String(issue.input).length)}`,
});

/** A one-line label the site shows (not verbatim): neither empty nor blank, and bounded. */
export const label = z
  .string()
  .min(1, { abort: true, error: 'must not be empty' })
  .max(contentLimits.lineCharacters, atMost(contentLimits.lineCharacters))
  .superRefine(oneLineText)
  .refine(notBlank, { abort: true, error: 'must not be blank (only white space)' });

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
  // The limit and the policy see the text as written (a control character at its edge is refused, not trimmed away).
  .max(contentLimits.textCharacters, atMost(contentLimits.textCharacters))
  .superRefine(oneLineText)
  .trim()
  .min(1, { abort: true, error: 'must not be empty or blank' })
  .refine((text) => !containsHtmlTag(text), { abort: true, error: 'must be plain text: HTML tags are not allowed' })
  .describe('Text copied word for word from the source document.');

/** A narrative summary's text as the exports give it: verbatim paragraphs, line breaks allowed. */
export const verbatimParagraphs = z
  .string()
  .max(contentLimits.bodyCharacters, atMost(contentLimits.bodyCharacters))
  .superRefine((text, context) => {
    const problem = textPolicyProblem(text, { multiline: true });
    if (problem) context.addIssue({ code: 'custom', message: problem, input: text, continue: false });
  })
  .trim()
  .min(1, { abort: true, error: 'must not be empty or blank' })
  .refine((text) => !containsHtmlTag(text), { abort: true, error: 'must be plain text: HTML tags are not allowed' })
  .describe('Text copied word for word from the source document, in paragraphs.');

/**
 * A web address the sources print: `https:` only (no field needs `http:` or `mailto:`; a
 * `javascript:` or `data:` link would run when clicked on a host without our headers), with a
 * domain name, one line, within the character policy.
 */
export const httpsUrl = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    abort: true,
    error: (issue) => `must be an https: address with a domain name, as printed in the source; got ${JSON.stringify(String(issue.input).slice(0, 40))}`,
  })
  .max(contentLimits.urlCharacters, atMost(contentLimits.urlCharacters))
  .superRefine(oneLineText);

/** A citation of a document, optionally of some of its paragraphs or of a part such as an annex. */
export const documentReference = z
  .object({
    document: contentId.describe('Id of the cited document in the documents collection.'),
    paragraphs: z
      .array(z.number().int().positive())
      .optional()
      .describe('Numbers of the cited paragraphs; each must exist in the report-paragraphs collection.'),
    part: label.optional().describe('A cited part of the document as the source writes it, e.g. "annex II".'),
    readAs: label
      .optional()
      .describe(
        'Where the text does not print the document\'s symbol or a way it is cited: the words of the text that the site '
        + 'reads as this document, e.g. "the annual progress report". The site then shows a reading ("reads … as"), not a '
        + 'citation. Required in that case: a reference the text neither names nor words fails the build.',
      ),
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

/**
 * How a meeting is held, in a closed vocabulary: each value is a word the sources use, or
 * "not stated" (the site then shows no label). Neither source calls any meeting "formal".
 */
export const meetingFormat = z
  .object({
    kind: z
      .enum(['informal', 'not stated'])
      .describe(
        'What kind of meeting the source says it is. "informal": the source calls it so, e.g. "Virtual open-ended informal '
        + 'meeting" (letter of 7 March 2022, Annex A, Thursday 31 March, 3-6 p.m.), "Informal, dedicated stakeholder segment" '
        + '(note of 23 February 2023, Thursday 9 March, 3–6 p.m.), "virtual informal dialogue", "virtual open-ended informal '
        + 'meeting" (the letter, announcing the meetings around the session). "not stated": the source gives no kind; no label is shown.',
      ),
    attendance: z
      .enum(['in person', 'virtual', 'not stated'])
      .describe(
        'How the source says delegates attend. "in person": the source says so for this meeting or its session, e.g. "The '
        + 'meeting will be held in-person and will also be webcast on UN WebTV" (letter of 7 March 2022, of the second '
        + 'session). "virtual": the source calls it virtual ("Virtual open-ended informal meeting", "virtual informal '
        + 'dialogue"). "not stated": the source does not say (the note of 23 February 2023 says only that the session '
        + '"will be held at Headquarters"); no label is shown.',
      ),
  })
  .strict()
  .describe('How the meeting is held, in the words of the source (a closed vocabulary; "not stated" where it says nothing).');

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
  .describe('A guiding question, as printed in a programme or in narrative summaries (the letter of 7 March 2022 calls them the Chair\'s "suggested guiding questions"; the note of 23 February 2023 names no author).');

export type DocumentReference = z.infer<typeof documentReference>;
export type Footnote = z.infer<typeof footnote>;
export type MeetingFormat = z.infer<typeof meetingFormat>;
export type GuidingQuestionInput = z.infer<typeof guidingQuestion>;
