/**
 * The words of what search indexes, derived from the site model, for the search page's "Did you
 * mean": every word key (query.ts `wordKey`, and each part of a hyphenated word) of the texts the
 * search results print, most frequent first. Loaded by the search page only when a query word is
 * not in the index; its size follows the vocabulary, not the number of sessions.
 */
import type { SiteModel } from '../model/model.ts';
import { dashParts, wordKey } from '../search/query.ts';

/** The texts that search results print (questions, programmes, summaries, notes, paragraphs, documents, glossary). */
function searchedTexts(model: SiteModel): string[] {
  const texts: string[] = [];
  for (const session of model.sessions) {
    texts.push(
      session.name,
      ...session.notes.map((note) => note.text),
      ...session.programmeFootnotes.map((note) => note.text),
      ...session.summariesFootnotes.map((note) => note.text),
    );
  }
  for (const slot of model.slots) {
    texts.push(...slot.notes);
    for (const block of slot.blocks) {
      texts.push(
        block.heading,
        block.subItem ?? '',
        block.focusedDiscussion ?? '',
        block.speakersHeading ?? '',
        ...block.speakers.map((speaker) => speaker.text),
        ...block.items,
        ...block.footnotes.map((note) => note.text),
      );
    }
  }
  for (const question of model.questions) texts.push(question.text, question.group ?? '');
  for (const meeting of model.meetings)
    texts.push(meeting.title, meeting.announcement, ...meeting.notes);
  for (const summary of model.summaries) texts.push(summary.heading, summary.body);
  for (const paragraph of model.reportParagraphs)
    texts.push(
      paragraph.subject,
      paragraph.text,
      ...paragraph.statements.map((statement) => statement.text),
    );
  for (const document of model.documents)
    texts.push(
      document.symbol,
      document.title ?? '',
      ...document.parts.map((part) => part.namedIn),
    );
  for (const topic of model.topics) texts.push(topic.title);
  for (const entry of model.glossary) texts.push(entry.acronym, entry.expansion);
  return texts;
}

/** Every word key of the searched texts (of two letters or more, not a number), most frequent first, then alphabetically. */
export function searchVocabulary(model: SiteModel): string[] {
  const counts = new Map<string, number>();
  // The keys of each distinct word, worked out once: Unicode normalisation and the regular
  // expressions are most of the cost, and the same words come back in every session.
  const keysOfWord = new Map<string, readonly string[]>();
  for (const text of searchedTexts(model)) {
    for (const word of text.split(/\s+/)) {
      let keys = keysOfWord.get(word);
      if (keys === undefined) {
        const parts = dashParts(word);
        keys = [...new Set([wordKey(word), ...(parts.length > 1 ? parts : [])])].filter(
          (key) => key.length >= 2 && !/^\d+$/.test(key),
        );
        keysOfWord.set(word, keys);
      }
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
}
