/**
 * Provenance: every text the site presents as the sources' words must be found, word for word,
 * in the extracted source text its session names. Only extraction artefacts are normalised.
 */
import type { SiteModel } from '../model/model.ts';

/** One text of the content, with where it is and which source must contain it. */
export interface VerbatimText {
  /** Content file holding the text. */
  file: string;
  /** What the text is, e.g. `slot 2022-03-28-1000, block 3, subItem`. */
  field: string;
  text: string;
  /** Source text files (relative to the content folder) of which one must contain the text. */
  sources: string[];
}

/**
 * Normalises extraction artefacts so that only real differences remain: Markdown markup of the
 * extraction ([x](#), **, *, <sup>), typographic quotes and dashes, white space, and hyphens split
 * over a line break ("capacity-\n\nbuilding").
 */
export function normaliseForProvenance(text: string): string {
  return text
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/\*/g, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/** True when `source` contains `text` after normalisation (a leading capital may differ). */
export function appearsIn(text: string, normalisedSource: string): boolean {
  const needle = normaliseForProvenance(text);
  if (normalisedSource.includes(needle)) return true;
  const first = needle.charAt(0);
  const swapped = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + needle.slice(1);
  return normalisedSource.includes(swapped);
}

/** Records a text of a file's field; blank or absent texts are skipped. */
type AddText = (file: string, field: string, text: string | undefined) => void;

/** The verbatim texts of one programme slot: notes, then each block's lines, speakers and footnotes. */
function slotTexts(slot: SiteModel['slots'][number], add: AddText, texts: VerbatimText[]): void {
  slot.notes.forEach((note, index) => add(slot.file, `slot ${slot.id}, notes[${index}]`, note));
  slot.blocks.forEach((block, blockIndex) => {
    const at = `slot ${slot.id}, block ${blockIndex + 1}`;
    add(slot.file, `${at}, heading`, block.heading);
    add(slot.file, `${at}, subItem`, block.subItem);
    add(slot.file, `${at}, focusedDiscussion`, block.focusedDiscussion);
    add(slot.file, `${at}, speakersHeading`, block.speakersHeading);
    block.speakers.forEach((speaker, index) => {
      add(slot.file, `${at}, speakers[${index}].text`, speaker.text);
      // Name and role must be parts of the printed line, not new words.
      for (const part of [speaker.name, speaker.role]) {
        if (part && !normaliseForProvenance(speaker.text).includes(normaliseForProvenance(part))) {
          texts.push({ file: slot.file, field: `${at}, speakers[${index}] name/role`, text: part, sources: [] });
        }
      }
    });
    block.items.forEach((item, index) => add(slot.file, `${at}, items[${index}]`, item));
    block.footnotes.forEach((note, index) => add(slot.file, `${at}, footnotes[${index}]`, note.text));
  });
}

/** The verbatim texts of one session, all found in its programme's source. */
function sessionTexts(session: SiteModel['sessions'][number], texts: VerbatimText[]): void {
  const sources = [session.programmeSource.sourceText];
  const add: AddText = (file, field, text) => {
    if (text) texts.push({ file, field, text, sources });
  };
  add(session.file, 'programmeTitle', session.programmeTitle);
  add(session.file, 'summariesTitle', session.summariesTitle);
  session.programmeFootnotes.forEach((note, index) => add(session.file, `programmeFootnotes[${index}]`, note.text));
  session.summariesFootnotes.forEach((note, index) => add(session.file, `summariesFootnotes[${index}]`, note.text));
  session.notes.forEach((note, index) => add(session.file, `notes[${index}]`, note.text));
  for (const link of session.links) add(session.file, 'links.url', link.url);
  for (const slot of session.slots) slotTexts(slot, add, texts);
  for (const question of session.questions) add(question.file, `question ${question.id}`, question.text);
  for (const question of session.questions) add(question.file, `question ${question.id}, group`, question.group);
  for (const summary of session.summaries) {
    add(summary.file, 'heading', summary.heading);
    add(summary.file, 'body', summary.body);
  }
  for (const meeting of session.meetings) {
    add(meeting.file, 'title', meeting.title);
    add(meeting.file, 'announcement', meeting.announcement);
    meeting.notes.forEach((note, index) => add(meeting.file, `notes[${index}]`, note));
  }
}

/** Topic titles and wordings, document titles and part names: words of any source. */
function catalogueTexts(site: SiteModel, texts: VerbatimText[]): void {
  const allSources = site.sessions.map((session) => session.programmeSource.sourceText);
  for (const topic of site.topics) {
    // Titles are the site's short names: each must be words of a source (a run of the official wording).
    texts.push({ file: topic.file, field: 'title', text: topic.title, sources: allSources });
    if (topic.officialWording) texts.push({ file: topic.file, field: 'officialWording', text: topic.officialWording, sources: allSources });
  }
  for (const document of site.documents) {
    if (document.title) texts.push({ file: document.file, field: 'title', text: document.title, sources: allSources });
    document.parts.forEach((part, index) => texts.push({ file: document.file, field: `parts[${index}].namedIn`, text: part.namedIn, sources: allSources }));
  }
}

/** What the sources say of each cited report paragraph, found in the source of the session that says it. */
function reportParagraphTexts(site: SiteModel, texts: VerbatimText[]): void {
  const allSources = site.sessions.map((session) => session.programmeSource.sourceText);
  for (const paragraph of site.reportParagraphs) {
    texts.push({ file: paragraph.file, field: 'subject', text: paragraph.subject, sources: allSources });
    paragraph.statements.forEach((statement, index) => {
      const session = site.sessions.find((candidate) => candidate.id === statement.session);
      texts.push({
        file: paragraph.file, field: `statements[${index}].text`, text: statement.text,
        sources: session ? [session.programmeSource.sourceText] : [],
      });
    });
  }
}

/** Every verbatim text of the site, with the sources that must contain it. */
export function verbatimTexts(site: SiteModel): VerbatimText[] {
  const texts: VerbatimText[] = [];
  for (const session of site.sessions) sessionTexts(session, texts);
  catalogueTexts(site, texts);
  reportParagraphTexts(site, texts);
  return texts;
}
