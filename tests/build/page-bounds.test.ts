/**
 * Pages that would grow with the archive stay bounded. Built from a 26× corpus of the frozen
 * fixture content (tests/fixtures/frozen-content, two sessions; not content/, so the counts below
 * do not change when a session is added) (52 sessions, 1404
 * guiding questions; paragraphs 8 to 13 cited by 26 copies of a slot and of a question): the home
 * page shows the 12 latest sessions as cards and links to all sessions; `/sessions/` lists the 12
 * latest and every year, each year's page its sessions; the questions index lists the latest
 * sessions with counts, each with its own questions page; the documents and report pages cut their
 * back-link lists at 50 and point to the open data that holds them all, and carry no search filter
 * value per citing session; the search page's session filter lists the 12 latest sessions. The
 * same checks on the real build find what its model says the pages list.
 *
 * Growth: the same corpus at 10× (20 sessions) is built too, and no HTML page may grow by more
 * than `growthPerSession` bytes per added session between the two, so that, extended to 1000× (2,000
 * sessions), every page stays under 1 MB; the largest page of the 26× build is no larger than the
 * largest of the 10× build. A page that lists every session (about 100 bytes a line or more) fails.
 * Back-link lists are left out of the comparison: they fill up to `pageBackLinkLimit` (a document
 * cited once per copy of the content reaches it at 50×), and every one of them, on every page, is
 * checked against that limit instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../tools/generate-corpus.ts';
import {
  homeSessionCardLimit,
  latestSessionLimit,
  pageBackLinkLimit,
  questionsIndexInlineLimit,
} from '../../src/domain/model/browse.ts';
import { readContent } from '../../src/domain/content/content-reader.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import type { SiteModel } from '../../src/domain/model/model.ts';
import { recordSessionLimit } from '../../src/domain/outputs/search-records.ts';
import { distRoot } from '../helpers/built-site.ts';
import { frozenContent, projectRoot } from '../helpers/content-fixture.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';
import { indexedPages } from '../helpers/search-index.ts';

const scale = 26;
const smallScale = 10;
/** Bytes a page may grow per added session (a year of the archive adds one short link to `/sessions/`). */
const growthPerSession = 40;
/** Sessions at 1000×, where every page must stay under 1 MB. */
const sessionsAt1000 = 2000;

/** What the bounded pages of a build show. */
function boundedPages(dist: string) {
  const read = (path: string) => parse(readFileSync(join(dist, path), 'utf8'));
  const home = read('index.html');
  const sessions = read('sessions/index.html');
  const questions = read('questions/index.html');
  const documents = read('documents/index.html');
  const report = read('reports/a-77-275/index.html');
  const search = read('search/index.html');
  return {
    homeCardLinks: home
      .querySelectorAll('section[aria-labelledby="sessions-title"] li h3 a')
      .map((link) => link.getAttribute('href')!),
    allSessionsLink: home.querySelector('a[href="/sessions/"]')?.text,
    sessionsListed: sessions
      .querySelectorAll('main > ul > li > a:first-child')
      .map((link) => link.getAttribute('href')!),
    yearLinks: sessions
      .querySelectorAll('main nav[aria-labelledby="by-year"] a')
      .map((link) => link.getAttribute('href')!),
    questionsOnIndex: questions.querySelectorAll('main ol.questions > li').length,
    questionPageLinks: questions
      .querySelectorAll('main section a[href^="/questions/"]')
      .map((link) => link.getAttribute('href')!),
    longestDocumentList: Math.max(
      ...documents
        .querySelectorAll('.back-links')
        .map((list) => list.querySelectorAll('li').length),
    ),
    longestReportList: Math.max(
      ...report.querySelectorAll('.back-links').map((list) => list.querySelectorAll('li').length),
    ),
    reportSessionFilters:
      indexedPages(dist).find((page) => page.url === '/reports/a-77-275/')?.filters.session
        ?.length ?? 0,
    searchSessionOptions: search
      .querySelectorAll('#search-session option')
      .map((option) => option.text)
      .filter((text) => text !== 'All sessions'),
    searchRule: search.querySelector('.search-rule')?.text ?? '',
    documentsMore: documents
      .querySelectorAll('p.muted')
      .map((note) => note.text)
      .filter((text) => text.startsWith('And ')),
  };
}

/** A back-link list (`BackLinkList`): filled up to `pageBackLinkLimit`, then cut. */
const backLinkList = /<ul class="back-links">[\s\S]*?<\/ul>/g;

/** Every HTML page of a build: its bytes, its bytes without back-link lists, and the length of its longest back-link list. */
function htmlPages(
  dist: string,
): Map<string, { bytes: number; withoutBackLinks: number; longestBackLinks: number }> {
  const pages = new Map<
    string,
    { bytes: number; withoutBackLinks: number; longestBackLinks: number }
  >();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path);
        const lists = html.toString('utf8').match(backLinkList) ?? [];
        pages.set(relative(dist, path), {
          bytes: html.length,
          withoutBackLinks:
            html.length - lists.reduce((sum, list) => sum + Buffer.byteLength(list), 0),
          longestBackLinks: Math.max(0, ...lists.map((list) => list.split('<li>').length - 1)),
        });
      }
    }
  };
  walk(dist);
  return pages;
}

/** Generates the corpus at a scale and builds it. */
function buildAtScale(corpusScale: number): {
  corpus: string;
  build: IsolatedBuild;
  model: SiteModel;
} {
  const corpus = mkdtempSync(join(tmpdir(), 'oewg-corpus-'));
  generateCorpus(readContent(frozenContent, projectRoot), frozenContent, corpus, corpusScale);
  const build = isolatedBuild({ env: { OEWG_CONTENT_DIR: corpus } });
  if (build.status !== 0) throw new Error(`the ${corpusScale}× build failed:\n${build.output}`);
  return { corpus, build, model: loadSite(corpus, projectRoot) };
}

describe(`pages at ${scale}× the real content`, () => {
  let large: ReturnType<typeof buildAtScale>;
  let small: ReturnType<typeof buildAtScale>;

  beforeAll(() => {
    large = buildAtScale(scale);
    small = buildAtScale(smallScale);
  }, 900_000);

  afterAll(() => {
    for (const built of [large, small]) {
      built?.build.dispose();
      if (built) rmSync(built.corpus, { recursive: true, force: true });
    }
  });

  test('the home page shows the latest sessions as cards, newest first, and links to the list of all of them', () => {
    const pages = boundedPages(large.build.dist);
    expect(pages.homeCardLinks).toEqual(
      large.model.sessions
        .slice(-homeSessionCardLimit)
        .toReversed()
        .map((session) => `/sessions/${session.id}/`),
    );
    expect(pages.allSessionsLink).toBe(`All ${2 * scale} sessions`);
  });

  test("/sessions/ lists the latest sessions and every year; each year's page lists the sessions that start in it", () => {
    const pages = boundedPages(large.build.dist);
    const { sessions } = large.model;
    expect(pages.sessionsListed).toEqual(
      sessions.slice(-latestSessionLimit).map((session) => `/sessions/${session.id}/`),
    );
    const years = [...new Set(sessions.map((session) => session.startDate.slice(0, 4)))];
    expect(years.length).toBeGreaterThan(20);
    expect(pages.yearLinks.toSorted()).toEqual(years.map((year) => `/sessions/${year}/`));
    const listedOnYearPages = pages.yearLinks.flatMap((href) => {
      const page = parse(readFileSync(join(large.build.dist, href, 'index.html'), 'utf8'));
      const year = href.split('/')[2]!;
      return page.querySelectorAll('main > ul > li > a:first-child').map((link) => {
        const session = sessions.find(
          (candidate) => `/sessions/${candidate.id}/` === link.getAttribute('href'),
        )!;
        expect(session.startDate.slice(0, 4), `${session.id} on ${href}`).toBe(year);
        return session.id;
      });
    });
    expect(listedOnYearPages.toSorted()).toEqual(sessions.map((session) => session.id).toSorted());
  });

  test("the questions index lists the latest sessions, each with a page of its own questions; every session's is linked from its year", () => {
    const pages = boundedPages(large.build.dist);
    expect(54 * scale).toBeGreaterThan(questionsIndexInlineLimit);
    expect(pages.questionsOnIndex).toBe(0);
    expect(pages.questionPageLinks).toEqual(
      large.model.sessions.slice(-latestSessionLimit).map((session) => `/questions/${session.id}/`),
    );
    for (const session of large.model.sessions) {
      const yearPage = readFileSync(
        join(large.build.dist, 'sessions', session.startDate.slice(0, 4), 'index.html'),
        'utf8',
      );
      expect(yearPage, session.id).toContain(`href="/questions/${session.id}/"`);
      const page = parse(
        readFileSync(join(large.build.dist, 'questions', session.id, 'index.html'), 'utf8'),
      );
      expect(page.querySelectorAll('main ol.questions > li').length, session.id).toBeGreaterThan(0);
    }
  });

  test('the documents and report pages cut their back-links and say where all of them are', () => {
    const pages = boundedPages(large.build.dist);
    expect(pages.longestDocumentList).toBe(pageBackLinkLimit);
    expect(pages.longestReportList).toBe(pageBackLinkLimit);
    // Cited by 26 sessions, more than recordSessionLimit: no filter value per citing session.
    expect(26).toBeGreaterThan(recordSessionLimit);
    expect(pages.reportSessionFilters).toBe(0);
    expect(pages.documentsMore[0]).toMatch(
      /^And \d+ more places: all \d+ are listed in the citations column of documents\.csv\.$/,
    );
  });

  test(`no HTML page grows by more than ${growthPerSession} bytes per session from ${smallScale}× to ${scale}×, so none reaches 1 MB at 1000×`, () => {
    const before = htmlPages(small.build.dist);
    const after = htmlPages(large.build.dist);
    const added = 2 * (scale - smallScale);
    const grown = [...before]
      .filter(([path]) => after.has(path))
      .map(([path, page]) => ({
        path,
        perSession: (after.get(path)!.withoutBackLinks - page.withoutBackLinks) / added,
      }))
      .filter(({ perSession }) => perSession > growthPerSession);
    expect(grown).toEqual([]);
    const overfull = [...after]
      .filter(([, page]) => page.longestBackLinks > pageBackLinkLimit)
      .map(([path]) => path);
    expect(overfull).toEqual([]);
    // Filled back-link lists: a document's, at the limit, is on the documents page.
    expect(after.get('documents/index.html')!.longestBackLinks).toBe(pageBackLinkLimit);
    // The index pages are among the pages compared.
    for (const path of [
      'index.html',
      '404.html',
      'sessions/index.html',
      'questions/index.html',
      'calendar/index.html',
      'data/index.html',
      'topics/threats/index.html',
    ]) {
      expect(before.has(path) && after.has(path), path).toBe(true);
    }
    for (const [path, page] of after) {
      expect(page.bytes + (sessionsAt1000 - 2 * scale) * growthPerSession, path).toBeLessThan(
        1_000_000,
      );
    }
    const largest = (pages: typeof after) =>
      Math.max(...[...pages.values()].map((page) => page.bytes));
    expect(largest(after)).toBeLessThanOrEqual(largest(before) * 1.02);
  });

  test('the search page lists the latest sessions in its filter, latest first, and says how to reach an earlier one', () => {
    const pages = boundedPages(large.build.dist);
    expect(pages.searchSessionOptions).toHaveLength(latestSessionLimit);
    expect(pages.searchSessionOptions.slice(0, 2)).toEqual([
      `Fourth substantive session (copy ${scale - 1})`,
      `Second substantive session (copy ${scale - 1})`,
    ]);
    expect(pages.searchRule).toBe(
      `The list shows the ${latestSessionLimit} latest sessions. For an earlier session, follow its name under any of its results.`,
    );
  });

  test('the real build lists what its model says (test of the test)', () => {
    const real = boundedPages(distRoot);
    const { sessions, questions } = loadSite(join(projectRoot, 'content'), projectRoot);
    const latest = sessions.slice(-latestSessionLimit);
    expect(real.questionsOnIndex).toBe(
      questions.length <= questionsIndexInlineLimit ? questions.length : 0,
    );
    expect(real.allSessionsLink).toBe(
      sessions.length > homeSessionCardLimit ? `All ${sessions.length} sessions` : undefined,
    );
    expect(real.sessionsListed).toEqual(latest.map((session) => `/sessions/${session.id}/`));
    const years = [...new Set(sessions.map((session) => session.startDate.slice(0, 4)))];
    expect(real.yearLinks).toEqual(years.toReversed().map((year) => `/sessions/${year}/`));
    expect(real.documentsMore.length > 0).toBe(real.longestDocumentList >= pageBackLinkLimit);
    expect(real.reportSessionFilters).toBeGreaterThan(0);
    expect(real.searchSessionOptions).toEqual(latest.toReversed().map((session) => session.name));
    expect(real.searchRule).toBe(
      sessions.length > latestSessionLimit
        ? `The list shows the ${latestSessionLimit} latest sessions. For an earlier session, follow its name under any of its results.`
        : '',
    );
  });
});
