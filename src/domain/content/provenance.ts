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
 * over a line break ("capacity-\n\nbuilding"). Linear in the text (source texts are long).
 */
export function normaliseForProvenance(text: string): string {
  return unlinkMarkdown(text.replace(supPattern, ''))
    .replace(/\*/g, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/** A `<sup>…</sup>` of the extraction (each scan stops at the next `<`: linear). */
const supPattern = /<sup>[^<]*<\/sup>/g;

/**
 * The spans `[x](#)` of a text: as `/\[([^\]]*)\]\(#\)/g` finds them (from a `[`, up to the first `]`
 * after it, which must be followed by `(#)`), in one pass. The pattern itself rescans to the next
 * `]` from every `[` and is quadratic on `[[[[…`; here the first `]` after a `[` only moves forward.
 */
function linkSpans(text: string): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
  let close = -1;
  let from = 0;
  for (let open = text.indexOf('[', from); open !== -1; open = text.indexOf('[', from)) {
    if (close <= open) close = text.indexOf(']', open + 1);
    if (close === -1) break;
    if (text.startsWith('(#)', close + 1)) {
      spans.push({ open, close });
      from = close + 4;
    } else {
      from = open + 1;
    }
  }
  return spans;
}

/** Replaces every `[x](#)` by `x`. */
function unlinkMarkdown(text: string): string {
  let out = '';
  let at = 0;
  for (const { open, close } of linkSpans(text)) {
    out += text.slice(at, open) + text.slice(open + 1, close);
    at = close + 4;
  }
  return out + text.slice(at);
}

/** A text with, for each of its characters, the index in the original text it comes from. */
interface Traced {
  text: string;
  /** `origins[i]`: index in the original of character `i`; one more entry, the original's length. */
  origins: number[];
}

/**
 * One step of the normalisation on a traced text: every match of `pattern` is replaced by `output`,
 * whose characters come from the positions `from(match)` gives (indices into the step's input).
 */
function traceReplace(traced: Traced, pattern: RegExp, output: (match: RegExpExecArray) => { text: string; from: number[] }): Traced {
  const { text, origins } = traced;
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  // Most steps change nothing in most texts: nothing to copy.
  if (!match) return traced;
  let out = '';
  const outOrigins: number[] = [];
  let at = 0;
  for (; match; match = pattern.exec(text)) {
    out += text.slice(at, match.index);
    for (let index = at; index < match.index; index += 1) outOrigins.push(origins[index]!);
    const replaced = output(match);
    out += replaced.text;
    for (const index of replaced.from) outOrigins.push(origins[index]!);
    at = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  out += text.slice(at);
  for (let index = at; index <= text.length; index += 1) outOrigins.push(origins[index]!);
  return { text: out, origins: outOrigins };
}

/** One character in place of the match, coming from the match's character at `offset` (or from just after the match). */
const oneCharacter = (character: string, offset: (match: RegExpExecArray) => number) => (match: RegExpExecArray) =>
  ({ text: character, from: [match.index + offset(match)] });

/**
 * `normaliseForProvenance` with, for every character of the result, where it comes from in the
 * text: a collapsed run of white space comes from the character after the run (the run ends the
 * line before), a joined hyphen from the hyphen. Same result text (a unit test compares).
 */
export function normaliseWithOrigins(text: string): Traced {
  let traced: Traced = { text, origins: Array.from({ length: text.length + 1 }, (_, index) => index) };
  traced = traceReplace(traced, supPattern, () => ({ text: '', from: [] }));
  const links = linkSpans(traced.text);
  let index = 0;
  traced = traceReplace(traced, /\[/g, (match) => {
    // Only the `[` that open a span: the span's inner text stays, its brackets and `(#)` go.
    const span = links[index];
    if (span?.open !== match.index) return { text: '[', from: [match.index] };
    index += 1;
    return { text: '', from: [] };
  });
  // The closing `](#)` of each span, now shifted by the removed `[` before it.
  const closes = new Set(links.map((span, position) => span.close - position - 1));
  traced = traceReplace(traced, /\]\(#\)/g, (match) => (closes.has(match.index) ? { text: '', from: [] } : { text: match[0], from: [0, 1, 2, 3].map((offset) => match.index + offset) }));
  traced = traceReplace(traced, /\*/g, () => ({ text: '', from: [] }));
  traced = traceReplace(traced, /[\u2018\u2019\u201B\u2032]/g, oneCharacter("'", () => 0));
  traced = traceReplace(traced, /[\u201C\u201D\u201F\u2033]/g, oneCharacter('"', () => 0));
  traced = traceReplace(traced, /[\u2010-\u2015\u2212]/g, oneCharacter('-', () => 0));
  traced = traceReplace(traced, /[\s\u00A0]+/g, oneCharacter(' ', (match) => match[0].length));
  traced = traceReplace(traced, / ?- ?/g, oneCharacter('-', (match) => (match[0].startsWith(' ') ? 1 : 0)));
  const start = traced.text.startsWith(' ') ? 1 : 0;
  const end = traced.text.endsWith(' ') && traced.text.length > start ? traced.text.length - 1 : traced.text.length;
  return { text: traced.text.slice(start, end), origins: [...traced.origins.slice(start, end), text.length] };
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
  add(session.file, 'programmeSource.signedBy.name', session.programmeSource.signedBy?.name);
  add(session.file, 'programmeSource.signedBy.title', session.programmeSource.signedBy?.title);
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
