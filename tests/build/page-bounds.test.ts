/**
 * Pages that would grow with the archive stay bounded: built from a 26× corpus (52 sessions, 1404
 * guiding questions; paragraphs 8 to 13 cited by 26 copies of a slot and of a question), the home page
 * shows 12 session cards and links to all sessions, the questions index lists sessions with
 * counts and links to one questions page per session, and the documents and report pages cut
 * their back-link lists at 50 and point to the open data that holds them all, and carry no
 * search filter value per citing session. The same checks on
 * the real build (2 sessions, 54 questions) find everything on the page.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { homeSessionCardLimit, pageBackLinkLimit, questionsIndexInlineLimit } from '../../src/domain/model/browse.ts';
import { readContent } from '../../src/domain/content/content-reader.ts';
import { recordSessionLimit } from '../../src/domain/outputs/search-records.ts';
import { distRoot } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';

const scale = 26;

/** What the bounded pages of a build show. */
function boundedPages(dist: string) {
  const read = (path: string) => parse(readFileSync(join(dist, path), 'utf8'));
  const home = read('index.html');
  const questions = read('questions/index.html');
  const documents = read('documents/index.html');
  const report = read('reports/a-77-275/index.html');
  return {
    homeCards: home.querySelectorAll('section[aria-labelledby="sessions-title"] li').length,
    allSessionsLink: home.querySelector('a[href="/sessions/"]')?.text,
    sessionsListed: read('sessions/index.html').querySelectorAll('main li').length,
    questionsOnIndex: questions.querySelectorAll('main ol.questions > li').length,
    questionPageLinks: questions.querySelectorAll('main a[href^="/questions/"]').map((link) => link.getAttribute('href')!),
    longestDocumentList: Math.max(...documents.querySelectorAll('.back-links').map((list) => list.querySelectorAll('li').length)),
    longestReportList: Math.max(...report.querySelectorAll('.back-links').map((list) => list.querySelectorAll('li').length)),
    reportSessionFilters: report.querySelectorAll('data[data-pagefind-filter="session[value]"]').length,
    documentsMore: documents.querySelectorAll('p.muted').map((note) => note.text).filter((text) => text.startsWith('And ')),
    bytes: Object.fromEntries(['index.html', 'questions/index.html', 'documents/index.html', 'reports/a-77-275/index.html']
      .map((path) => [path, statSync(join(dist, path)).size])),
  };
}

describe(`pages at ${scale}× the real content`, () => {
  let corpus: string;
  let build: IsolatedBuild;

  beforeAll(() => {
    corpus = mkdtempSync(join(tmpdir(), 'oewg-corpus-'));
    const contentRoot = join(projectRoot, 'content');
    generateCorpus(readContent(contentRoot, projectRoot), contentRoot, corpus, scale);
    build = isolatedBuild({ env: { OEWG_CONTENT_DIR: corpus } });
    if (build.status !== 0) throw new Error(`the ${scale}× build failed:\n${build.output}`);
  }, 600_000);

  afterAll(() => {
    build?.dispose();
    if (corpus) rmSync(corpus, { recursive: true, force: true });
  });

  test('the home page shows the first sessions as cards and links to the list of all of them', () => {
    const pages = boundedPages(build.dist);
    expect(pages.homeCards).toBe(homeSessionCardLimit);
    expect(pages.allSessionsLink).toBe(`All ${2 * scale} sessions`);
    expect(pages.sessionsListed).toBe(2 * scale);
  });

  test('the questions index lists the sessions, each with a page of its own questions', () => {
    const pages = boundedPages(build.dist);
    expect(54 * scale).toBeGreaterThan(questionsIndexInlineLimit);
    expect(pages.questionsOnIndex).toBe(0);
    expect(pages.questionPageLinks).toHaveLength(2 * scale);
    for (const href of pages.questionPageLinks) {
      const page = parse(readFileSync(join(build.dist, href, 'index.html'), 'utf8'));
      expect(page.querySelectorAll('main ol.questions > li').length, href).toBeGreaterThan(0);
    }
  });

  test('the documents and report pages cut their back-links and say where all of them are', () => {
    const pages = boundedPages(build.dist);
    expect(pages.longestDocumentList).toBe(pageBackLinkLimit);
    expect(pages.longestReportList).toBe(pageBackLinkLimit);
    // Cited by 26 sessions, more than recordSessionLimit: no filter value per citing session.
    expect(26).toBeGreaterThan(recordSessionLimit);
    expect(pages.reportSessionFilters).toBe(0);
    expect(pages.documentsMore[0]).toMatch(/^And \d+ more places: all \d+ are listed in the citations column of documents\.csv\.$/);
  });

  test('the bounded pages stay under 100 KB here; the real build lists everything (test of the test)', () => {
    const pages = boundedPages(build.dist);
    for (const [path, bytes] of Object.entries(pages.bytes)) expect(bytes, path).toBeLessThan(100_000);
    const real = boundedPages(distRoot);
    expect(real.questionsOnIndex).toBe(54);
    expect(real.allSessionsLink).toBeUndefined();
    expect(real.documentsMore).toEqual([]);
    expect(real.reportSessionFilters).toBeGreaterThan(0);
  });
});
