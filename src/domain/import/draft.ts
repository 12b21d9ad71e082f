/** The shapes an import produces: the draft content files and what it reports to the editor. */

/** A reference as the draft writes it (a `TODO` document where the text does not name one). */
export interface DraftReference {
  document: string;
  paragraphs?: number[];
  part?: string;
  readAs?: string;
}
/** A guiding question. */
export interface DraftQuestion {
  number: number;
  text: string;
  group?: string;
  references?: DraftReference[];
}
/** A speaker line. */
export interface DraftSpeaker {
  kind: 'statement' | 'briefing' | 'remarks';
  text: string;
  name?: string;
  role?: string;
  durationMinutes?: number;
}
/** A footnote kept with the element it annotates. */
export interface DraftFootnote {
  marker: string;
  text: string;
}

/** An agenda block (keys in the order the content files write them). */
export interface DraftBlock {
  topic: string;
  heading: string;
  agendaItem?: number;
  footnotes?: DraftFootnote[];
  subItem?: string;
  continued?: true;
  focusedDiscussion?: string;
  speakersHeading?: string;
  speakers?: DraftSpeaker[];
  items?: string[];
  references?: DraftReference[];
  questions?: DraftQuestion[];
}

/** A time slot; `blocks` is a `TODO` string where the document does not say which blocks it holds. */
export interface DraftSlot {
  id: string;
  start: string;
  end: string;
  timeAsPrinted: string;
  format: { kind: string; attendance: string };
  notes?: string[];
  blocks: DraftBlock[] | string;
}

/**
 * A day. `unplacedBlocks` holds, in order, the blocks of a day whose times were printed apart from
 * its agenda (the slots' `blocks` are then TODOs): the editor moves them into the slots.
 */
export interface DraftDay {
  date: string;
  slots: DraftSlot[];
  unplacedBlocks?: DraftBlock[];
}

/** The programme file. */
export interface DraftProgramme {
  session: string;
  days: DraftDay[];
}

/** One file the import writes, relative to the content folder. */
export interface DraftFile {
  /** e.g. `programmes/fifth-session.yaml`. */
  path: string;
  /** YAML data, Markdown frontmatter data, or (for the source) undefined. */
  data?: unknown;
  /** Markdown body, or the source text. */
  text?: string;
}

/** What an import made and what it noticed. */
export interface ImportResult {
  files: DraftFile[];
  /** Extraction artefacts handled (and how), for the editor to glance at. */
  handled: string[];
}

/** An artefact log the readers write to. */
export type Report = (message: string) => void;
