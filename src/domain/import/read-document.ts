/** What either form's reader takes out of a programme document, before the draft files are made. */
import type { DraftFootnote } from './draft.ts';
import type { Token } from './programme-builder.ts';

/** A narrative summary section of the letter's Annex B. */
export interface SummarySection {
  section: string;
  heading: string;
  body: string;
  questions: { text: string; group?: string }[];
}

/** The parts of a document the draft is made from. */
export interface ReadDocument {
  kind: 'secretariat-note' | 'chair-letter';
  /** Date of the document as printed ("23 February 2023") and as YYYY-MM-DD. */
  printedDate?: string;
  date?: string;
  /** "Fourth substantive session", as printed (first letter capitalised). */
  sessionName?: string;
  sessionDates?: { startDate: string; endDate: string };
  /** The sentence or line saying where the session is held. */
  venueText?: string;
  programmeTitle?: string;
  programmeFootnotes: DraftFootnote[];
  /** The programme's own symbol ("To be issued as document A/AC.292/2022/3"). */
  programmeSymbol?: { symbol: string; status: 'issued' | 'to be issued' };
  /** Whether the document ends with a signature (a letter). */
  signed?: boolean;
  /** Paragraphs printed with the programme, in order; notes about the letter's end (addressees, signature) last. */
  notes: { kind?: string; text: string }[];
  links: { label: string; url: string }[];
  /** Paragraphs that announce meetings, with their sentences. */
  meetingParagraphs: string[];
  tokens: Token[];
  footnotes: Map<string, string>;
  attendance: 'in person' | 'not stated';
  summaries?: { title: string; footnotes: DraftFootnote[]; sections: SummarySection[] };
}

/** Capitalises the first letter ("second substantive session" → "Second substantive session"). */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
