/**
 * The search index in dist/pagefind: it exists with Pagefind's UI files, holds one record per
 * guiding question at its home, slot, meeting, summary, cited paragraph and document, each with
 * its metadata and filters, and no site chrome.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { questionLocation } from '../../src/domain/model/locations.ts';
import {
  documentAnchor, footnoteAnchor, meetingAnchor, programmeAnchor, sessionNoteAnchor, summariesTitleAnchor, summaryAnchor,
} from '../../src/domain/anchors.ts';
import { loadSite } from '../../src/domain/model/site.ts';
import { paths } from '../../src/domain/urls.ts';
import { distRoot } from '../helpers/built-site.ts';

const site = loadSite(resolve('content'));
const bundle = join(distRoot, 'pagefind');

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragment files are gzip-compressed JSON behind a `pagefind_dcd` signature. */
const fragments: Fragment[] = readdirSync(join(bundle, 'fragment')).map((file) =>
  JSON.parse(gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment);
const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));

describe('the search index', () => {
  test.each(['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json', 'wasm.en.pagefind'])('has %s', (file) => {
    expect(existsSync(join(bundle, file))).toBe(true);
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
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(expected.sort());
  });

  test.each(site.questions.map((question) => [question.id, question] as const))('%s is found with its text, session, topic and kind', (_id, question) => {
    const location = questionLocation(site, question);
    const record = byUrl.get(`${location.path}#${location.anchor}`)!;
    const session = site.sessions.find((candidate) => candidate.id === question.sessionId)!;
    const topic = site.topics.find((candidate) => candidate.id === question.topicId)!;
    // The text, as the page prints it (typographic normalisation aside), starts the record.
    expect(record.content.replace(/\s+/g, ' ')).toContain(question.text.replace(/\s+/g, ' ').slice(0, 40));
    expect(record.filters.kind).toEqual(['Guiding question']);
    expect(record.filters.session).toEqual([session.name]);
    expect(record.meta.session).toBe(session.name);
    expect(record.meta.date).toBeTruthy();
    if (topic.kind === 'sub-item') expect(record.filters.topic).toEqual([topic.title]);
    else expect(record.filters.topic).toBeUndefined();
  });

  test('a slot record holds its focused discussion but not its questions', () => {
    const slot = site.slots.find((candidate) => candidate.id === '2023-03-09-1130')!;
    const record = byUrl.get(`${paths.session(slot.sessionId)}#${slot.anchor}`)!;
    expect(record.content).toContain(slot.blocks[0]!.focusedDiscussion!.slice(0, 40));
    for (const question of slot.questions) expect(record.content).not.toContain(question.text.slice(0, 40));
    expect(record.filters).toMatchObject({ kind: ['Programme'], session: ['Fourth substantive session'], topic: ['Capacity-building'] });
  });

  test('every note and footnote of a session is a record of its own, with its text, kind "Note" and session', () => {
    const notes = site.sessions.flatMap((session) => [
      ...session.notes.map((note, index) => ({ url: `${paths.session(session.id)}#${sessionNoteAnchor(index + 1)}`, text: note.text, session })),
      ...session.programmeFootnotes.map((note) => ({ url: `${paths.session(session.id)}#${footnoteAnchor(programmeAnchor, note.marker)}`, text: note.text, session })),
      ...session.summariesFootnotes.map((note) => ({ url: `${paths.summaries(session.id)}#${footnoteAnchor(summariesTitleAnchor, note.marker)}`, text: note.text, session })),
    ]);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const record = byUrl.get(note.url);
      expect(record, note.url).toBeDefined();
      expect(record!.content.replace(/\s+/g, ' ')).toContain(note.text.replace(/\s+/g, ' ').slice(0, 40));
      expect(record!.filters).toMatchObject({ kind: ['Note'], session: [note.session.name] });
    }
  });

  test('the title of every record of a session names the session and a date', () => {
    const sessionRecords = fragments.filter((fragment) => fragment.url.startsWith('/sessions/'));
    expect(sessionRecords.length).toBeGreaterThan(50);
    for (const record of sessionRecords) {
      const session = site.sessions.find((candidate) => record.url.startsWith(paths.session(candidate.id)))!;
      expect(record.meta.title, record.url).toMatch(new RegExp(`${session.name}`, 'i'));
      expect(record.meta.title, record.url).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    }
  });

  test('no record holds site chrome: navigation, footer, calendar boxes, permalinks', () => {
    for (const fragment of fragments) {
      for (const chrome of ['Skip to main content', 'Guiding questions Documents Calendar', 'docs.un.org', 'Subscribe', 'Link to this', 'Add to calendar']) {
        expect(fragment.content, fragment.url).not.toContain(chrome);
      }
    }
  });
});
