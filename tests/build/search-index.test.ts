/**
 * The search index in dist/pagefind: it exists with Pagefind's JavaScript API, holds one Pagefind
 * page per built page with search records (the pages grow with the sessions, not the questions),
 * and in them one record per guiding question at its home, slot, meeting, summary, note, footnote,
 * cited paragraph and document, each at its anchor with its text, its data (title, session, date,
 * topic) and no site chrome; a page's filters are its records' sessions and topics.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { questionLocation } from '../../src/domain/model/locations.ts';
import {
  documentAnchor, footnoteAnchor, meetingAnchor, programmeAnchor, sessionNoteAnchor, summariesTitleAnchor, summaryAnchor,
} from '../../src/domain/anchors.ts';
import { loadSite } from '../../src/domain/model/site.ts';
import { paths } from '../../src/domain/urls.ts';
import { distRoot } from '../helpers/built-site.ts';
import { indexedPages } from '../helpers/search-index.ts';

const site = loadSite(resolve('content'));
const bundle = join(distRoot, 'pagefind');
const pages = indexedPages(distRoot);
const records = pages.flatMap((page) => page.records);
const byUrl = new Map(records.map((record) => [record.url, record]));

/** Text with runs of white space as one space. */
const squeezed = (text: string) => text.replace(/\s+/g, ' ');

describe('the search index', () => {
  test.each(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind'])('has %s', (file) => {
    expect(existsSync(join(bundle, file))).toBe(true);
  });

  test('has one page per built page with records, titled as the page', () => {
    expect(pages.map((page) => [page.url, page.title]).sort()).toEqual([
      ['/documents/', 'Cited documents'],
      ['/reports/a-77-275/', 'A/77/275: cited paragraphs'],
      ['/sessions/fourth-session/', 'Fourth substantive session: programme'],
      ['/sessions/second-session/', 'Second substantive session: programme'],
      ['/sessions/second-session/summaries/', 'Second substantive session: narrative summaries'],
    ]);
  });

  test('holds exactly the records of the model, once each', () => {
    const expected = [
      ...site.questions.map((question) => { const location = questionLocation(site, question); return `${location.path}#${location.anchor}`; }),
      ...site.slots.map((slot) => `${paths.session(slot.sessionId)}#${slot.anchor}`),
      ...site.meetings.map((meeting) => `${paths.session(meeting.sessionId)}#${meetingAnchor(meeting.id)}`),
      ...site.summaries.map((summary) => `${paths.summaries(summary.sessionId)}#${summaryAnchor(summary.id)}`),
      ...site.reportParagraphs.map((paragraph) => `${paths.report(paragraph.documentId)}#${paragraph.anchor}`),
      ...site.documents.map((document) => `${paths.documents()}#${documentAnchor(document.id)}`),
      ...site.sessions.flatMap((session) => [
        ...session.notes.map((_note, index) => `${paths.session(session.id)}#${sessionNoteAnchor(index + 1)}`),
        ...session.programmeFootnotes.map((footnote) => `${paths.session(session.id)}#${footnoteAnchor(programmeAnchor, footnote.marker)}`),
        ...session.summariesFootnotes.map((footnote) => `${paths.summaries(session.id)}#${footnoteAnchor(summariesTitleAnchor, footnote.marker)}`),
      ]),
    ];
    expect(records.map((record) => record.url).sort()).toEqual(expected.sort());
  });

  test.each(site.questions.map((question) => [question.id, question] as const))('%s is found with its text, session, date and topic', (_id, question) => {
    const location = questionLocation(site, question);
    const record = byUrl.get(`${location.path}#${location.anchor}`)!;
    const session = site.sessions.find((candidate) => candidate.id === question.sessionId)!;
    const topic = site.topics.find((candidate) => candidate.id === question.topicId)!;
    // The text, as the page prints it (typographic normalisation aside), starts the record.
    expect(squeezed(record.text)).toContain(squeezed(question.text).slice(0, 40));
    expect(record.data.session).toEqual([session.name]);
    expect(record.data.date).toBeTruthy();
    expect(record.data.topic).toEqual(topic.kind === 'sub-item' ? [topic.title] : []);
  });

  test('a slot record holds its focused discussion but not its questions', () => {
    const slot = site.slots.find((candidate) => candidate.id === '2023-03-09-1130')!;
    const record = byUrl.get(`${paths.session(slot.sessionId)}#${slot.anchor}`)!;
    expect(squeezed(record.text)).toContain(squeezed(slot.blocks[0]!.focusedDiscussion!).slice(0, 40));
    for (const question of slot.questions) expect(squeezed(record.text)).not.toContain(squeezed(question.text).slice(0, 40));
    expect(record.data).toMatchObject({ session: ['Fourth substantive session'], topic: ['Capacity-building'], start: slot.startUtc, end: slot.endUtc, zone: 'America/New_York' });
  });

  test('every note and footnote of a session is a record of its own, with its text and session', () => {
    const notes = site.sessions.flatMap((session) => [
      ...session.notes.map((note, index) => ({ url: `${paths.session(session.id)}#${sessionNoteAnchor(index + 1)}`, text: note.text, session })),
      ...session.programmeFootnotes.map((note) => ({ url: `${paths.session(session.id)}#${footnoteAnchor(programmeAnchor, note.marker)}`, text: note.text, session })),
      ...session.summariesFootnotes.map((note) => ({ url: `${paths.summaries(session.id)}#${footnoteAnchor(summariesTitleAnchor, note.marker)}`, text: note.text, session })),
    ]);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const record = byUrl.get(note.url);
      expect(record, note.url).toBeDefined();
      expect(squeezed(record!.text)).toContain(squeezed(note.text).slice(0, 40));
      expect(record!.data.session).toEqual([note.session.name]);
      expect(record!.data.title).toMatch(/^(Note|Footnote) /);
    }
  });

  test('the title of every record of a session names the session and a date', () => {
    const sessionRecords = records.filter((record) => record.url.startsWith('/sessions/'));
    expect(sessionRecords.length).toBeGreaterThan(50);
    for (const record of sessionRecords) {
      const session = site.sessions.find((candidate) => record.url.startsWith(paths.session(candidate.id)))!;
      expect(record.data.title, record.url).toMatch(new RegExp(`${session.name}`, 'i'));
      expect(record.data.title, record.url).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    }
  });

  test('a page\'s filters are every session and topic of its records', () => {
    for (const page of pages) {
      const sessions = [...new Set(page.records.flatMap((record) => record.data.session))];
      const topics = [...new Set(page.records.flatMap((record) => record.data.topic))];
      expect(page.filters.session ?? [], page.url).toEqual(sessions);
      expect(page.filters.topic ?? [], page.url).toEqual(topics);
    }
    expect(pages.find((page) => page.url === '/sessions/fourth-session/')!.filters.topic).toContain('Capacity-building');
  });

  test('no record holds site chrome: navigation, footer, calendar boxes, permalinks', () => {
    for (const record of records) {
      for (const chrome of ['Skip to main content', 'Guiding questions Documents Calendar', 'docs.un.org', 'Subscribe', 'Link to this', 'Add to calendar']) {
        expect(record.text, record.url).not.toContain(chrome);
      }
    }
  });
});
