/**
 * The parts of an agenda block the importer derives from its lines: references from the texts that
 * cite documents, speakers from their lines, the topic from the heading or sub-item.
 */
import { todo } from '../content/todo-markers.ts';
import {
  bareSubItem,
  documentIdOf,
  documentsNamedIn,
  proceduralTopic,
  subItemTopic,
  unknownSymbolsIn,
  type Catalogue,
} from './catalogue.ts';
import type { DraftBlock, DraftReference, DraftSpeaker } from './draft.ts';

/** Paragraph numbers a text cites: "paragraphs 8 to 13", "para. 11", "paras. 8 to 13". */
export function paragraphsIn(text: string): number[] {
  const numbers = new Set<number>();
  for (const match of text.matchAll(
    /\b(?:paragraphs?|paras?\.)\s+(\d+)(?:\s+(?:to|[–-])\s+(\d+))?/g,
  )) {
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    for (let number = from; number <= to && number - from < 100; number += 1) numbers.add(number);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Words that read as a report without naming it ("the report", "the annual progress report"). */
const reportReading = /\bthe (?:\d{4} )?(?:first )?(?:annual progress )?report\b/;

/**
 * The references of a text: each known document it names (with the paragraphs it cites, where the
 * document has paragraphs, or the annex it names); a document symbol the catalogue does not know
 * (listed in `newSymbols`); and, where it names no document but reads as a report, a reference
 * whose document is a TODO with the words read (`readAs`).
 */
export function referencesIn(
  catalogue: Catalogue,
  text: string,
  newSymbols: Set<string>,
): DraftReference[] {
  const references: DraftReference[] = documentsNamedIn(catalogue, text).map((document) => {
    const reference: DraftReference = { document: document.id };
    const paragraphs = document.hasParagraphs ? paragraphsIn(text) : [];
    if (paragraphs.length > 0) reference.paragraphs = paragraphs;
    const part = new RegExp(
      `${document.symbol.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},? (annex [IVX]+)\\b`,
    ).exec(text)?.[1];
    if (part) reference.part = part;
    return reference;
  });
  for (const symbol of unknownSymbolsIn(catalogue, text)) {
    newSymbols.add(symbol);
    references.push({ document: documentIdOf(symbol) });
  }
  const reading = reportReading.exec(text)?.[0];
  if (references.length === 0 && reading) {
    references.push({
      document: todo(`which document is "${reading}"? Its id, e.g. a-77-275`),
      readAs: reading,
    });
  }
  return references;
}

const honorific = /^(?:(?:Ms|Mr|Mrs|Dr|Prof)\.|H\.E\.|Ambassador|His Excellency|Her Excellency)\s+/;

/**
 * A speaker line: a statement "Name, Role" (the name after an honorific) or "Role, Name" (the name
 * two to four capitalised words at the end); a briefing "Briefing by the X on … (15 mins)";
 * remarks "Concluding remarks by the Chair". Name and role are TODOs where neither form fits.
 */
export function speakerOf(text: string, inStatements: boolean): DraftSpeaker | undefined {
  const briefing = /^Briefing by (?:the )?(.+?) on .+?(?:\((\d+) mins?\))?$/.exec(text);
  if (briefing) {
    const speaker: DraftSpeaker = { kind: 'briefing', text, name: briefing[1]! };
    if (briefing[2]) speaker.durationMinutes = Number(briefing[2]);
    return speaker;
  }
  const remarks = /^(?:Concluding |Opening )?remarks by (?:the )?(.+)$/i.exec(text);
  if (remarks) return { kind: 'remarks', text, role: remarks[1]! };
  if (!inStatements) return undefined;
  const first = text.indexOf(', ');
  if (first > 0 && honorific.test(text)) {
    let name = text.slice(0, first);
    while (honorific.test(name)) name = name.replace(honorific, '');
    return { kind: 'statement', text, name, role: text.slice(first + 2) };
  }
  const last = text.lastIndexOf(', ');
  const tail = last > 0 ? text.slice(last + 2) : '';
  if (/^(?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+$/u.test(tail)) {
    return { kind: 'statement', text, name: tail, role: text.slice(0, last) };
  }
  return {
    kind: 'statement',
    text,
    name: todo('the name printed in this text'),
    role: todo('the role printed in this text'),
  };
}

/** The topic of a block: its sub-item's, else its heading's procedural topic, else a TODO naming the choices. */
export function topicOf(
  catalogue: Catalogue,
  block: Pick<DraftBlock, 'heading' | 'subItem'>,
): string {
  const found = block.subItem
    ? subItemTopic(catalogue, block.subItem)
    : proceduralTopic(catalogue, block.heading);
  if (found) return found;
  const printed = block.subItem ? bareSubItem(block.subItem) : block.heading;
  return todo(
    `topic of "${printed.length > 40 ? `${printed.slice(0, 40)}…` : printed}"? See content/topics/`,
  );
}
