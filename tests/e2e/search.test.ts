/**
 * Full-text search on the production build, in Chromium under the site's Content-Security-Policy.
 *
 * Ranking: a table of queries written as people type them (phrases, small words, numbers and
 * years, typos, acronyms, plurals, hyphens, capitals, each session's own words), typed into the
 * search page; each row states rules about the first result and the top three, checked against the
 * results' text as Pagefind indexed it (or the model), not positions memorised from today's
 * content. Then the page itself: a result lands on its element, filters narrow and live in the URL,
 * nothing of the index loads before the first key and no filter file before a filter, one search
 * box at 375 px, keyboard use, axe, and the page without JavaScript.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { questionLocation } from '../../src/domain/model/locations.ts';
import { chromiumPath } from '../../tools/browser.ts';
import { distRoot } from '../helpers/built-site.ts';
import { enforceCsp } from '../helpers/csp.ts';
import { indexedRecords } from '../helpers/search-index.ts';
import { servedSite } from '../helpers/served-site.ts';
import { axeViolations } from '../../tools/axe.ts';

const site = loadSite(resolve('content'));
const served = servedSite();

/** The indexed text of every result, by its link; a slot's parts after its questions joined to it. */
const indexed = indexedRecords(distRoot);
function resultText(href: string): string {
  return indexed
    .filter(
      (record) =>
        record.url === href ||
        (record.url.startsWith(`${href}-`) &&
          record.title === indexed.find((own) => own.url === href)?.title),
    )
    .map((record) => record.text)
    .join(' ');
}

/** A result as the page shows it. */
interface ShownResult {
  href: string;
  label: string;
  tags: string[];
  marked: string[];
  text: string;
}

/** What the page shows once it has answered a query. */
interface Answer {
  status: string;
  suggestion: string;
  results: ShownResult[];
}

const answered = /^(\d+ match|No results)/;

/** Waits until the status answers a query (other than `previous`), and reads the page. */
async function answer(page: Page, previous = ''): Promise<Answer> {
  await page.waitForFunction(
    ([pattern, old]) => {
      const text = document.getElementById('search-status')?.textContent ?? '';
      return new RegExp(pattern!).test(text) && text !== old;
    },
    [answered.source, previous],
  );
  // "Did you mean" comes once the vocabulary has loaded.
  if (/^No results/.test((await page.locator('#search-status').textContent()) ?? ''))
    await page.waitForTimeout(300);
  const results = await page.locator('.search-hit').evaluateAll((hits) =>
    hits.map((hit) => ({
      href: hit.querySelector('h2 a')?.getAttribute('href') ?? '',
      label: hit.querySelector('h2 a')?.textContent ?? '',
      tags: [...hit.querySelectorAll('.search-tag')].map((tag) =>
        (tag.firstChild?.textContent ?? '').trim(),
      ),
      marked: [...hit.querySelectorAll('.search-excerpt mark')].map((mark) =>
        (mark.textContent ?? '').toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''),
      ),
      text: '',
    })),
  );
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    suggestion: await page
      .locator('#search-suggestion')
      .evaluate((element) => ((element as HTMLElement).hidden ? '' : (element.textContent ?? ''))),
    results: results.map((result) => ({ ...result, text: resultText(result.href) })),
  };
}

/** Opens the search page with `query` (and filters) in its URL, as the header's box does. */
async function searchFor(
  page: Page,
  query: string,
  filters: Record<string, string> = {},
): Promise<Answer> {
  await page.goto(`${served.preview.url}search/?${new URLSearchParams({ q: query, ...filters })}`);
  return answer(page);
}

/** A word or words as a whole-word pattern: any case, singular or plural, a hyphen also a space or nothing. */
function wordPattern(words: string): RegExp {
  const body = words
    .split(/\s+/)
    .map(
      (word) =>
        `${word
          .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
          .replace(/-/g, '[-\\s]?')
          .replace(/(?<=\p{L}{3})s$/u, '')}(s|es)?`,
    )
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** A rule about one result, with what it says (for messages). */
interface Rule {
  says: string;
  holds: (result: ShownResult) => boolean;
}

/** The result's text holds each of `words` (alternatives separated by " | " in one entry). */
const holds = (...words: string[]): Rule => ({
  says: `holds ${words.join(' and ')}`,
  holds: (result) =>
    words.every((word) =>
      word.split(' | ').some((alternative) => wordPattern(alternative).test(result.text)),
    ),
});
const isQuestion: Rule = {
  says: 'is a guiding question',
  holds: (result) => /#q-/.test(result.href),
};
const isSlot: Rule = { says: 'is a programme slot', holds: (result) => /#slot-/.test(result.href) };
const datedIn = (year: string): Rule => ({
  says: `is dated ${year}`,
  holds: (result) => result.tags.some((tag) => tag.includes(year)),
});
const both = (...rules: Rule[]): Rule => ({
  says: rules.map((rule) => rule.says).join(', '),
  holds: (result) => rules.every((rule) => rule.holds(result)),
});

/** One row: a query and the rules its first result, its top three, or all its results must follow. */
interface Row {
  query: string;
  first?: Rule;
  topThree?: Rule;
  all?: Rule;
  /** Every indexed result whose text holds this phrase is counted, and only those are shown. */
  phrase?: string;
  /** No excerpt marks any of these words. */
  neverMarked?: string[];
  /** No results, and this "Did you mean" (or none). */
  noResults?: { suggestion?: string };
}

/** Each session's own words: the longer words of its first and last guiding question find that question first. */
const sessionRows: Row[] = site.sessions.flatMap((session) =>
  [session.questions[0], session.questions.at(-1)].flatMap((question) => {
    if (!question) return [];
    const words = [
      ...new Set(
        question.text
          .split(/\s+/)
          .map((word) => word.replace(/[^\p{L}-]/gu, ''))
          .filter((word) => word.length >= 7),
      ),
    ].slice(0, 4);
    const location = questionLocation(site, question);
    const href = `${location.path}#${location.anchor}`;
    return [
      {
        query: words.join(' ').toLowerCase(),
        first: {
          says: `is ${href} or holds every word`,
          holds: (result: ShownResult) => result.href === href || holds(...words).holds(result),
        },
      },
    ];
  }),
);

const rankingTable: Row[] = [
  // The examples.
  {
    query: '"points of contact directory"',
    phrase: 'points of contact directory',
    first: isQuestion,
  },
  {
    query: 'points of contact',
    topThree: holds('points of contact | PoC'),
    neverMarked: ['of', 'often', 'point-'],
  },
  { query: '2023 zero-day', first: both(holds('zero-day'), datedIn('2023')) },
  {
    query: 'open source software',
    first: holds('open-source', 'software'),
    neverMarked: ['opening'],
  },
  { query: 'vulnerabilty', noResults: { suggestion: 'vulnerability' } },
  { query: 'CBM', topThree: holds('confidence-building measure | CBM') },
  { query: 'CBMs', topThree: holds('confidence-building measure | CBM') },
  { query: 'PoC', topThree: holds('point of contact | PoC') },
  { query: 'PoA', topThree: holds('programme of action | PoA') },
  { query: 'due-diligence', first: holds('due diligence') },
  {
    query: 'programme of action',
    topThree: holds('programme of action | PoA'),
    neverMarked: ['of'],
  },
  // Phrases.
  { query: '"national points of contact"', phrase: 'national points of contact' },
  { query: '"confidence-building measures"', phrase: 'confidence-building measures' },
  { query: '"capacity-building"', phrase: 'capacity-building' },
  // Small words and several words.
  {
    query: 'existing funding mechanisms',
    first: both(isQuestion, holds('existing', 'funding', 'mechanisms')),
  },
  {
    query: 'funding for capacity-building',
    first: holds('funding', 'capacity-building'),
    neverMarked: ['for'],
  },
  {
    query: 'programme of action relationship',
    first: holds('programme of action', 'relationship'),
  },
  {
    query: 'UNIDIR Cyber Policy Portal',
    topThree: holds(
      'UNIDIR | United Nations Institute for Disarmament Research',
      'cyber',
      'policy',
      'portal',
    ),
  },
  {
    query: 'critical infrastructure protection',
    first: holds('critical', 'infrastructure', 'protection'),
  },
  { query: 'legally binding instrument', first: holds('legally', 'binding', 'instrument') },
  {
    query: 'new and emerging technologies',
    first: holds('emerging', 'technologies'),
    neverMarked: ['and'],
  },
  { query: 'needs of developing countries', first: holds('needs', 'developing', 'countries') },
  {
    query: 'gender sensitive capacity building',
    first: holds('gender', 'sensitive', 'capacity-building'),
  },
  { query: 'the role of the chair', first: holds('chair'), neverMarked: ['the', 'of'] },
  // Hyphens, written apart or together, and plurals.
  { query: 'due diligence', first: holds('due diligence') },
  { query: 'zeroday', first: holds('zero-day') },
  { query: 'zero day', first: holds('zero', 'day') },
  { query: 'public-private partnerships', first: holds('public-private partnership') },
  { query: 'public private partnership', first: holds('public-private partnership') },
  { query: 'pre-recorded video statement', first: holds('pre-recorded', 'video', 'statement') },
  { query: 'CERTs', topThree: holds('CERT | Computer Emergency Response Team') },
  { query: 'confidence-building measures', topThree: holds('confidence-building measure | CBM') },
  {
    query: 'United Nations Institute for Disarmament Research',
    topThree: holds('UNIDIR | United Nations Institute for Disarmament Research'),
  },
  // Numbers, years, symbols.
  { query: 'A/77/275', topThree: holds('A/77/275') },
  { query: 'paragraph 11', first: holds('paragraph', '11') },
  { query: '2022 ransomware', first: both(holds('ransomware'), datedIn('2022')) },
  { query: 'COVID-19', first: holds('COVID-19') },
  // Capitals and single words.
  { query: 'CAPACITY-BUILDING FUNDING', first: holds('capacity-building', 'funding') },
  { query: 'Izumi Nakamitsu', first: both(isSlot, holds('Izumi', 'Nakamitsu')) },
  { query: 'webcast', all: holds('webcast') },
  { query: 'UN WebTV', first: holds('WebTV') },
  { query: 'ransomware', all: holds('ransomware') },
  { query: 'stakeholders', all: holds('stakeholder') },
  { query: 'open', all: holds('open'), neverMarked: ['opening'] },
  // Typos and words not in the index.
  { query: 'fundng mechanisms', noResults: { suggestion: 'funding mechanisms' } },
  { query: 'partake', noResults: {} },
  ...sessionRows,
];

describe('ranking: queries as people type them', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await served.browser.newPage());
  });

  test('the table has at least 40 queries, each with a rule', () => {
    expect(rankingTable.length).toBeGreaterThanOrEqual(40);
    for (const row of rankingTable) expect(Object.keys(row).length, row.query).toBeGreaterThan(1);
  });

  test.each(rankingTable)('$query', async (row) => {
    const { status, suggestion, results } = await searchFor(page, row.query);
    const shown = (list: ShownResult[]) => list.map((result) => result.href).join(', ');
    if (row.noResults) {
      expect(status).toMatch(/^No results/);
      expect(results).toEqual([]);
      if (row.noResults.suggestion)
        expect(suggestion).toBe(`Did you mean ${row.noResults.suggestion}?`);
      return;
    }
    expect(results.length, status).toBeGreaterThan(0);
    if (row.first)
      expect(
        row.first.holds(results[0]!),
        `first result ${results[0]!.href} ${row.first.says}`,
      ).toBe(true);
    for (const result of row.topThree ? results.slice(0, 3) : [])
      expect(row.topThree!.holds(result), `${result.href} ${row.topThree!.says}`).toBe(true);
    for (const result of row.all ? results : [])
      expect(row.all!.holds(result), `${result.href} ${row.all!.says}`).toBe(true);
    if (row.phrase) {
      const holding = [
        ...new Set(
          indexed
            .map((record) => record.url.replace(/-(block-\d+|notes)$/, ''))
            .filter((url) => wordPattern(row.phrase!).test(resultText(url))),
        ),
      ];
      // Every match is counted once all result pages are loaded; before that, those loaded so far.
      const sofar = /^(\d+) match(?:es)? on the first \d+ of \d+ pages/.exec(status);
      if (sofar) expect(Number(sofar[1])).toBeLessThanOrEqual(holding.length);
      else expect(status).toMatch(new RegExp(`^${holding.length} match`));
      for (const result of results)
        expect(holding, `shown: ${shown(results)}`).toContain(result.href);
    }
    for (const word of row.neverMarked ?? [])
      expect(
        results.flatMap((result) => result.marked),
        `marked words`,
      ).not.toContain(word);
    // Every result shows what it is, where it is printed, and marks what matched.
    for (const result of results.slice(0, 3)) {
      expect(result.label, result.href).not.toBe('');
      expect(
        result.tags.some((tag) => tag.startsWith('on ')),
        result.href,
      ).toBe(true);
    }
  });

  test('"Did you mean" is one click, and finds what the corrected word finds', async () => {
    const { suggestion } = await searchFor(page, 'vulnerabilty');
    expect(suggestion).toBe('Did you mean vulnerability?');
    const before = (await page.locator('#search-status').textContent()) ?? '';
    await page.locator('#search-suggestion a').click();
    const after = await answer(page, before);
    expect(after.results.length).toBeGreaterThan(0);
    for (const result of after.results)
      expect(holds('vulnerability | vulnerabilities').holds(result), result.href).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('vulnerability');
  });

  test('a query of small words only says so, and finds nothing', async () => {
    const { status, results } = await searchFor(page, 'of the');
    expect(status).toMatch(/^No results for “of the”: it has only small words/);
    expect(results).toEqual([]);
  });

  test('the status counts the matches, and says which small words were left out', async () => {
    const { status, results } = await searchFor(page, 'funding for capacity-building');
    expect(results.length).toBeGreaterThan(1);
    expect(status).toMatch(/^\d+ matches for “funding for capacity-building” \(left out: for\)$/);
    expect(Number(status.split(' ')[0])).toBeGreaterThanOrEqual(results.length);
  });

  test("test of the rules: Pagefind's own sub-results, in its order, break them", async () => {
    await page.goto(`${served.preview.url}search/`);
    const raw = async (query: string) =>
      page.evaluate<{ href: string; marked: string[] }[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(query)});
      const pages = await Promise.all(search.results.map((result) => result.data()));
      return pages.flatMap((page) => page.sub_results).map((sub) => ({ href: sub.url, marked: [...sub.excerpt.matchAll(/<mark>([^<]*)<\\/mark>/g)].map((m) => m[1].toLowerCase()) }));
    })()`);
    const openSource = await raw('open source software');
    expect(
      openSource.flatMap((result) => result.marked).some((word) => word.startsWith('opening')),
    ).toBe(true);
    const first = (await raw('existing funding mechanisms'))[0]!;
    expect(
      holds('existing', 'funding', 'mechanisms').holds({
        ...first,
        label: '',
        tags: [],
        text: resultText(first.href),
      }),
    ).toBe(false);
  });
});

/** A page under the site's CSP that records console errors and refused loads. */
async function searchPage(): Promise<{ page: Page; errors: string[]; refused: string[] }> {
  const { page, errors } = await served.browser.newPage();
  const refused = await enforceCsp(page);
  return { page, errors, refused };
}

const fundingQuestion = site.questions.find((question) =>
  /existing funding mechanisms/i.test(question.text),
)!;
const fundingHref = (() => {
  const location = questionLocation(site, fundingQuestion);
  return `${location.path}#${location.anchor}`;
})();

describe('the search page', () => {
  test('typed words find the question first; its link lands on it by keyboard; the URL follows', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}search/`);
    const input = page.locator('#search-q');
    // The box takes the focus on an empty search page: the reader types at once.
    await expect
      .poll(() => input.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.type('existing funding mechanisms');
    // Results come as the reader types: wait for those of the whole query.
    await page.waitForFunction(() =>
      /^\d+ match.*“existing funding mechanisms”/.test(
        document.getElementById('search-status')?.textContent ?? '',
      ),
    );
    const { results } = await answer(page);
    expect(results[0]!.href).toBe(fundingHref);
    // What it is, its session, date and topic.
    const session = site.sessions.find((candidate) => candidate.id === fundingQuestion.sessionId)!;
    expect(results[0]!.label).toBe(`Guiding question ${fundingQuestion.number}`);
    expect(results[0]!.tags.slice(0, 1)).toEqual([session.name]);
    expect(results[0]!.tags.some((tag) => /\d{4}/.test(tag))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('existing funding mechanisms');
    await page.locator('.search-hit h2 a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === `#${fundingHref.split('#')[1]}`);
    const inView = await page.locator(`#${fundingHref.split('#')[1]}`).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= -1 && box.bottom <= window.innerHeight + 1;
    });
    expect(inView).toBe(true);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each([375, 1280])(
    'has one search box at %i px, and results fit the width',
    async (width) => {
      const { page, errors, refused } = await searchPage();
      await page.setViewportSize({ width, height: 800 });
      await searchFor(page, 'capacity-building');
      const boxes = await page
        .locator('input[type="search"]')
        .evaluateAll(
          (inputs) => inputs.filter((input) => (input as HTMLElement).offsetParent !== null).length,
        );
      expect(boxes).toBe(1);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(refused).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  test('the header search box on any page leads to the search page and its results', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}topics/`);
    await page.locator('header input[name="q"]').fill('zero-day exploits');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=zero-day\+exploits$/);
    const { results } = await answer(page);
    expect(holds('zero-day', 'exploits').holds(results[0]!)).toBe(true);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('opening the page loads nothing of the index; a query loads no filter file and no worker, a filter only its own', async () => {
    const { page, errors } = await searchPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${served.preview.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').fill('capacity-building');
    const first = await answer(page);
    const loaded = requested.filter((path) => path.startsWith('/pagefind/'));
    expect(loaded).toContain('/pagefind/pagefind.js');
    expect(loaded.filter((path) => path.includes('/filter/'))).toEqual([]);
    expect(
      loaded.filter((path) => /pagefind-(ui|worker|component-ui|modular-ui)/.test(path)),
    ).toEqual([]);
    expect(requested).not.toContain('/search/vocabulary.json');
    await page.locator('#search-topic').selectOption('Capacity-building');
    await answer(page, first.status);
    expect(requested.filter((path) => path.includes('/filter/'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test("a filter by session narrows the results to that session and goes into the URL; a result's session filters by it", async () => {
    const { page, errors, refused } = await searchPage();
    const all = await searchFor(page, 'capacity-building');
    const [second, fourth] = site.sessions.map((session) => session.name);
    expect(all.results.some((result) => result.tags.includes(second!))).toBe(true);
    await page.locator('#search-session').selectOption(second!);
    const narrowed = await answer(page, all.status);
    expect(narrowed.status).toContain(`in ${second}`);
    expect(narrowed.results.length).toBeGreaterThan(0);
    for (const result of narrowed.results) expect(result.tags, result.href).toContain(second);
    expect(new URL(page.url()).searchParams.get('session')).toBe(second);
    await searchFor(page, 'capacity-building');
    await page.locator('.search-hit a.search-tag', { hasText: fourth }).first().click();
    const byTag = await answer(page, all.status);
    for (const result of byTag.results) expect(result.tags, result.href).toContain(fourth);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a filter by topic shows no match from another topic, though Pagefind filters whole pages', async () => {
    const { page, errors } = await searchPage();
    const topic = 'Confidence-building measures';
    const { status, results } = await searchFor(page, 'capacity-building', { topic });
    expect(status).toContain(`in ${topic}`);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.tags, result.href).toContain(topic);
    await expect(page.locator('#search-topic').inputValue()).resolves.toBe(topic);
    expect(errors).toEqual([]);
  });

  test('"More results" shows the next ones, focus on the first of them', async () => {
    const { page, errors } = await searchPage();
    const { results } = await searchFor(page, 'capacity-building');
    expect(results).toHaveLength(10);
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(10);
    const focused = await page.evaluate(
      () =>
        document.activeElement?.closest('.search-hit') ===
        document.querySelectorAll('.search-hit')[10],
    );
    expect(focused).toBe(true);
    expect(errors).toEqual([]);
  });

  test.each(['light', 'dark'] as const)(
    'with results and a suggestion has no axe-core violation (%s)',
    async (colorScheme) => {
      const { page, errors, refused } = await searchPage();
      await page.emulateMedia({ colorScheme });
      for (const query of ['confidence-building', 'vulnerabilty']) {
        await searchFor(
          page,
          query,
          query === 'vulnerabilty' ? {} : { topic: 'Confidence-building measures' },
        );
        // axe-core is added as a file the page may not load under the CSP: evaluate its source instead.
        const violations = await axeViolations(page);
        expect(violations, query).toEqual([]);
      }
      expect(refused).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  test('without JavaScript the page says search needs it and points to the guiding questions', async () => {
    const noScript = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await (await noScript.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(`${served.preview.url}search/?q=funding`);
      await expect(page.locator('main').textContent()).resolves.toContain(
        'Search needs JavaScript',
      );
      await expect(
        page.locator('main a', { hasText: 'guiding questions index' }).getAttribute('href'),
      ).resolves.toBe('/questions/');
      expect(await page.locator('.search-hit').count()).toBe(0);
      await page.locator('#search-topic').selectOption('Capacity-building');
      await page.locator('#search-q').fill('funding');
      await page.locator('#search-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=funding&session=&topic=Capacity-building$/);
    } finally {
      await noScript.close();
    }
  });
});

describe('the glossary page', () => {
  test('lists every acronym with its expansion and its source, and passes axe', async () => {
    const { page, errors, refused } = await searchPage();
    await page.goto(`${served.preview.url}glossary/`);
    const entries = await page
      .locator('.glossary-entry')
      .evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    expect(entries).toHaveLength(site.glossary.length);
    site.glossary.forEach((entry, index) => {
      expect(entries[index]).toContain(entry.acronym);
      expect(entries[index]).toContain(entry.expansion);
      expect(entries[index]).toMatch(
        entry.source === 'UN usage' ? /UN usage/ : /printed in the .*line/,
      );
    });
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});
