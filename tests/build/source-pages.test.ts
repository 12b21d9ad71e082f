/**
 * The source documents as published (every line verbatim, under its own anchor) and the "Source"
 * link of every slot, guiding question, narrative summary, meeting, note and footnote of the built
 * pages: present, pointing at a line of a source page, and holding the element's text there.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { passageHolds, sourceLines, sourceStem } from '../../src/domain/content/source-passages.ts';
import { questionLocation } from '../../src/domain/model/locations.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { paths } from '../../src/domain/site-paths.ts';
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
const pages = new Map<string, HTMLElement>();
const page = (path: string): HTMLElement => {
  if (!pages.has(path)) pages.set(path, parse(readBuilt(path)));
  return pages.get(path)!;
};

/** Problems of a source link: missing, not to a source line, or to lines that do not hold `text`. */
function linkProblems(link: HTMLElement | null, text: string): string[] {
  if (!link) return ['no source link'];
  const href = link.getAttribute('href') ?? '';
  const match = /\/sources\/([a-z0-9-]+)\/#line-(\d+)$/.exec(href);
  if (!match) return [`not a source line: ${href}`];
  const lines = linesByStem.get(match[1]!);
  if (!lines) return [`unknown source ${match[1]}`];
  const [start, end] = (link.getAttribute('data-source-lines') ?? '').split('-').map(Number) as [
    number,
    number,
  ];
  if (start !== Number(match[2])) return [`lands on line ${match[2]}, passage starts at ${start}`];
  return passageHolds(lines, { startLine: start, endLine: end }, text)
    ? []
    : [`lines ${start}–${end} do not hold: ${text}`];
}

describe('source pages', () => {
  test.each(sources)('%s is published line for line, each line under its anchor', (source) => {
    const lines = linesByStem.get(sourceStem(source))!;
    const items = page(paths.source(sourceStem(source))).querySelectorAll('ol.source-lines > li');
    expect(items).toHaveLength(lines.length);
    items.forEach((item, index) => {
      expect(item.id).toBe(`line-${index + 1}`);
      expect(item.querySelector('.line-text')!.text).toBe(lines[index]);
    });
  });
});

describe('every element links to the passage of its source that holds its text', () => {
  test.each(site.slots.map((slot) => [slot.id, slot] as const))('slot %s', (_id, slot) => {
    const element = page(paths.session(slot.sessionId)).getElementById(slot.anchor)!;
    const link = element.querySelector(':scope > .slot-links a.source-link');
    const firstBlock = slot.blocks[0]!;
    expect(linkProblems(link, firstBlock.subItem ?? firstBlock.heading)).toEqual([]);
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
      expect(linkProblems(element.querySelector('.see-also a.source-link'), summary.body)).toEqual(
        [],
      );
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
