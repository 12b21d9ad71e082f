/**
 * Full-text search on the production build, in Chromium under the site's Content-Security-Policy:
 * a few words of a guiding question land on it, a session filter narrows the results, a query in
 * the URL runs on load, the URL follows what is typed, the page passes axe with results shown, a
 * table of queries written from a researcher's point of view finds its answer in the top three, and
 * a query of one word finds that word (and its other forms), not words that merely start like it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
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

/** The result links shown by Pagefind's UI, once every result shown has loaded (placeholders have no link). */
async function shownResults(page: Page): Promise<{ title: string; href: string }[]> {
  await page.locator('.pagefind-ui__result-link').first().waitFor();
  await page.waitForFunction(() =>
    document.querySelectorAll('.pagefind-ui__result').length === document.querySelectorAll('.pagefind-ui__result-link').length);
  return page.locator('.pagefind-ui__result-link').evaluateAll((links) =>
    links.map((link) => ({ title: link.textContent ?? '', href: link.getAttribute('href') ?? '' })));
}

/** Waits until the UI's result count message says something other than `previous`. */
async function waitForNewMessage(page: Page, previous: string): Promise<string> {
  // Pagefind UI shows a transient "Searching for …" first: wait for the count of the new results.
  await page.waitForFunction((old) => {
    const text = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    return /^(\d+ results?|No results)/.test(text) && text !== old;
  }, previous);
  return (await page.locator('.pagefind-ui__message').textContent()) ?? '';
}

/** A result shown by Pagefind's UI: its link and the words its excerpt marks as matching the query. */
interface ShownResult { href: string; marked: string[] }

/**
 * Opens the search page with `query` in its URL, as the header's search box does, and returns the
 * UI's result count message and the results of its first page (Pagefind's UI, the site's options).
 */
async function searchInUi(page: Page, query: string): Promise<{ message: string; results: ShownResult[] }> {
  await page.goto(`${served.preview.url}search/?q=${encodeURIComponent(query)}`);
  const message = await waitForNewMessage(page, '');
  if (message.startsWith('No results')) return { message, results: [] };
  await shownResults(page);
  const results = await page.locator('.pagefind-ui__result').evaluateAll((items) => items.map((item) => ({
    href: item.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? '',
    marked: [...item.querySelectorAll('.pagefind-ui__result-excerpt mark')].map((mark) => (mark.textContent ?? '').toLowerCase()),
  })));
  return { message, results };
}

/** The results whose excerpt marks no word, or a word other than `forms` (words that merely start like the query). */
function resultsMarkingOtherWords(results: ShownResult[], forms: string[]): ShownResult[] {
  return results.filter((result) => result.marked.length === 0 || result.marked.some((word) => !forms.includes(word)));
}

describe('searching as a reader', () => {
  test('a few words of a guiding question return it first, and its link lands on the question', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}search/`);
    const input = page.locator('.pagefind-ui__search-input');
    // The UI takes the focus on an empty search page: the reader types at once.
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('existing funding mechanisms');
    const [first] = await shownResults(page);
    expect(first!.href).toBe('/sessions/fourth-session/#q-2023-03-09-1130-1');
    // Session, date and topic are shown with the result.
    const tags = await page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-tag').allTextContents();
    expect(tags.map((tag) => tag.trim())).toEqual(expect.arrayContaining([
      expect.stringContaining('Fourth substantive session'),
      expect.stringContaining('9 March 2023'),
      expect.stringContaining('Capacity-building'),
    ]));
    // The URL follows what was typed, so the search can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('existing funding mechanisms');

    // The result is a plain link: focused, Enter follows it.
    await page.locator('.pagefind-ui__result-link').first().focus();
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
    await page.goto(`${served.preview.url}search/?q=${encodeURIComponent('existing funding mechanisms')}`);
    const [first] = await shownResults(page);
    expect(first!.title).toBe('Guiding question 1 · Fourth substantive session, 9 March 2023, 11.30 a.m.–1 p.m.');
    const boxes = await page.locator('input[type="search"], input[type="text"]').evaluateAll((inputs) =>
      inputs.filter((input) => (input as HTMLElement).offsetParent !== null).length);
    expect(boxes).toBe(1);
    await expect(page.locator('header form[role="search"]').count()).resolves.toBe(0);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a query in the URL runs on load and fills the search box', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}search/?q=${encodeURIComponent('UNIDIR Cyber Policy Portal')}`);
    const [first] = await shownResults(page);
    expect(first!.href).toBe('/sessions/second-session/summaries/#q-second-session-iv-7');
    await expect(page.locator('.pagefind-ui__search-input').inputValue()).resolves.toBe('UNIDIR Cyber Policy Portal');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the header search box on any page leads to the search page and its results', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}topics/`);
    await page.locator('header input[name="q"]').fill('zero-day exploits');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=zero-day\+exploits$/);
    const [first] = await shownResults(page);
    expect(first!.href).toBe('/sessions/fourth-session/#q-2023-03-06-1000-3');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a filter by session narrows the results to that session', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}search/?q=capacity-building`);
    const all = await shownResults(page);
    const before = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
    const countOf = (message: string) => Number(/^(\d+) results?/.exec(message)?.[1]);
    // Both sessions speak of capacity-building.
    expect(all.some((result) => result.href.startsWith('/sessions/second-session/'))).toBe(true);
    expect(all.some((result) => result.href.startsWith('/sessions/fourth-session/'))).toBe(true);

    await page.locator('summary.pagefind-ui__filter-name', { hasText: 'Session' }).click();
    await page.getByLabel(/^Second substantive session/).check();
    const after = await waitForNewMessage(page, before);
    expect(countOf(after)).toBeGreaterThan(0);
    expect(countOf(after)).toBeLessThan(countOf(before));
    // Load every page of results, then check each one belongs to the second session.
    while (await page.locator('.pagefind-ui__button', { hasText: 'Load more results' }).count()) {
      await page.locator('.pagefind-ui__button', { hasText: 'Load more results' }).click();
    }
    // Results show their metadata once each one's data has loaded: wait for all of them.
    const sessionTags = () => page.locator('.pagefind-ui__result').evaluateAll((results) =>
      results.map((result) => [...result.querySelectorAll('.pagefind-ui__result-tag')]
        .map((tag) => tag.textContent ?? '').find((text) => /session/i.test(text)) ?? ''));
    await expect.poll(async () => (await sessionTags()).filter(Boolean).length).toBe(countOf(after));
    const sessions = await sessionTags();
    for (const session of sessions) expect(session).toMatch(/Second substantive session/);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each(['light', 'dark'] as const)('the search page with results has no axe-core violation (%s)', async (colorScheme) => {
    const { page, errors, refused } = await searchPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`${served.preview.url}search/?q=confidence-building`);
    await shownResults(page);
    await page.locator('summary.pagefind-ui__filter-name', { hasText: 'Topic' }).click();
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
      expect(await page.locator('.pagefind-ui').count()).toBe(0);
    } finally {
      await noScript.close();
    }
  });
});

/**
 * The URLs of the first `count` results of Pagefind's own JS API for `query`, with the ranking
 * options the search page gives Pagefind's UI (read from the page), or Pagefind's defaults.
 */
async function topResults(page: Page, query: string, count = 3, ranking: 'site' | 'pagefind-defaults' = 'site'): Promise<string[]> {
  const options = ranking === 'site' ? await page.locator('#search').getAttribute('data-ranking') : '{}';
  // A string, so the test runner does not rewrite the browser's import().
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${options} });
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, ${count}).map((result) => result.data()));
    return data.map((result) => result.url);
  })()`);
}

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

  // Through Pagefind's UI on the search page, so a query is searched as the page searches it.
  test.each(rankingTable)('"$query" finds its answer in the top three', async ({ query, expected }) => {
    const top = (await searchInUi(page, query)).results.slice(0, 3).map((result) => result.href);
    expect(top.filter((url) => expected.includes(url)), `top three: ${top.join(', ')}`).not.toEqual([]);
  });
});

/**
 * The results of Pagefind's JS API for `query` passed as it is (as Pagefind's UI passes a query
 * when no processTerm is set), with the site's ranking options: links and the words their excerpts mark.
 */
async function unprocessedResults(page: Page, query: string): Promise<ShownResult[]> {
  const options = await page.locator('#search').getAttribute('data-ranking');
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${options} });
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.map((result) => {
      const excerpt = document.createElement('p');
      excerpt.innerHTML = result.excerpt;
      return { href: result.url, marked: [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent.toLowerCase()) };
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
      expect(message).toBe(`No results for ${query}`);
      expect(results).toEqual([]);
    }
  });

  test('"webcast" finds the note on the webcast, and nothing else', async () => {
    const { results } = await searchInUi(page, 'webcast');
    expect(results.map((result) => result.href)).toEqual(['/sessions/second-session/#note-3']);
  });

  test('the same checks fail on the query passed to Pagefind unquoted, as the UI did before (test of the test)', async () => {
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
  let page: Page;
  beforeAll(async () => {
    ({ page } = await served.browser.newPage());
    await page.goto(`${served.preview.url}search/`);
  });

  test('unquoted, "part" ranks the question with the word "part" before those with "participation", "parties"', async () => {
    const [first] = await topResults(page, 'part', 1);
    expect(first).toBe('/sessions/second-session/summaries/#q-second-session-iv-9');
  });

  test('with Pagefind\'s default ranking the same query puts "participation" first (test of the test)', async () => {
    // A page of its own: Pagefind keeps ranking options set earlier on a page.
    const { page: fresh } = await served.browser.newPage();
    await fresh.goto(`${served.preview.url}search/`);
    const [first] = await topResults(fresh, 'part', 1, 'pagefind-defaults');
    expect(first).not.toBe('/sessions/second-session/summaries/#q-second-session-iv-9');
  });
});
