/**
 * Every verbatim text the browse pages show, with the file and field it comes from and the place
 * it is shown. From these the build checks every citation inside text (a dangling one fails the
 * build) and builds the back-links from documents and report paragraphs to what cites them.
 */
import {
  createCitationResolver,
  splitCitations,
  type CitationResolver,
  type TextOrigin,
} from './citations.ts';
import { ContentError, type ContentIssue } from '../content/content-error.ts';
import { questionLocation, slotLocation, summaryLocation, type Location } from './locations.ts';
import { indexesOf } from './lookup.ts';
import type { Block, Citation, Question, Session, SiteModel, Slot } from './model.ts';
import type { DocumentReference } from '../content/schemas/common.ts';
import {
  footnoteAnchor,
  meetingAnchor,
  notesAnchor,
  programmeAnchor,
  summariesTitleAnchor,
} from '../anchors.ts';
import { paths } from '../site-paths.ts';

/** A verbatim text with its origin and its place on the site. */
export interface CitableText extends TextOrigin {
  text: string;
  /** Where it is shown; report-paragraph statements quote other elements and count as no mention. */
  location: Location;
  mention: boolean;
}

/** Records one text: file and field for messages, its place on the site, whether it is a mention. */
type AddText = (
  file: string,
  field: string,
  text: string,
  location: Location,
  mention?: boolean,
) => void;

/** Every verbatim text that may hold citations, in site order. */
export function citableTexts(model: SiteModel): CitableText[] {
  const texts: CitableText[] = [];
  const add: AddText = (file, field, text, location, mention = true) => {
    texts.push({ file, field, text, location, mention });
  };
  for (const session of model.sessions) sessionTexts(model, session, add);
  for (const paragraph of model.reportParagraphs) {
    paragraph.statements.forEach((statement, index) => {
      add(
        paragraph.file,
        `statements[${index}].text`,
        statement.text,
        {
          path: paths.report(paragraph.documentId),
          anchor: paragraph.anchor,
          label: `paragraph ${paragraph.number}`,
          sessionId: statement.session,
        },
        false,
      );
    });
  }
  return texts;
}

/** The guiding questions of a block or a summary. */
function questionTexts(
  model: SiteModel,
  add: AddText,
  file: string,
  field: string,
  questions: readonly Question[],
): void {
  questions.forEach((question, index) =>
    add(file, `${field}[${index}].text`, question.text, questionLocation(model, question)),
  );
}

/** The texts of one session in page order: programme footnotes, notes, meetings, slots, summaries. */
function sessionTexts(model: SiteModel, session: Session, add: AddText): void {
  const at = (anchor: string, label: string): Location => ({
    path: paths.session(session.id),
    anchor,
    label,
    sessionId: session.id,
  });
  session.programmeFootnotes.forEach((footnote, index) => {
    add(
      session.file,
      `programmeFootnotes[${index}].text`,
      footnote.text,
      at(
        footnoteAnchor(programmeAnchor, footnote.marker),
        `${session.name}, programme of work, footnote ${footnote.marker}`,
      ),
    );
  });
  session.notes.forEach((note, index) =>
    add(session.file, `notes[${index}].text`, note.text, at(notesAnchor, `${session.name}, notes`)),
  );
  for (const meeting of session.meetings) {
    add(
      meeting.file,
      'announcement',
      meeting.announcement,
      at(meetingAnchor(meeting.id), `${session.name}, ${meeting.title}`),
    );
  }
  session.days.forEach((day, dayIndex) => {
    day.slots.forEach((slot, slotIndex) => {
      const location = slotLocation(session, slot);
      slot.blocks.forEach((block, blockIndex) => {
        blockTexts(
          model,
          add,
          slot,
          block,
          `days[${dayIndex}].slots[${slotIndex}].blocks[${blockIndex}]`,
          location,
        );
      });
    });
  });
  session.summariesFootnotes.forEach((footnote, index) => {
    add(session.file, `summariesFootnotes[${index}].text`, footnote.text, {
      path: paths.summaries(session.id),
      anchor: footnoteAnchor(summariesTitleAnchor, footnote.marker),
      label: `${session.name}, narrative summaries, footnote ${footnote.marker}`,
      sessionId: session.id,
    });
  });
  for (const summary of session.summaries) {
    const location = summaryLocation(session, summary);
    add(summary.file, 'heading', summary.heading, location);
    add(summary.file, 'body', summary.body, location);
    questionTexts(model, add, summary.file, 'questions', summary.questions);
  }
}

/** The texts of one agenda block, at its slot's place (`field` is the block's path in the file). */
function blockTexts(
  model: SiteModel,
  add: AddText,
  slot: Slot,
  block: Block,
  field: string,
  location: Location,
): void {
  add(slot.file, `${field}.heading`, block.heading, location);
  if (block.subItem) add(slot.file, `${field}.subItem`, block.subItem, location);
  if (block.focusedDiscussion)
    add(slot.file, `${field}.focusedDiscussion`, block.focusedDiscussion, location);
  block.speakers.forEach((speaker, index) =>
    add(slot.file, `${field}.speakers[${index}].text`, speaker.text, location),
  );
  block.items.forEach((item, index) => add(slot.file, `${field}.items[${index}]`, item, location));
  block.footnotes.forEach((footnote, index) => {
    add(slot.file, `${field}.footnotes[${index}].text`, footnote.text, {
      ...location,
      anchor: footnoteAnchor(slot.anchor, footnote.marker),
      label: `${location.label}, footnote ${footnote.marker}`,
    });
  });
  questionTexts(model, add, slot.file, `${field}.questions`, block.questions);
}

/** Splits every citable text; throws one ContentError listing every dangling citation. */
export function checkCitations(model: SiteModel, resolver: CitationResolver): void {
  const issues: ContentIssue[] = [];
  for (const entry of citableTexts(model)) {
    try {
      splitCitations(entry.text, resolver, entry);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new ContentError(issues);
}

/** A place that cites a document or paragraph, with what it cites there (in text or by reference). */
export interface CitingPlace {
  location: Location;
  /** The citations made at that place, once each, in the order they were found. */
  references: DocumentReference[];
}

/**
 * Back-links of documents and report paragraphs, in site order: the one list the pages show and
 * the exports publish (their `citedIn` and `citations`), so the two cannot count differently.
 */
export interface BackLinks {
  /** Everything that cites the document (in text or by reference). */
  document(documentId: string): readonly Location[];
  /** Everything that cites the paragraph. */
  paragraph(documentId: string, number: number): readonly Location[];
  /** The places of `document(documentId)`, each with its citations. */
  documentPlaces(documentId: string): readonly CitingPlace[];
  /** The places of `paragraph(documentId, number)`, each with its citations. */
  paragraphPlaces(documentId: string, number: number): readonly CitingPlace[];
}

/** Builds back-links from structured references (model citations) and citations inside text. */
export function buildBackLinks(model: SiteModel, resolver: CitationResolver): BackLinks {
  const texts = citableTexts(model);
  const byKey = new Map<string, Map<string, CitingPlace>>();
  const addTo = (key: string, location: Location, reference: DocumentReference): void => {
    const places = byKey.get(key) ?? new Map<string, CitingPlace>();
    const locationKey = `${location.path}#${location.anchor}`;
    const place = places.get(locationKey) ?? { location, references: [] };
    const same = JSON.stringify(reference);
    if (!place.references.some((known) => JSON.stringify(known) === same))
      place.references.push(reference);
    places.set(locationKey, place);
    byKey.set(key, places);
  };
  const questionsById = indexesOf(model).questions;
  // A reference the text does not print is the site's reading: its back-link says so.
  const readingNote = (citation: Citation): string =>
    citation.reference.readAs
      ? ` (refers to “${citation.reference.readAs}”, read as this document)`
      : '';
  const locationOfCitation = (citation: Citation): Location => {
    if (citation.kind === 'question') {
      const location = questionLocation(model, questionsById.get(citation.anchor)!);
      return { ...location, label: `${location.label}${readingNote(citation)}` };
    }
    return {
      path: paths.session(citation.sessionId),
      anchor: citation.anchor,
      label: `${citation.label}${readingNote(citation)}`,
      sessionId: citation.sessionId,
    };
  };

  for (const document of model.documents) {
    for (const citation of document.citations)
      addTo(document.id, locationOfCitation(citation), citation.reference);
  }
  for (const paragraph of model.reportParagraphs) {
    for (const citation of paragraph.citations)
      addTo(
        `${paragraph.documentId}#${paragraph.number}`,
        locationOfCitation(citation),
        citation.reference,
      );
  }
  for (const entry of texts) {
    if (!entry.mention) continue;
    for (const segment of splitCitations(entry.text, resolver, entry)) {
      if (segment.kind !== 'link') continue;
      const { documentId, paragraphs } = segment.target;
      const reference: DocumentReference = paragraphs
        ? { document: documentId, paragraphs }
        : { document: documentId };
      addTo(documentId, entry.location, reference);
      for (const number of paragraphs ?? [])
        addTo(`${documentId}#${number}`, entry.location, reference);
    }
  }

  return backLinksOver(orderedLists(byKey, siteOrderOf(texts)));
}

const backLinksOfModel = new WeakMap<SiteModel, BackLinks>();

/**
 * The back-links of a model, built on first use and kept with it: the pages, the search records
 * and the datasets read the same lists, made once per build.
 */
export function backLinksOf(model: SiteModel): BackLinks {
  let backLinks = backLinksOfModel.get(model);
  if (!backLinks) {
    backLinks = buildBackLinks(model, createCitationResolver(model));
    backLinksOfModel.set(model, backLinks);
  }
  return backLinks;
}

/** The back-link lists, as places with their citations and as locations (each list made once). */
function backLinksOver(ordered: (key: string) => readonly CitingPlace[]): BackLinks {
  const locations = new Map<string, readonly Location[]>();
  const locationsOf = (key: string): readonly Location[] => {
    let list = locations.get(key);
    if (!list) locations.set(key, (list = ordered(key).map((place) => place.location)));
    return list;
  };
  return {
    document: (documentId) => locationsOf(documentId),
    paragraph: (documentId, number) => locationsOf(`${documentId}#${number}`),
    documentPlaces: (documentId) => ordered(documentId),
    paragraphPlaces: (documentId, number) => ordered(`${documentId}#${number}`),
  };
}

/** The rank of each place on the site (path and anchor), from the order of its texts. */
function siteOrderOf(texts: readonly CitableText[]): Map<string, number> {
  const siteOrder = new Map<string, number>();
  for (const { location } of texts) {
    const key = `${location.path}#${location.anchor}`;
    if (!siteOrder.has(key)) siteOrder.set(key, siteOrder.size);
  }
  return siteOrder;
}

/** The places of each back-link list in site order, each list ordered once on first use. */
function orderedLists(
  byKey: ReadonlyMap<string, Map<string, CitingPlace>>,
  siteOrder: ReadonlyMap<string, number>,
): (key: string) => readonly CitingPlace[] {
  // Each list is ordered once (pages and the open data ask for the same lists), each place's rank
  // looked up once rather than at every comparison.
  const lists = new Map<string, readonly CitingPlace[]>();
  return (key: string): readonly CitingPlace[] => {
    let list = lists.get(key);
    if (!list) {
      list = [...(byKey.get(key)?.values() ?? [])]
        .map((place, index) => ({
          place,
          rank: siteOrder.get(`${place.location.path}#${place.location.anchor}`) ?? 1e9 + index,
        }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ place }) => place);
      lists.set(key, list);
    }
    return list;
  };
}
