/**
 * The search index in dist/pagefind, made by Pagefind from the built pages as they are: it has
 * Pagefind's JavaScript API, one Pagefind page per built page that prints results (the pages grow
 * with the sessions, not the questions), each titled; in them exactly the model's results, each at
 * its anchor with its title (`searchResultTitle`) and its text as the page prints it, no chrome;
 * a page's filters are its results' sessions and topics, a session page's zone is metadata. The
 * search page's vocabulary holds the indexed words. No inline script on the search page.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { questionLocation } from '../../src/domain/model/locations.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { sourceName } from '../../src/domain/model/source-names.ts';
import { searchPageFilters, searchRecordsByPage } from '../../src/domain/outputs/search-records.ts';
import { readResultTitle, searchResultTitle } from '../../src/domain/search/result-title.ts';
import { wordKey } from '../../src/domain/search/query.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { indexedPages } from '../helpers/search-index.ts';

const site = loadSite(resolve('content'));
const model = searchRecordsByPage(site);
const bundle = join(distRoot, 'pagefind');
const pages = indexedPages(distRoot);
const records = pages.flatMap((page) => page.records);
const byUrl = new Map(records.map((record) => [record.url, record]));

/** Text with runs of white space as one space, typographic quotes plain. */
const squeezed = (text: string) =>
  text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe('the search index', () => {
  test.each(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind'])('has %s', (file) => {
    expect(existsSync(join(bundle, file))).toBe(true);
  });

  test('has one page per built page with results, and no other page', () => {
    expect(pages.map((page) => page.url).sort()).toEqual([...model.keys()].sort());
    for (const page of pages) expect(page.title, page.url).not.toBe('');
  });

  test('holds exactly the results of the model, each at its anchor with its title', () => {
    const expected = [...model].flatMap(([path, byAnchor]) =>
      [...byAnchor].map(([anchor, record]) => [`${path}#${anchor}`, searchResultTitle(record)]),
    );
    expect(records.map((record) => [record.url, record.title]).sort()).toEqual(expected.sort());
  });

  test.each(site.questions.map((question) => [question.id, question] as const))(
    '%s is found with its text, session and date',
    (_id, question) => {
      const location = questionLocation(site, question);
      const record = byUrl.get(`${location.path}#${location.anchor}`)!;
      const session = site.sessions.find((candidate) => candidate.id === question.sessionId)!;
      expect(squeezed(record.text)).toContain(squeezed(question.text).slice(0, 40));
      const title = readResultTitle(record.title);
      expect(title.label).toMatch(new RegExp(`^Guiding question ${question.number}\\b`));
      expect(title.facts[0]).toBe(session.name);
      expect(title.facts[1]).toMatch(/\d{4}/);
    },
  );

  test('a slot holds its focused discussion (its questions are results of their own), and its UTC times', () => {
    const slot = site.slots.find((candidate) =>
      candidate.blocks.some((block) => block.focusedDiscussion && block.questions.length > 0),
    )!;
    const record = byUrl.get(`${paths.session(slot.sessionId)}#${slot.anchor}`)!;
    const discussion = slot.blocks.find((block) => block.focusedDiscussion)!.focusedDiscussion!;
    expect(squeezed(record.text)).toContain(squeezed(discussion).slice(0, 40));
    for (const question of slot.questions)
      expect(squeezed(record.text)).not.toContain(squeezed(question.text).slice(0, 40));
    expect(readResultTitle(record.title).instants).toEqual({
      start: slot.startUtc,
      end: slot.endUtc,
    });
  });

  test("a page's filters are every session and topic of its results; a session page has its zone", () => {
    for (const page of pages) {
      const filters = searchPageFilters(model.get(page.url)!.values());
      expect(page.filters.session ?? [], page.url).toEqual(filters.session);
      expect(page.filters.topic ?? [], page.url).toEqual(filters.topic);
    }
    for (const session of site.sessions)
      expect(pages.find((page) => page.url === paths.session(session.id))!.meta.zone).toBe(
        session.timeZone,
      );
  });

  test('no result holds site chrome: navigation, footer, calendar boxes, permalinks, source links, day headings', () => {
    const dayLabels = site.sessions.flatMap((session) => session.days.map((day) => day.label));
    for (const record of records) {
      for (const chrome of [
        'Skip to main content',
        'Guiding questions Documents Calendar',
        'docs.un.org',
        'Subscribe',
        'Link to this',
        'Add to calendar',
        'Source',
        // Source links and the notes' heading name the document ("Chair’s letter of 7 March 2022").
        ...site.sessions.map((session) => sourceName(session.programmeSource)),
        ...dayLabels,
      ]) {
        expect(record.text, record.url).not.toContain(chrome);
      }
    }
  });

  test('the vocabulary for "Did you mean" holds the words of the indexed text', () => {
    const vocabulary = new Set(JSON.parse(readBuilt(paths.searchVocabulary())) as string[]);
    const words = records
      .flatMap((record) => record.text.split(/\s+/))
      .map(wordKey)
      .filter((key) => key.length > 3 && !/\d/.test(key));
    const missing = [...new Set(words)].filter((key) => !vocabulary.has(key));
    // The index also holds words the pages add around the sources' (headings, labels): a few.
    expect(missing.length / new Set(words).size).toBeLessThan(0.05);
    expect(vocabulary.has('vulnerability')).toBe(true);
  });

  test('the search page loads its script as a file under /_astro/, no inline script', () => {
    const html = readBuilt(paths.search());
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.some(([, attributes]) => /src="\/_astro\/[^"]+\.js"/.test(attributes!))).toBe(
      true,
    );
    for (const [, attributes, body] of scripts) expect(body!.trim(), attributes).toBe('');
  });
});
