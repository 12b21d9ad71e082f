/**
 * The source documents as published (every line under its own anchor, the extraction's marks shown
 * as what they stand for, the document named from its metadata) and the source link of every slot,
 * guiding question, narrative summary, meeting, note and footnote of the built pages: present, named
 * "<document>, lines N–M", pointing at the line where the element's text starts (a slot's: its printed
 * time), and holding the element's text there.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { normaliseForProvenance } from '../../src/domain/content/provenance.ts';
import { passageHolds, sourceLines, sourceStem } from '../../src/domain/content/source-passages.ts';
import { questionLocation } from '../../src/domain/model/locations.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import {
  notesOrigin,
  sourceAuthor,
  sourceKinds,
  sourceName,
} from '../../src/domain/model/source-names.ts';
import { officialDocumentUrl, paths } from '../../src/domain/site-paths.ts';
import { longDate } from '../../src/domain/time.ts';
import { readBuilt } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const contentRoot = join(projectRoot, 'content');
const site = loadSite(resolve(contentRoot), projectRoot);
const sources = [...new Set(site.sessions.map((session) => session.programmeSource.sourceText))];
const linesByStem = new Map(
  sources.map((source) => [
    sourceStem(source),
    sourceLines(readFileSync(join(contentRoot, source), 'utf8')),
  ]),
);
/** Each source's metadata: its first session's programme source. */
const metadataByStem = new Map(
  sources.map((source) => [
    sourceStem(source),
    site.sessions.find((session) => session.programmeSource.sourceText === source)!.programmeSource,
  ]),
);
const pages = new Map<string, HTMLElement>();
const page = (path: string): HTMLElement => {
  if (!pages.has(path)) pages.set(path, parse(readBuilt(path)));
  return pages.get(path)!;
};

/** True when `line` holds the start of `text` (the text starts on it, or lies within it). */
function startsOn(line: string, text: string): boolean {
  const held = normaliseForProvenance(line);
  const needle = normaliseForProvenance(text);
  const variants = [
    needle,
    needle.charAt(0).toLowerCase() + needle.slice(1),
    needle.charAt(0).toUpperCase() + needle.slice(1),
  ];
  if (variants.some((variant) => held.includes(variant))) return true;
  // The text starts on the line and goes on after it: a tail of the line begins the text.
  for (let at = 0; at < held.length; at++) {
    const tail = held.slice(at);
    if (
      tail.length >= Math.min(10, needle.length) &&
      variants.some((variant) => variant.startsWith(tail))
    )
      return true;
  }
  return false;
}

/**
 * Problems of a source link: missing, not named "<the document's name>, lines N–M", not to a
 * source line, not landing on the line where `start` begins, or to lines that do not hold `text`.
 */
function linkProblems(link: HTMLElement | null, text: string, start = text): string[] {
  if (!link) return ['no source link'];
  const href = link.getAttribute('href') ?? '';
  const match = /\/sources\/([a-z0-9-]+)\/#line-(\d+)$/.exec(href);
  if (!match) return [`not a source line: ${href}`];
  const lines = linesByStem.get(match[1]!);
  if (!lines) return [`unknown source ${match[1]}`];
  const [start_, end] = (link.getAttribute('data-source-lines') ?? '').split('-').map(Number) as [
    number,
    number,
  ];
  const shown = link.text.replace(/^Source: /, '');
  const named = `${sourceName(metadataByStem.get(match[1]!)!)}, ${start_ === end ? `line ${start_}` : `lines ${start_}\u2013${end}`}`;
  if (shown !== named) return [`named "${shown}", not "${named}"`];
  if (start_ !== Number(match[2]))
    return [`lands on line ${match[2]}, passage starts at ${start_}`];
  if (!startsOn(lines[start_ - 1]!, start))
    return [`lands on line ${start_} (${lines[start_ - 1]}), which does not start: ${start}`];
  return passageHolds(lines, { startLine: start_, endLine: end }, text)
    ? []
    : [`lines ${start_}–${end} do not hold: ${text}`];
}

/** What a reader sees of a source line: the extraction's marks read, rules and blank lines empty. */
const shownText = (line: string): string =>
  /^\s*(-{3,}\s*)?$/.test(line)
    ? ''
    : line
        .replace(/^#{1,6} /, '')
        .replace(/\[([^[\]]*)\]\(#\)/g, '$1')
        .replace(/<sup>([^<]*)<\/sup>/g, '$1')
        .replace(/<(https:\/\/[^<>\s]+)>/g, '$1')
        .replace(/\*/g, '');

describe('source pages', () => {
  test.each(sources)(
    '%s is published line for line, each line under its anchor, its marks read',
    (source) => {
      const lines = linesByStem.get(sourceStem(source))!;
      const items = page(paths.source(sourceStem(source))).querySelectorAll('ol.source-lines > li');
      expect(items).toHaveLength(lines.length);
      items.forEach((item, index) => {
        const line = lines[index]!;
        expect(item.id).toBe(`line-${index + 1}`);
        expect(item.querySelector('a.line-number')!.getAttribute('href')).toBe(
          `#line-${index + 1}`,
        );
        const text = item.querySelector('.line-text')!;
        expect(text.text, `line ${index + 1}`).toBe(shownText(line));
        expect(text.text).not.toMatch(/\]\(#\)|<\/?sup>|^\s*-{3,}\s*$|\*\*/);
        if (/^\s*-{3,}\s*$/.test(line)) expect(text.classList.contains('rule')).toBe(true);
        expect(text.querySelectorAll('sup').map((sup) => sup.text)).toEqual(
          [...line.matchAll(/<sup>([^<]*)<\/sup>/g)].map((found) => found[1]),
        );
        // A lost link naming a cited document goes to its official text; no other HTML is made.
        for (const [, linked] of line.matchAll(/\[([^[\]]*)\]\(#\)/g)) {
          const document = site.documents.find((candidate) =>
            [candidate.symbol, ...candidate.citedAs].some((form) => form.endsWith(linked!)),
          );
          if (!document) continue;
          const anchor = text.querySelectorAll('a').find((link) => link.text === linked);
          expect(anchor?.getAttribute('href'), linked).toBe(officialDocumentUrl(document.symbol));
        }
        expect(
          text
            .querySelectorAll('*')
            .every((element) => ['a', 'sup', 'span'].includes(element.tagName.toLowerCase())),
        ).toBe(true);
      });
    },
  );

  test.each(sources)(
    '%s names its document: kind, author, date, the symbol linked to docs.un.org',
    (source) => {
      const metadata = metadataByStem.get(sourceStem(source))!;
      const head = page(paths.source(sourceStem(source))).querySelector('header.source-head')!;
      expect(head.querySelector('h1')!.text).toBe(sourceName(metadata));
      const facts = head.text.replace(/\s+/g, ' ');
      for (const fact of [
        sourceKinds[metadata.kind].long,
        sourceAuthor(metadata),
        longDate(metadata.date),
      ])
        expect(facts).toContain(fact);
      const official = head
        .querySelectorAll('a')
        .filter((link) => link.getAttribute('href')?.startsWith('https://docs.un.org/'));
      if (metadata.symbol) {
        expect(official.map((link) => [link.text, link.getAttribute('href')])).toEqual([
          [metadata.symbol, officialDocumentUrl(metadata.symbol)],
        ]);
      } else expect(official).toEqual([]);
      expect(
        page(paths.source(sourceStem(source))).querySelector('#extraction-title'),
      ).not.toBeNull();
    },
  );

  test.each(site.sessions.map((session) => [session.id, session] as const))(
    'the notes of %s are headed by what they are from',
    (_id, session) => {
      if (session.notes.length === 0) return;
      const origin = page(paths.session(session.id)).querySelector('#notes .notes-origin')!;
      expect(origin.text.trim()).toBe(notesOrigin(session.programmeSource));
      expect(origin.querySelector('a')!.getAttribute('href')).toBe(
        paths.source(sourceStem(session.programmeSource.sourceText)),
      );
    },
  );
});

describe('every element links to the passage of its source that holds its text', () => {
  test.each(site.slots.map((slot) => [slot.id, slot] as const))('slot %s', (_id, slot) => {
    const element = page(paths.session(slot.sessionId)).getElementById(slot.anchor)!;
    const link = element.querySelector(':scope > .slot-links a.source-link');
    const firstBlock = slot.blocks[0]!;
    expect(
      linkProblems(link, firstBlock.subItem ?? firstBlock.heading, slot.timeAsPrinted),
    ).toEqual([]);
    slot.notes.forEach((note, index) => {
      expect(
        linkProblems(
          element.querySelectorAll('.slot-note')[index]!.querySelector('a.source-link'),
          note,
        ),
      ).toEqual([]);
    });
    slot.blocks
      .flatMap((block) => block.footnotes)
      .forEach((footnote) => {
        const item = element.getElementById(`${slot.anchor}-fn-${footnote.marker}`)!;
        expect(linkProblems(item.querySelector('a.source-link'), footnote.text)).toEqual([]);
      });
  });

  test.each(site.questions.map((question) => [question.id, question] as const))(
    'question %s',
    (_id, question) => {
      const element = page(questionLocation(site, question).path).getElementById(question.id)!;
      expect(linkProblems(element.querySelector('a.source-link'), question.text)).toEqual([]);
    },
  );

  test.each(site.summaries.map((summary) => [summary.id, summary] as const))(
    'summary %s',
    (_id, summary) => {
      const element = page(paths.summaries(summary.sessionId)).getElementById(
        `summary-${summary.id}`,
      )!;
      expect(
        linkProblems(
          element.querySelector('.see-also a.source-link'),
          summary.body,
          summary.heading,
        ),
      ).toEqual([]);
    },
  );

  test.each(site.meetings.map((meeting) => [meeting.id, meeting] as const))(
    'meeting %s',
    (_id, meeting) => {
      const element = page(paths.session(meeting.sessionId)).getElementById(
        `meeting-${meeting.id}`,
      )!;
      expect(
        linkProblems(
          element.querySelector(':scope > .slot-links a.source-link'),
          meeting.announcement,
        ),
      ).toEqual([]);
      meeting.notes.forEach((note, index) => {
        expect(
          linkProblems(
            element.querySelectorAll('.meeting-note')[index]!.querySelector('a.source-link'),
            note,
          ),
        ).toEqual([]);
      });
    },
  );

  test.each(site.sessions.map((session) => [session.id, session] as const))(
    'notes and footnotes of %s',
    (_id, session) => {
      const notes = page(paths.session(session.id))
        .querySelectorAll('#notes > p')
        .filter((paragraph) => paragraph.querySelector('a.source-link'));
      expect(notes).toHaveLength(session.notes.length);
      session.notes.forEach((note, index) =>
        expect(linkProblems(notes[index]!.querySelector('a.source-link'), note.text)).toEqual([]),
      );
      for (const footnote of session.programmeFootnotes) {
        expect(
          linkProblems(
            page(paths.session(session.id))
              .getElementById(`programme-fn-${footnote.marker}`)!
              .querySelector('a.source-link'),
            footnote.text,
          ),
        ).toEqual([]);
      }
      for (const footnote of session.summariesFootnotes) {
        expect(
          linkProblems(
            page(paths.summaries(session.id))
              .getElementById(`summaries-fn-${footnote.marker}`)!
              .querySelector('a.source-link'),
            footnote.text,
          ),
        ).toEqual([]);
      }
    },
  );

  test('the check fails on a missing link, a link to other lines, or a passage that does not hold the text (a test of the test)', () => {
    const question = site.questions[0]!;
    const link = page(questionLocation(site, question).path)
      .getElementById(question.id)!
      .querySelector('a.source-link')!;
    expect(linkProblems(link, question.text)).toEqual([]);
    expect(linkProblems(null, question.text)).toEqual(['no source link']);
    expect(linkProblems(link, site.questions[1]!.text)).toHaveLength(1);
    const moved = parse(
      link.toString().replace(/#line-(\d+)/, (_all, line: string) => `#line-${Number(line) + 2}`),
    ).querySelector('a')!;
    expect(linkProblems(moved, question.text)).toHaveLength(1);
  });
});
