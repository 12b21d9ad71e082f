/**
 * Reads the Secretariat's note as converted to Markdown: a head (date, session, numbered
 * paragraphs) and the annex's table as lines, with its page furniture ("Date/time", "Agenda
 * item/programme", rules), footnotes (`<sup>1</sup>`) and headings merged where table cells were
 * (`**Agenda item 5 …****(g) Capacity-building**`).
 */
import type { Report } from './draft.ts';
import type { Token } from './programme-builder.ts';
import { capitalised, type ReadDocument } from './read-document.ts';
import {
  dayHeading,
  firstDateIn,
  monthPattern,
  sessionDatesIn,
  timeRangePattern,
} from './printed.ts';

/** True for a text in the Secretariat's note's form. */
export function isNoteForm(text: string): boolean {
  return /Note by the Secretariat/.test(text) && /^#{1,6} /m.test(text);
}

/** Markdown inline markup removed: links to their text, `<url>` to the URL, emphasis to its words. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\*\*?([^*]+?)\*\*?/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const furniture =
  /^\*?(?:Date\/time|Agenda item\/programme)\*?(?:\*?\*?Agenda item\/programme\*?)?$|^-{3,}$/;
const sup = /<sup>(\d+)<\/sup>/g;

/** The tokens of one annex line (a merged heading gives two). */
function tokensOfLine(line: string, footnotes: Map<string, string>, report: Report): Token[] {
  const footnote = /^<sup>(\d+)<\/sup>\s*(.+)$/.exec(line);
  if (footnote) {
    footnotes.set(footnote[1]!, plain(footnote[2]!));
    return [{ kind: 'break' }];
  }
  if (furniture.test(line)) return [{ kind: 'break' }];
  const markup = /^#{1,6}\s+(.+)$/.exec(line)?.[1] ?? /^\*\*(.+)\*\*$/.exec(line)?.[1];
  const bare = plain((markup ?? line).replace(sup, ''));
  if (dayHeading(bare)) return [{ kind: 'day', text: bare }];
  if (markup !== undefined) {
    const markers = [...markup.matchAll(sup)].map((match) => match[1]!);
    if (markup.includes('****')) {
      const [heading, subItem] = markup
        .split('****')
        .map((part) => plain(part.replace(sup, ''))) as [string, string];
      report(
        `merged heading split into heading "${heading.slice(0, 40)}…" and sub-item "${subItem}"`,
      );
      return [
        { kind: 'heading', text: heading, markers },
        { kind: 'subItem', text: subItem },
      ];
    }
    if (/\b(?:statements|remarks)$/i.test(bare)) return [{ kind: 'speakersHeading', text: bare }];
    return [{ kind: 'heading', text: bare, markers }];
  }
  if (timeRangePattern.test(bare) && bare.replace(timeRangePattern, '').trim() === '')
    return [{ kind: 'time', text: bare }];
  if (/^\([a-z]\) /.test(bare)) return [{ kind: 'subItem', text: bare }];
  if (/^Focused discussion\b/.test(bare)) return [{ kind: 'focused', text: bare }];
  if (/^[-*] /.test(line)) return [{ kind: 'bullet', text: plain(line.slice(2).replace(sup, '')) }];
  return [{ kind: 'paragraph', text: bare }];
}

/** The head of the note: date, session, numbered paragraphs (notes, and a link where one is printed). */
function readHead(lines: readonly string[], document: ReadDocument): void {
  const printedDate = lines
    .map((line) => line.trim())
    .find((line) => new RegExp(`^\\d{1,2} ${monthPattern} \\d{4}$`).test(line));
  if (printedDate) {
    document.printedDate = printedDate;
    document.date = firstDateIn(printedDate);
  }
  lines.forEach((line, index) => {
    const session = /^(\w+ substantive session)\s*$/i.exec(line.trim());
    if (session && !document.sessionName) {
      document.sessionName = capitalised(session[1]!);
      const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '') ?? '';
      document.sessionDates = sessionDatesIn(next);
    }
    const paragraph = /^\d+\.\s+(.+)$/.exec(line.trim());
    if (!paragraph) return;
    const text = plain(paragraph[1]!);
    const link = /^(.+?) can be found at (https?:\S+?)\.?$/.exec(text);
    if (link) document.links.push({ label: link[1]!, url: link[2]! });
    else document.notes.push({ text });
    if (/\bheld at\b/.test(text)) document.venueText = text;
  });
  if (!document.venueText && /^New York,/m.test(lines.join('\n'))) document.venueText = 'New York';
}

/** Reads a note in Markdown. */
export function readNote(text: string, report: Report): ReadDocument {
  const lines = text.split(/\r?\n/);
  const annex = lines.findIndex((line) => /^#{1,6}\s+Annex\s*$/.test(line));
  const document: ReadDocument = {
    kind: 'secretariat-note',
    programmeFootnotes: [],
    notes: [],
    links: [],
    meetingParagraphs: [],
    tokens: [],
    footnotes: new Map(),
    attendance: /\bheld in[- ]person\b/i.test(text) ? 'in person' : 'not stated',
  };
  readHead(annex < 0 ? lines : lines.slice(0, annex), document);
  const body = annex < 0 ? [] : lines.slice(annex + 1);
  const title = body.find(
    (line) => /^#{1,6}\s+\S/.test(line) && !dayHeading(plain(line.replace(/^#+\s+/, ''))),
  );
  if (title) document.programmeTitle = plain(title.replace(/^#+\s+/, ''));
  let furnitureLines = 0;
  for (const line of body.slice(title ? body.indexOf(title) + 1 : 0)) {
    if (line.trim() === '') continue;
    const tokens = tokensOfLine(line.trim(), document.footnotes, report);
    if (furniture.test(line.trim())) furnitureLines += 1;
    document.tokens.push(...tokens);
  }
  if (furnitureLines > 0)
    report(
      `${furnitureLines} lines of page furniture ("Date/time", "Agenda item/programme", rules) left out`,
    );
  if (annex < 0) report('no "Annex" heading: the note holds no programme table');
  return document;
}
