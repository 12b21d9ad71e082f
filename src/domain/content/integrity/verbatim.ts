/**
 * The word-for-word rule, before anything is published: every programme, question, summary and
 * other text the site presents as the sources' words is found in its source (compared as the
 * provenance test compares: provenance.ts). A text that is not is a content problem at its field,
 * with the nearest passage of the source and what differs, so a typo fails `check:content`, the
 * build and `astro dev` instead of being published without its "Source" link.
 *
 * Each source is read and normalised once; a text found in it costs one `indexOf`. The nearest
 * passage is looked for only for a text that is not found.
 */
import { basename } from 'node:path';
import { checkedSourceText } from '../content-files.ts';
import type { RawContent } from '../content-reader.ts';
import { describeDifference, nearestPassage, wordsOf, type Words } from '../nearest-passage.ts';
import { normaliseForProvenance } from '../provenance.ts';
import { indexSource, lineAt, type IndexedSource } from '../source-passages.ts';
import type { IntegrityContext } from './context.ts';

/** One text that must be in a source: its file and YAML field path, and the sources it may come from. */
export interface SourcedText {
  file: string;
  /** The field as the YAML (or MDX frontmatter) writes it, e.g. `days[0].slots[3].blocks[1].questions[1].text`. */
  field: string;
  text: string;
  /** Source texts (relative to the content folder), one of which must hold the text; none for a speaker's name or role not in its line. */
  sources: readonly string[];
}

/** Records a text of a field, with its sources (nothing for a text without, or of an unknown session). */
type AddText = (file: string, field: string, text: string | undefined, sources: readonly string[] | undefined) => void;

/** The texts of one programme: slot notes, then each block's lines, speakers, footnotes and questions. */
function programmeTexts(
  { file, data }: RawContent['programmes'][number], sources: readonly string[] | undefined, add: AddText, texts: SourcedText[],
): void {
  data.days.forEach((day, dayIndex) => day.slots.forEach((slot, slotIndex) => {
    const slotPath = `days[${dayIndex}].slots[${slotIndex}]`;
    slot.notes.forEach((note, index) => add(file, `${slotPath}.notes[${index}]`, note, sources));
    slot.blocks.forEach((block, blockIndex) => {
      const at = `${slotPath}.blocks[${blockIndex}]`;
      for (const key of ['heading', 'subItem', 'focusedDiscussion', 'speakersHeading'] as const) add(file, `${at}.${key}`, block[key], sources);
      block.speakers.forEach((speaker, index) => {
        add(file, `${at}.speakers[${index}].text`, speaker.text, sources);
        // Name and role are parts of the printed line, not new words: the line is their source.
        for (const key of ['name', 'role'] as const) {
          const part = speaker[key];
          if (part && !normaliseForProvenance(speaker.text).includes(normaliseForProvenance(part))) {
            texts.push({ file, field: `${at}.speakers[${index}].${key}`, text: part, sources: [] });
          }
        }
      });
      block.items.forEach((item, index) => add(file, `${at}.items[${index}]`, item, sources));
      block.footnotes.forEach((note, index) => add(file, `${at}.footnotes[${index}].text`, note.text, sources));
      block.questions.forEach((question, index) => {
        add(file, `${at}.questions[${index}].text`, question.text, sources);
        add(file, `${at}.questions[${index}].group`, question.group, sources);
      });
    });
  }));
}

/** Every text of the content with the sources it must be found in. */
export function sourcedTexts(content: RawContent): SourcedText[] {
  const texts: SourcedText[] = [];
  const sourceOf = new Map(content.sessions.map((session) => [session.id, session.data.programmeSource.sourceText]));
  const allSources = [...new Set(sourceOf.values())];
  // An unknown session has no source to check against (its own rule reports it): its texts are passed over.
  const sessionSources = (session: string): string[] | undefined => (sourceOf.has(session) ? [sourceOf.get(session)!] : undefined);
  const add: AddText = (file, field, text, sources) => {
    if (text && sources) texts.push({ file, field, text, sources });
  };
  for (const { id, file, data } of content.sessions) {
    const sources = sessionSources(id);
    add(file, 'programmeTitle', data.programmeTitle, sources);
    add(file, 'summariesTitle', data.summariesTitle, sources);
    add(file, 'programmeSource.signedBy.name', data.programmeSource.signedBy?.name, sources);
    add(file, 'programmeSource.signedBy.title', data.programmeSource.signedBy?.title, sources);
    data.programmeFootnotes.forEach((note, index) => add(file, `programmeFootnotes[${index}].text`, note.text, sources));
    data.summariesFootnotes.forEach((note, index) => add(file, `summariesFootnotes[${index}].text`, note.text, sources));
    data.notes.forEach((note, index) => add(file, `notes[${index}].text`, note.text, sources));
    data.links.forEach((link, index) => add(file, `links[${index}].url`, link.url, sources));
  }
  for (const entry of content.programmes) programmeTexts(entry, sessionSources(entry.data.session), add, texts);
  for (const { file, data, body } of content.summaries) {
    const sources = sessionSources(data.session);
    add(file, 'heading', data.heading, sources);
    add(file, 'body', body?.trim(), sources);
    data.questions.forEach((question, index) => {
      add(file, `questions[${index}].text`, question.text, sources);
      add(file, `questions[${index}].group`, question.group, sources);
    });
  }
  for (const { file, data } of content.meetings) {
    const sources = sessionSources(data.session);
    add(file, 'title', data.title, sources);
    add(file, 'announcement', data.announcement, sources);
    data.notes.forEach((note, index) => add(file, `notes[${index}]`, note, sources));
  }
  // Topic titles and wordings, document titles and part names, report subjects: words of any source.
  for (const { file, data } of content.topics) {
    add(file, 'title', data.title, allSources);
    add(file, 'officialWording', data.officialWording, allSources);
  }
  for (const { file, data } of content.documents) {
    add(file, 'title', data.title, allSources);
    data.parts.forEach((part, index) => add(file, `parts[${index}].namedIn`, part.namedIn, allSources));
  }
  for (const { file, data } of content.reportParagraphs) {
    add(file, 'subject', data.subject, allSources);
    data.statements.forEach((statement, index) => add(file, `statements[${index}].text`, statement.text, sessionSources(statement.session)));
  }
  return texts;
}

/** A source as the check reads it: normalised once, its words split only when a text is not found. */
interface CheckedSource {
  index: IndexedSource;
  words?: Words;
}

/** True when the normalised source holds the normalised text (a leading capital may differ). */
function holds(source: string, needle: string): boolean {
  if (source.includes(needle)) return true;
  const first = needle.charAt(0);
  return source.includes((first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + needle.slice(1));
}

/** The message of a text not found in its source(s): the nearest passage of the first, and what differs. */
function notFoundMessage(needle: string, sourceName: string, source: CheckedSource): string {
  source.words ??= wordsOf(source.index.normalised);
  const nearest = nearestPassage(needle, source.words);
  const where = `not found in source ${sourceName}`;
  if (!nearest) return `${where}, nor anything close to it: copy the text from the source word for word`;
  const first = lineAt(source.index, nearest.start);
  const last = lineAt(source.index, nearest.end - 1);
  const lines = first === last ? `line ${first}` : `lines ${first}–${last}`;
  const [difference, ...more] = nearest.differences;
  if (!difference) return `${where}; nearest passage (${lines}) differs only in white space or punctuation the check keeps: copy it word for word`;
  const others = more.length === 0 ? '' : ` (and ${more.length} more difference${more.length === 1 ? '' : 's'})`;
  return `${where}; nearest passage (${lines}) differs at ${describeDifference(difference)}${others}`;
}

/** Reports every text that is not in its source, at its field. */
export function checkVerbatim(context: IntegrityContext): void {
  const sources = new Map<string, CheckedSource | undefined>();
  const sourceOf = (source: string, file: string): CheckedSource | undefined => {
    if (!sources.has(source)) {
      // Problems of the source file itself are the session rules' to report.
      const text = checkedSourceText(context.contentRoot, source, file, []);
      sources.set(source, text === undefined ? undefined : { index: indexSource(text) });
    }
    return sources.get(source);
  };
  // Copies of a session (the benchmark corpora) check the same texts against the same source.
  const found = new Map<string, boolean>();
  for (const { file, field, text, sources: candidates } of sourcedTexts(context.content)) {
    if (candidates.length === 0) {
      context.report(file, field, 'must be words of the line it belongs to (the printed text of the speaker): copy them from that line');
      continue;
    }
    const needle = normaliseForProvenance(text);
    const readable = candidates.map((source) => ({ source, checked: sourceOf(source, file) }));
    // A source that cannot be read is reported by the session rules; its texts cannot be checked.
    if (readable.some(({ checked }) => checked === undefined)) continue;
    const isFound = readable.some(({ source, checked }) => {
      const key = `${source}\u0000${needle}`;
      if (!found.has(key)) found.set(key, holds(checked!.index.normalised, needle));
      return found.get(key)!;
    });
    if (!isFound) context.report(file, field, notFoundMessage(needle, basename(readable[0]!.source), readable[0]!.checked!));
  }
}
