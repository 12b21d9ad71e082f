/**
 * Stored and linked data cannot stop the enhancement (issue 22 point 10): for each bad value a
 * reader's browser may hold or a link may carry (a stored zone that is no zone, markup or 4 MB; a
 * hash or query that is not valid percent-encoding; a page whose times or zones were tampered
 * with), the session page in Chromium against the production build still shows the reader's times,
 * the statuses, now and next, the zone choice, the print button and a working topic filter, with
 * no uncaught error; a stored zone that is no zone is removed and the browser's zone used.
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
// The latest session with a topic filter (more than one sub-item), read under a clock inside it.
const session = site.sessions
  .filter((candidate) => new Set(candidate.slots.flatMap((slot) => slot.topicIds)).size > 1)
  .at(-1)!;
const duringIt = new Date(
  (Date.parse(session.slots[0]!.startUtc) + Date.parse(session.slots[0]!.endUtc)) / 2,
);
/** The key the enhancement remembers the reader's zone under. */
const zoneKey = 'oewg-time-zone';

/** One bad input: a value stored before the page loads, a URL suffix, or a change to the page's markup. */
interface HostileCase {
  name: string;
  stored?: string;
  /** Appended to the page's URL (`?…`, `#…`). */
  suffix?: string;
  /** Rewrites the served HTML. */
  tamper?: (html: string) => string;
  /** A further check of what the page shows. */
  check?: (page: Page) => Promise<void>;
}

const first = session.slots[0]!;
const cases: HostileCase[] = [
  { name: 'a stored zone that is no zone (Invalid/Zone)', stored: 'Invalid/Zone' },
  { name: 'a stored zone that is markup', stored: '<img src=x onerror="document.title=1">' },
  { name: 'a stored zone of 4 MB', stored: `Europe/${'A'.repeat(4 * 1024 * 1024)}` },
  { name: 'a stored zone with path tricks', stored: 'Europe/../../etc/passwd' },
  { name: 'a malformed hash (#%E0%A4%A)', suffix: '#%E0%A4%A' },
  { name: 'a malformed hash on load and then a lone %', suffix: '#%' },
  { name: 'a malformed query (?topic=%E0%A4%A)', suffix: '?topic=%E0%A4%A' },
  {
    name: 'a query naming no topic, with markup',
    suffix: '?topic=%3Cb%3Ex%3C%2Fb%3E&topic=&topic=%',
  },
  { name: 'everything at once', stored: 'Invalid/Zone', suffix: '?topic=%E0%A4%A#%E0%A4%A' },
  {
    name: 'a page whose first slot has a broken instant and a broken zone',
    tamper: (html) =>
      html
        .replace(`datetime="${first.startUtc}"`, 'datetime="not-a-dateZ"')
        .replace(`data-local-time="${session.timeZone}"`, 'data-local-time="Invalid/Zone"'),
  },
  {
    name: 'a page whose session status has broken instants',
    tamper: (html) => html.replace(`data-start="${first.startUtc}"`, 'data-start="soon"'),
    // No state is better than a wrong one.
    check: async (page) =>
      expect(
        await page.locator('.session-status[data-status]').getAttribute('hidden'),
      ).not.toBeNull(),
  },
];

let preview: Preview;
let browser: TestBrowser;

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser({ timezoneId: 'Asia/Tokyo', locale: 'en-GB' });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

/** Opens the session page with the case's input in place; returns the errors seen on the last load. */
async function openWith(page: Page, errors: string[], input: HostileCase): Promise<void> {
  const url = `${preview.url}sessions/${session.id}/`;
  await page.clock.setFixedTime(duringIt);
  // Printing is counted, not done.
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = String(
        Number(document.documentElement.dataset.printed ?? 0) + 1,
      );
    };
  });
  if (input.tamper) {
    const tamper = input.tamper;
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: tamper(await response.text()) });
    });
  }
  // The browser's profile is shared by the cases: each starts from empty storage (set from
  // another page, so that the case's own load is a real one, not a jump to a fragment).
  await page.goto(preview.url);
  await page.evaluate(() => localStorage.clear());
  if (input.stored !== undefined) {
    // Stored for real (a quota error would fail here, not pass quietly).
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [zoneKey, input.stored],
    );
    expect(await page.evaluate((key) => localStorage.getItem(key)?.length, zoneKey)).toBe(
      input.stored.length,
    );
  }
  errors.length = 0;
  await page.goto(`${url}${input.suffix ?? ''}`);
  // Module scripts run after parsing; wait for the last thing the enhancement shows.
  await page.waitForLoadState('load');
}

/** The enhancement's controls that it has shown (their hidden attribute removed). */
async function shownControls(page: Page): Promise<string[]> {
  const controls = ['[data-tz-choice]', '[data-print-row]', '[data-topic-filter]'];
  const shown: string[] = [];
  for (const control of controls)
    if ((await page.locator(control).getAttribute('hidden')) === null) shown.push(control);
  return shown;
}

describe(`the enhancement of /sessions/${session.id}/ survives`, () => {
  test.each(cases)('$name', async (input) => {
    const { page, errors } = await browser.newPage();
    const violations = await enforceCsp(page);
    await openWith(page, errors, input);
    // Reader's times in the browser's zone (Tokyo), beside the New York times.
    const localTimes = await page.locator('article.slot .slot-head .local-time').allTextContents();
    expect(localTimes.length).toBeGreaterThanOrEqual(session.slots.length - 1);
    for (const text of localTimes) expect(text).toMatch(/^Your time: .+\(Japan Standard Time/);
    // Statuses, now and next, the session's state.
    expect(await page.locator('article.slot .slot-head .status').count()).toBeGreaterThanOrEqual(
      session.slots.length - 1,
    );
    await expect(page.locator('[data-now-next]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-now-next]').textContent()).resolves.toMatch(/^(Now|Next): /);
    // Controls shown by the enhancement (CSS keeps their place from the first paint, so the
    // hidden attribute is what tells): the zone field (empty: the browser's zone), print, the filter.
    expect(await shownControls(page)).toEqual([
      '[data-tz-choice]',
      '[data-print-row]',
      '[data-topic-filter]',
    ]);
    await expect(page.locator('[data-tz-input]').inputValue()).resolves.toBe('');
    await page.locator('[data-print]').click();
    await expect(page.evaluate(() => document.documentElement.dataset.printed)).resolves.toBe('1');
    if (input.stored !== undefined)
      expect(await page.evaluate((key) => localStorage.getItem(key), zoneKey)).toBeNull();
    // The filter still filters.
    const topic = (await page
      .locator('[data-topic-filter] button[data-topic]')
      .first()
      .getAttribute('data-topic'))!;
    if (
      !(await page
        .locator('[data-topic-filter]')
        .evaluate((filter: HTMLDetailsElement) => filter.open))
    )
      await page.locator('[data-topic-filter] > summary').click();
    await page.locator(`[data-topic-filter] button[data-topic="${topic}"]`).click();
    const shown = await page
      .locator('article.slot')
      .evaluateAll((slots) => slots.filter((slot) => !slot.closest('[hidden]')).length);
    expect(shown).toBe(session.slots.filter((slot) => slot.topicIds.includes(topic)).length);
    // The zone choice still works and is remembered.
    await page.locator('[data-tz-input]').fill('Los Angeles');
    await page.locator('[data-tz-input]').press('Enter');
    await expect(
      page.locator(`#${session.slots[1]!.anchor} .local-time`).textContent(),
    ).resolves.toMatch(/^In Los Angeles: /);
    expect(await page.evaluate((key) => localStorage.getItem(key), zoneKey)).toBe(
      'America/Los_Angeles',
    );
    await input.check?.(page);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  test('a thrown error is caught by these checks (a test of the test)', async () => {
    const { page, errors } = await browser.newPage();
    await page.route('**/*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'throw new RangeError("Invalid time zone specified")',
      }),
    );
    await openWith(page, errors, { name: 'scripts replaced by a throw' });
    expect(errors.join('\n')).toMatch(/Invalid time zone/);
    expect(await page.locator('.local-time').count()).toBe(0);
    expect(await shownControls(page)).toEqual([]);
    await page.close();
  });
});
