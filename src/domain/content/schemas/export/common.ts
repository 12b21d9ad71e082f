/** Field schemas shared by the open-data export records (not by content files). */
import { z } from 'zod';
import { contentId, documentReference, isoDate, localTime } from '../common.ts';

/** An absolute URL on this site (or an official page), stable once published. */
export const permalink = z.url().describe('Absolute URL of the element on the site; stable once published.');

/** A calendar date, with the JSON Schema `date` format that the content schema cannot express as a refinement. */
export const exportDate = isoDate.meta({ format: 'date' });

/** A wall-clock time `HH:MM`, with its pattern spelled out for JSON Schema. */
export const exportTime = localTime.meta({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

/** An ISO 8601 date-time with the zone's UTC offset, e.g. `2022-03-28T10:00:00-04:00`. */
export const offsetDateTime = z.iso
  .datetime({ offset: true })
  .describe('Date and time with the UTC offset in force in the session time zone, ISO 8601, e.g. "2022-03-28T10:00:00-04:00".');

/** An ISO 8601 UTC instant, e.g. `2022-03-28T14:00:00Z`. */
export const utcDateTime = z.iso.datetime().describe('The same instant in UTC, ISO 8601, e.g. "2022-03-28T14:00:00Z".');

/** A place on the site that cites a document or paragraph, with what it cites (a back-link). */
export const citationRecord = z
  .object({
    sessionId: contentId.describe('Id of the session of the citing element.'),
    anchor: z.string().min(1).describe('Anchor (HTML id) of the citing element on its page.'),
    label: z.string().min(1).describe('Short label of the citing element, as its back-link on the page reads, e.g. "Fourth substantive session, 6 March 2023, 10 a.m.–1 p.m., question 1".'),
    permalink: permalink.describe('Absolute URL of the citing element.'),
    references: z.array(documentReference).min(1).describe('The citations made there, in text or by reference: document, and paragraphs or part where given.'),
  })
  .strict()
  .describe('A place on the site that cites this element: one per entry of the list its page shows under "Cited in".');

export type CitationRecord = z.infer<typeof citationRecord>;

/** A place on the site that cites a document or paragraph, as the documents and report pages list it. */
export const citedInRecord = z
  .object({
    label: z.string().min(1).describe('The place as the page labels it, e.g. "Fourth substantive session, 6 March 2023, 10 a.m.–1 p.m.".'),
    permalink: z.url().describe('Absolute URL of the citing element (page and anchor).'),
  })
  .strict()
  .describe('A back-link: an element that cites the document or paragraph, in text or by reference.');
export type CitedInRecord = z.infer<typeof citedInRecord>;

/** Where an element's text stands in its source document: the lines its "Source" link points at. */
export const sourcePassageRecord = z
  .object({
    url: z.url().describe('Absolute URL of the first line of the passage on the source document\'s page (`/sources/<source>/#line-<n>`).'),
    startLine: z.number().int().positive().describe('First line of the passage in the extracted source text (1-based).'),
    endLine: z.number().int().positive().describe('Last line of the passage (inclusive).'),
  })
  .strict()
  .describe('The passage of the source document that holds the element\'s text, located at build time.');

export type SourcePassageRecord = z.infer<typeof sourcePassageRecord>;
