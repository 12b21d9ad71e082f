/**
 * How the site names a source document and a passage of it, by rule from the content's metadata
 * (the session's `programmeSource`: kind, date, signatory, programme symbol), never from a file name.
 */
import type { SessionInput } from '../content/schemas/session.ts';
import { longDate } from '../time.ts';

/** The metadata the names are made of. */
export type SourceMetadata = Pick<
  SessionInput['programmeSource'],
  'kind' | 'date' | 'signedBy' | 'documentStatus'
> & {
  symbol?: string;
};

/**
 * The words for each kind. `long` is how the sources name it ("Note by the Secretariat", the
 * note's heading; the letter signed "Chair"); `short` is the possessive form the site's links use;
 * `author` is who issues a document of that kind when no signature is printed.
 */
export const sourceKinds = {
  'chair-letter': {
    short: 'Chair\u2019s letter',
    long: 'Letter from the Chair',
    author: 'the Chair',
  },
  'secretariat-note': {
    short: 'Secretariat\u2019s note',
    long: 'Note by the Secretariat',
    author: 'the Secretariat',
  },
} as const satisfies Record<
  SessionInput['programmeSource']['kind'],
  { short: string; long: string; author: string }
>;

/** "Chair's letter of 7 March 2022": the kind's short name and the document's date. */
export function sourceName(source: SourceMetadata): string {
  return `${sourceKinds[source.kind].short} of ${longDate(source.date)}`;
}

/** "Burhan Gafoor, Chair" where the source prints a signature, else the kind's issuer ("the Secretariat"). */
export function sourceAuthor(source: SourceMetadata): string {
  return source.signedBy
    ? `${source.signedBy.name}, ${source.signedBy.title}`
    : sourceKinds[source.kind].author;
}

/** "line 8" or "lines 18–24". */
export function linesLabel(startLine: number, endLine: number): string {
  return startLine === endLine ? `line ${startLine}` : `lines ${startLine}\u2013${endLine}`;
}

/** A source link's text: "Chair's letter of 7 March 2022, lines 18–24". */
export function passageLabel(source: SourceMetadata, startLine: number, endLine: number): string {
  return `${sourceName(source)}, ${linesLabel(startLine, endLine)}`;
}

/**
 * The heading of a session's notes, which are sentences of its programme's source: "From the
 * Chair's letter of 7 March 2022, signed Burhan Gafoor, Chair" (the signature only where printed).
 */
export function notesOrigin(source: SourceMetadata): string {
  const signed = source.signedBy ? `, signed ${sourceAuthor(source)}` : '';
  return `From the ${sourceName(source)}${signed}`;
}

/** What the source says of the programme's symbol: "to be issued as A/AC.292/2022/3", or undefined. */
export function programmeSymbolNote(source: SourceMetadata): string | undefined {
  if (!source.symbol) return undefined;
  return source.documentStatus === 'to be issued'
    ? `to be issued as ${source.symbol}`
    : `issued as ${source.symbol}`;
}
