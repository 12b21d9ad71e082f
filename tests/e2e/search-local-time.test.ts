/**
 * Search results in the reader's time zone (issue 11 point 3), in Chromium against the production
 * build under the shipped Content-Security-Policy: a reader in Tokyo (ja-JP) sees, under each
 * result that has a time, that time in Tokyo, in English on the locale's clock, naming its zone, with the day
 * shift; a reader who chose a zone sees it in that zone; results without a time get nothing; the
 * UTC instants never show raw; new results after a new query get their own times.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { enforceCsp } from '../helpers/csp.ts';
import { startPreview, type Preview } from '../../tools/preview.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const slot = site.slots.find((candidate) => candidate.id === '2023-03-09-1130')!;

let preview: Preview;
let tokyo: TestBrowser;

beforeAll(async () => {
  preview = await startPreview();
  tokyo = await launchBrowser({ timezoneId: 'Asia/Tokyo', locale: 'ja-JP' });
});

afterAll(async () => {
  await tokyo?.close();
  await preview?.stop();
});

/** Every shown result: its link, the UTC instants and zone it carries, its reader's-time line, and whether anything raw is visible. */
async function resultTimes(page: Page, enhanced = true) {
  await page.waitForFunction(() =>
    / match/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  // The enhancement runs when the search script says it added results: wait until every result
  // whose zone differs from the reader's has its line.
  if (enhanced) {
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.search-hit[data-local-time]')].some((hit) =>
        hit.querySelector('.local-time'),
      ),
    );
  }
  return page.locator('.search-hit').evaluateAll((hits) =>
    hits.map((hit) => {
      const [start, end] = [...hit.querySelectorAll('time')].map(
        (time) => time.getAttribute('datetime') ?? undefined,
      );
      return {
        href: hit.querySelector('h2 a')!.getAttribute('href')!,
        start,
        end,
        zone: (hit as HTMLElement).dataset.localTime,
        local: hit.querySelector('.local-time')?.textContent ?? '',
        rawShown: /\d{4}-\d{2}-\d{2}T|America\/New_York/.test((hit as HTMLElement).innerText),
      };
    }),
  );
}

/**
 * A time as the site writes it in a zone: in English, on a 24-hour clock (ja-JP's, the only
 * locale here), two-digit hours, so midnight is 00:00.
 */
function timeIn(zone: string, iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The zone's long English name at an instant, which every full line names. */
function zoneNameIn(zone: string, iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')!.value;
}

/** Checks every result's reader's-time line against its own instants. */
function expectTimesIn(
  results: Awaited<ReturnType<typeof resultTimes>>,
  zone: string,
  label: string,
) {
  expect(results.some((result) => result.start)).toBe(true);
  for (const result of results) {
    expect(result.rawShown, result.href).toBe(false);
    if (!result.start) {
      expect(result.local, result.href).toBe('');
      continue;
    }
    expect(result.zone, result.href).toBe('America/New_York');
    const range =
      timeIn(zone, result.start) + (result.end ? `\u2013${timeIn(zone, result.end)}` : '');
    expect(result.local, result.href).toContain(`, ${range} (${zoneNameIn(zone, result.start)}`);
    expect(result.local.startsWith(`${label}: `), result.href).toBe(true);
  }
}

describe("search results in the reader's time", () => {
  test('a reader in Tokyo sees each timed result in Tokyo time, with the day shift', async () => {
    const { page, errors } = await tokyo.newPage();
    const refused = await enforceCsp(page);
    await page.goto(`${preview.url}search/?q=${encodeURIComponent('existing funding mechanisms')}`);
    const results = await resultTimes(page);
    const first = results[0]!;
    expect(first.href).toBe('/sessions/fourth-session/#q-2023-03-09-1130-1');
    // The result carries the slot's instants from the model.
    expect([first.start, first.end]).toEqual([slot.startUtc, slot.endUtc]);
    // 11.30 a.m. in New York on 9 March 2023 is 1.30 on 10 March in Tokyo.
    expect(first.local).toMatch(/, next day\)$/);
    expectTimesIn(results, 'Asia/Tokyo', 'Your time');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a new query shows the new results' own times; results without a time get none", async () => {
    const { page, errors } = await tokyo.newPage();
    await enforceCsp(page);
    await page.goto(`${preview.url}search/?q=${encodeURIComponent('existing funding mechanisms')}`);
    await resultTimes(page);
    await page.locator('#search-q').fill('UNIDIR Cyber Policy Portal');
    await page.waitForFunction(() =>
      document.querySelector('.search-hit h2 a')?.getAttribute('href')?.includes('summaries'),
    );
    const results = await resultTimes(page);
    // A narrative summary's guiding question (the second session's IV.7, or the same text in a
    // later session's summary) has no time of its own.
    expect(results[0]!.href).toMatch(/^\/sessions\/[^/]+\/summaries\/#q-/);
    expect(results[0]!.local).toBe('');
    expectTimesIn(results, 'Asia/Tokyo', 'Your time');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the zone the reader chose on another page is used', async () => {
    const { page, errors } = await tokyo.newPage();
    await enforceCsp(page);
    await page.addInitScript(() => localStorage.setItem('oewg-time-zone', 'America/Los_Angeles'));
    await page.goto(`${preview.url}search/?q=${encodeURIComponent('existing funding mechanisms')}`);
    expectTimesIn(await resultTimes(page), 'America/Los_Angeles', 'In Los Angeles');
    expect(errors).toEqual([]);
    await page.close();
  });

  test("without the enhancement the check fails: no reader's time (a test of the test)", async () => {
    const { page } = await tokyo.newPage();
    await page.route('**/_astro/LocalTimes.astro*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.goto(`${preview.url}search/?q=${encodeURIComponent('existing funding mechanisms')}`);
    const results = await resultTimes(page, false);
    expect(() => expectTimesIn(results, 'Asia/Tokyo', 'Your time')).toThrow();
    await page.close();
  });
});
