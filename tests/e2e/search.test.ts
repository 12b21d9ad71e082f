/**
 * Full-text search on the production build, in Chromium under the site's Content-Security-Policy:
 * a few words of a guiding question land on it, the session and topic filters narrow the results
 * (a topic filter shows no other topic's match) and live in the URL, a query in the URL runs on
 * load, the URL follows what is typed, opening the page loads nothing of the index and a query no
 * filter file, the page passes axe with results shown, a table of queries written from a
 * researcher's point of view finds its answer in the top three, and a query of one word finds that
 * word (and its other forms), not words that merely start like it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath } from '../../tools/browser.ts';
import { enforceCsp } from '../helpers/csp.ts';
import { servedSite } from '../helpers/served-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const served = servedSite();

/** A page under the site's CSP that records console errors and refused loads. */
async function searchPage(): Promise<{ page: Page; errors: string[]; refused: string[] }> {
  const { page, errors } = await served.browser.newPage();
  const refused = await enforceCsp(page);
  return { page, errors, refused };
}

/** Waits until the status says something other than `previous` about a query, and returns it. */
async function waitForStatus(page: Page, previous = ''): Promise<string> {
  await page.waitForFunction((old) => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return /^(Results|No results)/.test(text) && text !== old;
  }, previous);
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** A result: its link and title, its tags, and the words its excerpt marks as matching the query. */
interface ShownResult { href: string; title: string; tags: string[]; marked: string[] }

/** Every result on the page, in order (those a page keeps folded too), once the status has been announced. */
async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator('.search-hit').evaluateAll((hits) => hits.map((hit) => ({
    href: hit.querySelector('h3 a')?.getAttribute('href') ?? '',
    title: hit.querySelector('h3 a')?.textContent ?? '',
    tags: [...hit.querySelectorAll('.search-tag')].map((tag) => (tag.firstChild?.textContent ?? '').trim()),
    marked: [...hit.querySelectorAll('.search-excerpt mark')].map((mark) => (mark.textContent ?? '').toLowerCase()),
  })));
}

/** Opens the search page with `query` (and filters) in its URL, as the header's box does; returns the status and the results. */
async function searchInUi(page: Page, query: string, filters: Record<string, string> = {}): Promise<{ message: string; results: ShownResult[] }> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${served.preview.url}search/?${params}`);
  const message = await waitForStatus(page);
  return { message, results: await shownResults(page) };
}

/** The results whose excerpt marks no word, or a word other than `forms` (words that merely start like the query). */
function resultsMarkingOtherWords(results: ShownResult[], forms: string[]): ShownResult[] {
  return results.filter((result) => result.marked.length === 0 || result.marked.some((word) => !forms.includes(word)));
}

describe('searching as a reader', () => {
  test('a few words of a guiding question return it first, and its link lands on the question', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}search/`);
    const input = page.locator('#search-q');
    // The box takes the focus on an empty search page: the reader types at once.
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('existing funding mechanisms');
    await waitForStatus(page);
    const [first] = await shownResults(page);
    expect(first!.href).toBe('/sessions/fourth-session/#q-2023-03-09-1130-1');
    // Session, date and topic are shown with the result.
    expect(first!.tags).toEqual(['Fourth substantive session', '9 March 2023, 11.30 a.m.–1 p.m.', 'Capacity-building']);
    // The URL follows what was typed, so the search can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('existing funding mechanisms');

    // The result is a plain link: focused, Enter follows it.
    await page.locator('.search-hit h3 a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sessions\/fourth-session\/#q-2023-03-09-1130-1$/);
    expect(await page.evaluate(() => location.hash)).toBe('#q-2023-03-09-1130-1');
    const inView = await page.locator('#q-2023-03-09-1130-1').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= -1 && box.bottom <= window.innerHeight + 1;
    });
    expect(inView).toBe(true);
    await expect(page.locator('#q-2023-03-09-1130-1').textContent()).resolves.toContain('What existing funding mechanisms could be leveraged');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each([375, 1280])('the search page has one search box at %i px, and result titles name the session and date', async (width) => {
    const { page, errors, refused } = await searchPage();
    await page.setViewportSize({ width, height: 800 });
    const { results } = await searchInUi(page, 'existing funding mechanisms');
    expect(results[0]!.title).toBe('Guiding question 1 · Fourth substantive session, 9 March 2023, 11.30 a.m.–1 p.m.');
    const boxes = await page.locator('input[type="search"], input[type="text"]').evaluateAll((inputs) =>
      inputs.filter((input) => (input as HTMLElement).offsetParent !== null).length);
    expect(boxes).toBe(1);
    await expect(page.locator('header form[role="search"]').count()).resolves.toBe(0);
    // The results are grouped under the page that prints them, a link to it.
    await expect(page.locator('.search-page > h2 a').first().textContent()).resolves.toBe('Fourth substantive session: programme');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a query in the URL runs on load and fills the search box', async () => {
    const { page, errors, refused } = await searchPage();
    const { results } = await searchInUi(page, 'UNIDIR Cyber Policy Portal');
    expect(results[0]!.href).toBe('/sessions/second-session/summaries/#q-second-session-iv-7');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('UNIDIR Cyber Policy Portal');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the header search box on any page leads to the search page and its results', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}topics/`);
    await page.locator('header input[name="q"]').fill('zero-day exploits');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=zero-day\+exploits$/);
    await waitForStatus(page);
    const [first] = await shownResults(page);
    expect(first!.href).toBe('/sessions/fourth-session/#q-2023-03-06-1000-3');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('opening the page loads nothing of the index; a query loads no filter file, a filter only its own', async () => {
    const { page, errors } = await searchPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${served.preview.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').fill('capacity-building');
    const first = await waitForStatus(page);
    const loaded = requested.filter((path) => path.startsWith('/pagefind/'));
    expect(loaded).toContain('/pagefind/pagefind.js');
    expect(loaded.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(loaded.filter((path) => path.includes('/filter/'))).toEqual([]);
    // Neither Pagefind's UI nor its worker: the page's own script calls Pagefind in the page.
    expect(loaded.filter((path) => /pagefind-(ui|worker|component-ui|modular-ui)/.test(path))).toEqual([]);
    // A filter loads its own file only (the index has two: session and topic).
    await page.locator('#search-topic').selectOption('Capacity-building');
    await waitForStatus(page, first);
    expect(requested.filter((path) => path.includes('/filter/'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('a filter by session narrows the results to that session and goes into the URL', async () => {
    const { page, errors, refused } = await searchPage();
    const { message: before, results: all } = await searchInUi(page, 'capacity-building');
    // Both sessions speak of capacity-building.
    expect(all.some((result) => result.href.startsWith('/sessions/second-session/'))).toBe(true);
    expect(all.some((result) => result.href.startsWith('/sessions/fourth-session/'))).toBe(true);

    await page.locator('#search-session').selectOption('Second substantive session');
    const after = await waitForStatus(page, before);
    expect(after).toContain('in Second substantive session');
    const narrowed = await shownResults(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const result of narrowed) expect(result.tags[0], result.href).toBe('Second substantive session');
    expect(new URL(page.url()).searchParams.get('session')).toBe('Second substantive session');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a result\'s session name filters by that session, one not in the list included', async () => {
    const { page, errors } = await searchPage();
    await searchInUi(page, 'capacity-building');
    await page.locator('.search-hit a.search-tag', { hasText: 'Fourth substantive session' }).first().click();
    await waitForStatus(page, '');
    await expect.poll(() => page.locator('#search-session').inputValue()).toBe('Fourth substantive session');
    for (const result of await shownResults(page)) expect(result.href).toMatch(/^\/sessions\/fourth-session\//);
    // A session named in the URL that the list does not show is added to it (the list holds the latest sessions).
    await searchInUi(page, 'capacity-building', { session: 'A session not listed' });
    await expect(page.locator('#search-session').inputValue()).resolves.toBe('A session not listed');
    expect(errors).toEqual([]);
  });

  test('a filter by topic shows no match from another topic, though Pagefind filters whole pages', async () => {
    const { page, errors, refused } = await searchPage();
    const topic = 'Confidence-building measures';
    const { message, results } = await searchInUi(page, 'capacity-building', { topic });
    expect(message).toContain(`in ${topic}`);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.tags, result.href).toContain(topic);
    await expect(page.locator('#search-topic').inputValue()).resolves.toBe(topic);
    // Test of the test: the pages Pagefind returns for this filter hold matches of other topics,
    // which the page's script leaves out.
    const otherTopics: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('capacity-building', { filters: { topic: ${JSON.stringify(topic)} } });
      const pages = await Promise.all(search.results.map((result) => result.data()));
      return pages.flatMap((page) => page.sub_results.map((sub) => JSON.parse(sub.title)))
        .filter((record) => !record.topic.includes(${JSON.stringify(topic)})).map((record) => record.title);
    })()`);
    expect(otherTopics.length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a page with more matches shows the best three and the rest on demand, focus on the first of them', async () => {
    const { page, errors } = await searchPage();
    await searchInUi(page, 'capacity-building');
    const counts = await page.locator('.search-page').evaluateAll((pages) => pages.map((item) => item.querySelectorAll('.search-hit').length));
    const index = counts.findIndex((count) => count > 3);
    expect(index).toBeGreaterThanOrEqual(0);
    const group = page.locator('.search-page').nth(index);
    await expect(group.locator('.search-hit:visible').count()).resolves.toBe(3);
    await expect(group.locator('button.search-all').textContent()).resolves.toBe(`All ${counts[index]} matches on this page`);
    await group.locator('button.search-all').click();
    await expect(group.locator('.search-hit:visible').count()).resolves.toBe(counts[index]);
    const focused = await group.evaluate((item) => document.activeElement?.closest('.search-hit') === item.querySelectorAll('.search-hit')[3]);
    expect(focused).toBe(true);
    expect(errors).toEqual([]);
  });

  test.each(['light', 'dark'] as const)('the search page with results has no axe-core violation (%s)', async (colorScheme) => {
    const { page, errors, refused } = await searchPage();
    await page.emulateMedia({ colorScheme });
    await searchInUi(page, 'confidence-building', { topic: 'Confidence-building measures' });
    // axe-core is added as a file the page may not load under the CSP: evaluate its source instead.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('without JavaScript the page says search needs it and points to the guiding questions', async () => {
    const noScript = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await (await noScript.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(`${served.preview.url}search/?q=funding`);
      await expect(page.locator('main').textContent()).resolves.toContain('Search needs JavaScript');
      await expect(page.locator('main a', { hasText: 'guiding questions index' }).getAttribute('href')).resolves.toBe('/questions/');
      expect(await page.locator('.search-hit').count()).toBe(0);
      // The form still sends the query and filters as a shareable URL.
      await page.locator('#search-topic').selectOption('Capacity-building');
      await page.locator('#search-q').fill('funding');
      await page.locator('#search-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=funding&session=&topic=Capacity-building$/);
    } finally {
      await noScript.close();
    }
  });
});

/**
 * Queries a researcher would type, each with the results that answer it (any one of them must be
 * among the first three). Written from the sources, not from the index.
 */
const rankingTable: { query: string; expected: string[] }[] = [
  { query: 'funding for capacity-building', expected: ['/sessions/fourth-session/#q-2023-03-09-1130-1'] },
  { query: 'points of contact directory', expected: ['/sessions/second-session/summaries/#q-second-session-iv-8', '/sessions/fourth-session/#slot-2023-03-08-1000'] },
  { query: 'zero-day exploits', expected: ['/sessions/fourth-session/#q-2023-03-06-1000-3'] },
  { query: 'programme of action relationship', expected: ['/sessions/fourth-session/#q-2023-03-10-1130-1'] },
  { query: 'critical infrastructure protection best practices', expected: ['/sessions/second-session/summaries/#q-second-session-i-3'] },
  { query: 'UNIDIR Cyber Policy Portal', expected: ['/sessions/second-session/summaries/#q-second-session-iv-7'] },
  { query: 'public-private partnerships lessons', expected: ['/sessions/fourth-session/#q-2023-03-09-1500-2'] },
  { query: 'legally binding instrument', expected: ['/sessions/second-session/summaries/#summary-second-session-ii'] },
  { query: 'new and emerging technologies', expected: ['/reports/a-77-275/#para-11', '/sessions/fourth-session/#q-2023-03-06-1000-1'] },
  { query: 'open-source software vulnerabilities', expected: ['/sessions/fourth-session/#q-2023-03-06-1000-3'] },
  { query: 'needs of developing countries', expected: ['/sessions/second-session/summaries/#q-second-session-v-2'] },
  { query: 'inclusive broad participation of all Member States', expected: ['/sessions/fourth-session/#q-2023-03-10-1000-2'] },
  { query: 'share threat information in real time', expected: ['/sessions/second-session/summaries/#q-second-session-i-4'] },
  { query: 'guidance checklists norms', expected: ['/sessions/fourth-session/#q-2023-03-07-1000-1'] },
  { query: 'gaps in legal frameworks cyberspace', expected: ['/sessions/fourth-session/#q-2023-03-07-1500-1'] },
  { query: 'when to establish the dialogue', expected: ['/sessions/second-session/summaries/#q-second-session-vi-3'] },
  { query: 'Izumi Nakamitsu opening statement', expected: ['/sessions/second-session/#slot-2022-03-28-1000', '/sessions/fourth-session/#slot-2023-03-06-1000'] },
  { query: "Chair's summary", expected: ['/documents/#doc-a-75-816'] },
  // As readers type them: lower case, few words, no hyphens, notes and footnotes included.
  { query: 'webcast', expected: ['/sessions/second-session/#note-3'] },
  { query: 'un webtv', expected: ['/sessions/second-session/#note-3'] },
  { query: 'pre-recorded video statement', expected: ['/sessions/second-session/#note-6'] },
  { query: 'meeting rooms', expected: ['/sessions/second-session/#note-4'] },
  { query: 'ransomware', expected: ['/sessions/second-session/summaries/#summary-second-session-i'] },
  { query: 'gender sensitive capacity building', expected: ['/sessions/second-session/summaries/#summary-second-session-v'] },
  { query: 'public private partnership', expected: ['/sessions/fourth-session/#slot-2023-03-09-1500', '/sessions/fourth-session/#q-2023-03-09-1500-1', '/sessions/fourth-session/#q-2023-03-09-1500-2'] },
  { query: 'stakeholder segment', expected: ['/sessions/fourth-session/#slot-2023-03-09-1500'] },
  { query: 'annotated agenda', expected: ['/sessions/fourth-session/#note-2', '/documents/#doc-a-ac-292-2021-1'] },
  { query: 'chair sole responsibility summaries', expected: ['/sessions/second-session/summaries/#summaries-fn-1'] },
  { query: 'healthcare covid', expected: ['/sessions/second-session/summaries/#summary-second-session-i'] },
  { query: 'paragraph 11 emerging tech', expected: ['/reports/a-77-275/#para-11'] },
  { query: 'focus on topics in the progress report', expected: ['/sessions/fourth-session/#slot-2023-03-06-1000'] },
];

describe('ranking', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await served.browser.newPage());
  });

  // Through the search page, so a query is searched and ranked as the page does it.
  test.each(rankingTable)('"$query" finds its answer in the top three', async ({ query, expected }) => {
    const top = (await searchInUi(page, query)).results.slice(0, 3).map((result) => result.href);
    expect(top.filter((url) => expected.includes(url)), `top three: ${top.join(', ')}`).not.toEqual([]);
  });
});

/**
 * The records of Pagefind's JS API for `query` passed as it is (as the page would pass it without
 * quoting one word), with the site's ranking options: links and the words their excerpts mark.
 */
async function unprocessedResults(page: Page, query: string): Promise<ShownResult[]> {
  const options = await page.locator('#search').getAttribute('data-ranking');
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${options} });
    const search = await pagefind.search(${JSON.stringify(query)});
    const pages = await Promise.all(search.results.map((result) => result.data()));
    return pages.flatMap((page) => page.sub_results).map((result) => {
      const excerpt = document.createElement('p');
      excerpt.innerHTML = result.excerpt;
      return { href: result.url, title: '', tags: [], marked: [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent.toLowerCase()) };
    });
  })()`);
}

describe('words that merely start like the query', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await served.browser.newPage());
  });

  test('"part" finds the question with the word "part", and nothing that only holds "participation" or "parties"', async () => {
    const { results } = await searchInUi(page, 'part');
    expect(results.map((result) => result.href)).toContain('/sessions/second-session/summaries/#q-second-session-iv-9');
    expect(resultsMarkingOtherWords(results, ['part', 'parts'])).toEqual([]);
  });

  test('a word that starts with an indexed word but is not in the index finds nothing ("partake", "weather")', async () => {
    // Unquoted, Pagefind falls back to the longest indexed word the query starts with: "part", "we".
    for (const query of ['partake', 'weather']) {
      const { message, results } = await searchInUi(page, query);
      expect(message).toBe(`No results for “${query}”`);
      expect(results).toEqual([]);
    }
  });

  test('"webcast" finds the note on the webcast, and nothing else', async () => {
    const { results } = await searchInUi(page, 'webcast');
    expect(results.map((result) => result.href)).toEqual(['/sessions/second-session/#note-3']);
  });

  test('the same checks fail on the query passed to Pagefind unquoted (test of the test)', async () => {
    await page.goto(`${served.preview.url}search/`);
    const part = await unprocessedResults(page, 'part');
    expect(part.map((result) => result.href)).toContain('/sessions/second-session/summaries/#q-second-session-iv-9');
    expect(resultsMarkingOtherWords(part, ['part', 'parts'])).not.toEqual([]);
    expect(part.flatMap((result) => result.marked)).toContain('participation');
    for (const query of ['partake', 'weather']) expect(await unprocessedResults(page, query)).not.toEqual([]);
  });
});

/**
 * The ranking options (searchRanking) still order the results of a query of several words, which
 * Pagefind searches unquoted: exact words before words that merely start like a query word.
 */
describe('ranking options', () => {
  const query = 'part in the discussions';

  /** The first result of `query` typed into the search page, with the page's ranking options or Pagefind's defaults. */
  async function firstResult(ranking: 'site' | 'pagefind-defaults'): Promise<string> {
    const { page } = await served.browser.newPage();
    await page.goto(`${served.preview.url}search/`);
    if (ranking === 'pagefind-defaults') await page.locator('#search').evaluate((form) => { (form as HTMLElement).dataset.ranking = '{}'; });
    await page.locator('#search-q').fill(query);
    await waitForStatus(page);
    const [first] = await shownResults(page);
    await page.close();
    return first!.href;
  }

  test(`"${query}" puts the question with the word "part" first, before words that merely start like "in"`, async () => {
    await expect(firstResult('site')).resolves.toBe('/sessions/second-session/summaries/#q-second-session-iv-9');
  });

  test('with Pagefind\'s default ranking the same query puts another record first (test of the test)', async () => {
    await expect(firstResult('pagefind-defaults')).resolves.not.toBe('/sessions/second-session/summaries/#q-second-session-iv-9');
  });
});
