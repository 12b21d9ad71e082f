/**
 * The programme as a timetable (issue 11) and its print layout, in Chromium against the
 * production build: the session at a glance, slot headings, collapsible questions, times in the
 * reader's zone and locale (fr-CH in Zurich, ja-JP in Tokyo, en-US in Los Angeles), the remembered
 * zone choice, no-JavaScript fallbacks, the topic filter, add-to-calendar links checked against
 * the model, past / in progress / next under a fixed clock, topic pages that compare sessions,
 * and the printed fourth-session programme measured from Chromium's PDF.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { topicOf } from '../../src/domain/model/browse.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { slotWhen } from '../../src/domain/model/timetable.ts';
import { compareTopic } from '../../src/domain/model/topic-comparison.ts';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { startPreview, type Preview } from '../../tools/preview.ts';
import { countPdfPages, countTabStops } from '../../tools/reading.ts';
import { axeViolations } from '../../tools/axe.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const fourth = site.sessions.find((session) => session.id === 'fourth-session')!;
const second = site.sessions.find((session) => session.id === 'second-session')!;
const widths = [375, 1280] as const;
const phone = { width: 375, height: 740 };

let preview: Preview;
const browsers: TestBrowser[] = [];

/** A browser in a zone and locale (closed after all tests). */
async function browserIn(
  timezoneId: string,
  locale: string,
  javaScriptEnabled = true,
): Promise<TestBrowser> {
  const browser = await launchBrowser({ timezoneId, locale, javaScriptEnabled });
  browsers.push(browser);
  return browser;
}

beforeAll(async () => {
  preview = await startPreview();
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await preview?.stop();
});

/** The UTC instants a Google or Outlook link states, as ISO strings (`…Z`). */
function linkInstants(link: string): [string, string] {
  const query = new URL(link).searchParams;
  if (query.has('dates')) {
    const iso = (basic: string) =>
      basic.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
    const [start, end] = query.get('dates')!.split('/');
    return [iso(start!), iso(end!)];
  }
  return [query.get('startdt')!, query.get('enddt')!];
}

/** Every add-to-calendar link of each slot on the page, by slot id. */
async function calendarLinksBySlot(page: Page): Promise<Record<string, string[]>> {
  return page
    .locator('article.slot')
    .evaluateAll((slots) =>
      Object.fromEntries(
        slots.map((slot) => [
          slot.id.replace(/^slot-/, ''),
          [...slot.querySelectorAll('.add-cal a[href^="https://"]')].map((link) =>
            link.getAttribute('href')!,
          ),
        ]),
      ),
    );
}

/** Links whose instants differ from the model's slot.startUtc/endUtc (empty when all agree). */
function disagreeingLinks(links: Record<string, string[]>): string[] {
  return Object.entries(links).flatMap(([slotId, hrefs]) => {
    const slot = site.slots.find((candidate) => candidate.id === slotId)!;
    return hrefs
      .filter((href) => linkInstants(href).join('/') !== `${slot.startUtc}/${slot.endUtc}`)
      .map((href) => `${slotId}: ${href}`);
  });
}

describe.each(widths)('a session at a glance, %i px wide', (width) => {
  test.each(['light', 'dark'] as const)(
    'the fourth session opens with every slot at a glance, linked to its details (%s)',
    async (colorScheme) => {
      const browser = await browserIn('America/New_York', 'en-US');
      const { page, errors } = await browser.newPage();
      await page.setViewportSize({ width, height: 740 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${preview.url}sessions/fourth-session/`);
      const entries = page.locator('#at-a-glance li[data-topics] a');
      expect(
        await entries.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual(fourth.slots.map((slot) => `#${slot.anchor}`));
      await expect(entries.first().isVisible()).resolves.toBe(true);
      // Before the details: the overview ends above the first slot.
      const [glanceBottom, firstSlotTop] = await page.evaluate(() => [
        document.getElementById('at-a-glance')!.getBoundingClientRect().bottom,
        document.querySelector('article.slot')!.getBoundingClientRect().top,
      ]);
      expect(glanceBottom).toBeLessThan(firstSlotTop);
      // Each entry: time, then the sub-item with its letter (or the block's own heading).
      await expect(
        page.locator('#at-a-glance a[href="#slot-2023-03-06-1500"]').textContent(),
      ).resolves.toMatch(/^3 p\.m\.–6 p\.m\. \(a\) Rules, norms and principles/);
      await expect(
        page
          .locator('#at-a-glance li:has(a[href="#slot-2023-03-09-1500"]) .glance-format')
          .textContent(),
      ).resolves.toBe('Informal meeting');
      expect(await page.locator('#at-a-glance .glance-format').count()).toBe(1);
      const glanceHeight = await page
        .locator('#at-a-glance')
        .evaluate((element) => element.getBoundingClientRect().height);
      if (width === 375) {
        // About three phone screens at most.
        expect(glanceHeight / 740).toBeLessThanOrEqual(3);
      } else {
        // A grid: days as rows, parts of the day as columns, the table laid out as a table.
        expect(await page.locator('#at-a-glance thead th').allTextContents()).toEqual([
          'Day',
          'New York morning',
          'New York afternoon',
        ]);
        await expect(
          page.locator('#at-a-glance table').evaluate((table) => getComputedStyle(table).display),
        ).resolves.toBe('table');
        expect(await page.locator('#at-a-glance tbody th').allTextContents()).toEqual([
          'Mon 6 March 2023',
          'Tue 7 March 2023',
          'Wed 8 March 2023',
          'Thu 9 March 2023',
          'Fri 10 March 2023',
        ]);
      }
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('slot headings stand on their own; questions are open, and a folded list opens on a link into it', async () => {
    const browser = await browserIn('America/New_York', 'en-US');
    const { page, errors } = await browser.newPage();
    await page.setViewportSize({ width, height: 740 });
    await page.goto(`${preview.url}sessions/fourth-session/`);
    const heading = page.locator('#slot-2023-03-06-1000 h3');
    await expect(heading.locator('.slot-when').textContent()).resolves.toBe(
      'Monday 6 March 2023, 10 a.m.–1 p.m.',
    );
    await expect(heading.locator('.slot-topic').textContent()).resolves.toBe(
      'Opening of the session; Agenda item 3: organization of work; (d) Existing and potential threats',
    );
    // The generic agenda line is secondary: smaller than the block heading, not a heading itself.
    const [lineSize, headingSize] = await page.evaluate(() => [
      parseFloat(
        getComputedStyle(document.querySelector('#slot-2023-03-06-1000 .agenda-line')!).fontSize,
      ),
      parseFloat(getComputedStyle(document.querySelector('#slot-2023-03-06-1000 h4')!).fontSize),
    ]);
    expect(lineSize).toBeLessThan(headingSize);
    expect(
      await page
        .locator('h4', { hasText: 'Agenda item 5: discussions on substantive issues' })
        .count(),
    ).toBe(0);
    // Open (issue 23): the guiding questions, what delegates come for, are read without a click.
    expect(await page.locator('details[data-collapsible]:not([open])').count()).toBe(0);
    await expect(page.locator('#q-2023-03-06-1000-1').isVisible()).resolves.toBe(true);
    // Every slot and question keeps its anchor; a link into a question opens its list.
    for (const slot of fourth.slots)
      expect(await page.locator(`[id="${slot.anchor}"]`).count()).toBe(1);
    for (const question of fourth.questions)
      expect(await page.locator(`[id="${question.id}"]`).count()).toBe(1);
    await page.goto(`${preview.url}sessions/fourth-session/#q-2023-03-10-1130-2`);
    await expect(page.locator('#q-2023-03-10-1130-2').isVisible()).resolves.toBe(true);
    // A reader folds every list; a link into one of them opens it again.
    await page.evaluate(() => {
      document
        .querySelectorAll<HTMLDetailsElement>('details[data-collapsible]')
        .forEach((box) => (box.open = false));
    });
    await expect(page.locator('#q-2023-03-06-1000-3').isVisible()).resolves.toBe(false);
    await page.evaluate(() => {
      location.hash = '#q-2023-03-06-1000-3';
    });
    await expect(page.locator('#q-2023-03-06-1000-3').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Cumulative layout shift of the page's load, from Chromium's layout-shift entries. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

describe('nothing moves when the enhancement runs', () => {
  test.each(widths)(
    'session and topic pages load without layout shift in Tokyo (%i px)',
    async (width) => {
      const browser = await browserIn('Asia/Tokyo', 'ja-JP');
      const { page, errors } = await browser.newPage();
      await page.setViewportSize({ width, height: 800 });
      for (const path of [
        'sessions/fourth-session/',
        'sessions/second-session/',
        'topics/capacity-building/',
        'calendar/',
      ]) {
        await page.goto(`${preview.url}${path}`);
        expect(await page.locator('.local-time').count()).toBeGreaterThan(0);
        expect(await layoutShift(page)).toBeLessThan(0.01);
      }
      // A test of the test: a late banner above the content is a shift.
      await page.goto(`${preview.url}sessions/fourth-session/`);
      // (Its height set through the CSSOM: the pages' own policy refuses style attributes in markup.)
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            setTimeout(() => {
              const banner = document.createElement('p');
              banner.textContent = 'late';
              banner.style.height = '200px';
              document.querySelector('main')!.prepend(banner);
              resolve(null);
            }, 100),
          ),
      );
      expect(await layoutShift(page)).toBeGreaterThan(0.01);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('fewer tab stops, fewer screens', () => {
  test('the fourth session page: open question lists add only their own links to the tab order, fewer than the 102 before with them folded; the first slot follows the overview', async () => {
    const browser = await browserIn('America/New_York', 'en-US');
    const { page } = await browser.newPage();
    await page.setViewportSize(phone);
    await page.goto(`${preview.url}sessions/fourth-session/`);
    const stops = await countTabStops(page);
    // Issue 23 added, on purpose, stops to be reached early or to check a source: the subscribe
    // line under the heading and its Copy button, the session's own CSVs, the notes heading's
    // link to its source. They are counted apart; the rest of the page must not grow.
    const addedStops = await page
      .locator(
        '.subscribe-line a, copy-address button:not([hidden]), aside.downloads a[href$=".csv"][href*="/sessions/"], .notes-origin a',
      )
      .count();
    expect(addedStops).toBeGreaterThan(0);
    // The lists are open (issue 23): their links are tab stops, and folding every list removes
    // exactly those.
    const inLists = await page
      .locator(
        'details.questions-box[open] :is(a[href], button, summary:not(.questions-box > summary))',
      )
      .count();
    expect(inLists).toBeGreaterThanOrEqual(2 * fourth.questions.length);
    await page.evaluate(() =>
      document
        .querySelectorAll('details.questions-box')
        .forEach((list) => list.removeAttribute('open')),
    );
    const folded = await countTabStops(page);
    expect(folded).toBe(stops - inLists);
    // 102 before issue 11's work, with question permalinks in the tab order; the page has since
    // gained a source link (issue 12) and an add-to-calendar menu per slot, and still has fewer.
    expect(folded - addedStops).toBeLessThan(102);
    await page.evaluate(() =>
      document
        .querySelectorAll('details.questions-box')
        .forEach((list) => list.setAttribute('open', '')),
    );
    const screens = await page.evaluate(
      () =>
        (document.querySelector('article.slot')!.getBoundingClientRect().top + window.scrollY) /
        window.innerHeight,
    );
    expect(screens).toBeLessThan(4.5);
    // A test of the test: ten more links are ten more stops.
    await page.evaluate(() =>
      document
        .querySelector('main')!
        .insertAdjacentHTML('afterbegin', '<p>' + '<a href="#">x</a> '.repeat(10) + '</p>'),
    );
    expect(await countTabStops(page)).toBe(stops + 10);
    await page.close();
  });
});

describe("the reader's time", () => {
  test('Zurich, fr-CH: 6 March 2023, 10 a.m. New York shows 16:00 with its zone, in English, in the slot and at a glance', async () => {
    const browser = await browserIn('Europe/Zurich', 'fr-CH');
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}sessions/fourth-session/`);
    const local = await page.locator('#slot-2023-03-06-1000 .local-time').textContent();
    expect(local).toBe('Your time: Mon 6 Mar, 16:00–19:00 (Central European Standard Time)');
    await expect(
      page.locator('#at-a-glance a[href="#slot-2023-03-06-1000"] .local-time').textContent(),
    ).resolves.toBe('16:00–19:00 CET');
    // 24-hour, as the locale has it, and midnight is 00:00; no 12-hour form anywhere.
    await expect(
      page.locator('#at-a-glance a[href="#slot-2023-03-06-1500"] .local-time').textContent(),
    ).resolves.toBe('21:00–00:00 CET');
    expect(await page.locator('.local-time', { hasText: /AM|PM/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Tokyo, ja-JP: a 3 p.m. New York slot shows on the next day, marked', async () => {
    const browser = await browserIn('Asia/Tokyo', 'ja-JP');
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}sessions/fourth-session/`);
    const local = await page.locator('#slot-2023-03-06-1500 .local-time').textContent();
    // In English, on the 24-hour clock ja-JP uses, the zone named and the day shift marked.
    expect(local).toBe('Your time: Tue 7 Mar, 05:00–08:00 (Japan Standard Time, next day)');
    await expect(
      page.locator('#at-a-glance a[href="#slot-2023-03-06-1500"] .local-time').textContent(),
    ).resolves.toBe('05:00–08:00 GMT+9 (next day)');
    // A meeting around the second session with an announced start: 9 a.m. New York is 22:00 in Tokyo.
    await page.goto(`${preview.url}sessions/second-session/`);
    await expect(
      page
        .locator('#meetings > ul > li', { hasText: '18 March 2022' })
        .locator('.local-time')
        .textContent(),
    ).resolves.toMatch(/22:00/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Los Angeles, en-US: 10 a.m. New York is 7:00 am (the locale's 12-hour clock), same day, no marker", async () => {
    const browser = await browserIn('America/Los_Angeles', 'en-US');
    const { page } = await browser.newPage();
    await page.goto(`${preview.url}sessions/fourth-session/`);
    const local = await page.locator('#slot-2023-03-06-1000 .local-time').textContent();
    expect(local).toBe('Your time: Mon 6 Mar, 7:00 am–10:00 am (Pacific Standard Time)');
    await page.close();
  });

  test('a chosen zone is remembered across pages (localStorage), and New York only hides the second time', async () => {
    const browser = await browserIn('Europe/Zurich', 'en-GB');
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}sessions/fourth-session/`);
    // Found by typing a city (the list of every zone is filled when the reader reaches for it).
    await page.locator('[data-tz-input]').fill('Singapore');
    await page.locator('[data-tz-input]').press('Enter');
    await expect(page.locator('#slot-2023-03-06-1000 .local-time').textContent()).resolves.toBe(
      'In Singapore: Mon 6 Mar, 23:00–02:00 (Singapore Standard Time)',
    );
    await page.goto(`${preview.url}topics/threats/`);
    await expect(page.locator('[data-tz-input]').inputValue()).resolves.toBe(
      'Singapore (Asia/Singapore, UTC+8)',
    );
    await expect(
      page
        .locator('li', { hasText: 'Monday 6 March 2023' })
        .locator('.local-time')
        .first()
        .textContent(),
    ).resolves.toMatch(/^In Singapore: Mon 6 Mar, 23:00–02:00/);
    await page.goto(`${preview.url}calendar/`);
    await expect(page.locator('.local-time').first().textContent()).resolves.toMatch(
      /^In Singapore: /,
    );
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.locator('[data-tz-input]').fill('New York');
    await page.locator('[data-tz-input]').press('Enter');
    expect(await page.locator('.local-time').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without JavaScript every time is in New York time with its offset, and no control shows', async () => {
    const browser = await browserIn('Asia/Tokyo', 'ja-JP', false);
    const { page } = await browser.newPage();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${preview.url}sessions/fourth-session/`);
      await expect(page.locator('#slot-2023-03-06-1500 .slot-when').textContent()).resolves.toBe(
        'Monday 6 March 2023, 3 p.m.–6 p.m.',
      );
      await expect(
        page.locator('#slot-2023-03-06-1500 .slot-meta').textContent(),
      ).resolves.toContain('New York time (UTC−5)');
      expect(await page.locator('.local-time').count()).toBe(0);
      for (const hidden of ['[data-tz-choice]', '[data-print]', '[data-topic-filter]'])
        await expect(page.locator(hidden).isVisible()).resolves.toBe(false);
      // Questions are open and every calendar link is a plain link in the page.
      expect(await page.locator('details[data-collapsible]:not([open])').count()).toBe(0);
      await expect(page.locator('#q-2023-03-06-1000-1').isVisible()).resolves.toBe(true);
      expect(disagreeingLinks(await calendarLinksBySlot(page))).toEqual([]);
    }
    await page.close();
  });
});

describe('filter by topic', () => {
  test.each(widths)(
    'toggles show only the chosen sub-items, in the overview too, and the URL shares it (%i px)',
    async (width) => {
      const browser = await browserIn('America/New_York', 'en-US');
      const { page, errors } = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${preview.url}sessions/fourth-session/`);
      // One tab stop until opened: the toggles sit in a disclosure.
      await expect(
        page.locator('[data-topic-filter] button[data-topic="threats"]').isVisible(),
      ).resolves.toBe(false);
      await page.locator('[data-topic-filter] > summary').click();
      await page.locator('[data-topic-filter] button[data-topic="threats"]').click();
      const threatSlots = fourth.slots
        .filter((slot) => slot.topicIds.includes('threats'))
        .map((slot) => slot.anchor);
      const visibleSlots = () =>
        page
          .locator('article.slot')
          .evaluateAll((slots) =>
            slots.filter((slot) => !slot.closest('[hidden]')).map((slot) => slot.id),
          );
      expect(await visibleSlots()).toEqual(threatSlots);
      const visibleEntries = () =>
        page
          .locator('#at-a-glance li[data-topics]:not([hidden]) a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
      expect(await visibleEntries()).toEqual(threatSlots);
      expect(new URL(page.url()).searchParams.getAll('topic')).toEqual(['threats']);
      await page.locator('[data-topic-filter] button[data-topic="capacity-building"]').click();
      const both = fourth.slots
        .filter((slot) =>
          slot.topicIds.some((topic) => ['threats', 'capacity-building'].includes(topic)),
        )
        .map((slot) => slot.anchor);
      expect(await visibleSlots()).toEqual(both);
      // The shared URL opens the same view.
      const shared = page.url();
      const { page: other } = await browser.newPage();
      await other.goto(shared);
      expect(
        await other
          .locator('article.slot')
          .evaluateAll((slots) =>
            slots.filter((slot) => !slot.closest('[hidden]')).map((slot) => slot.id),
          ),
      ).toEqual(both);
      await expect(other.locator('[data-filter-status]').textContent()).resolves.toBe(
        `Showing ${both.length} of ${fourth.slots.length} slots.`,
      );
      await expect(
        other.locator('button[data-topic="threats"]').getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await expect(other.locator('button[data-topic="threats"]').isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await other.close();
      await page.close();
    },
  );
});

describe('one click into any calendar', () => {
  test.each([['second-session'], ['fourth-session']])(
    'every Google and Outlook link of %s carries the slot’s UTC instants from the model',
    async (sessionId) => {
      const browser = await browserIn('America/New_York', 'en-US');
      const { page } = await browser.newPage();
      await page.goto(`${preview.url}sessions/${sessionId}/`);
      const links = await calendarLinksBySlot(page);
      const session = site.sessions.find((candidate) => candidate.id === sessionId)!;
      expect(Object.keys(links)).toEqual(session.slots.map((slot) => slot.id));
      for (const hrefs of Object.values(links)) {
        expect(hrefs.map((href) => new URL(href).host)).toEqual([
          'calendar.google.com',
          'outlook.live.com',
          'outlook.office.com',
        ]);
      }
      expect(disagreeingLinks(links)).toEqual([]);
      // A test of the test: a link an hour off is reported.
      const [firstId, firstLinks] = Object.entries(links)[0]!;
      const shiftedUrl = new URL(firstLinks[0]!);
      shiftedUrl.searchParams.set(
        'dates',
        shiftedUrl.searchParams
          .get('dates')!
          .replace(
            /T(\d{2})/,
            (_match, hour: string) => `T${String(Number(hour) + 1).padStart(2, '0')}`,
          ),
      );
      const shifted = shiftedUrl.toString();
      expect(disagreeingLinks({ [firstId]: [shifted] })).toHaveLength(1);
      // The .ics download of each slot stays beside them.
      expect(await page.locator('article.slot .add-cal a[href$=".ics"]').count()).toBe(
        session.slots.length,
      );
      await page.close();
    },
  );

  test('meetings around a session: a start without an end stays timed (zero length), its own .ics, "end not announced" once', async () => {
    const browser = await browserIn('America/New_York', 'en-US');
    const { page } = await browser.newPage();
    await page.goto(`${preview.url}sessions/second-session/`);
    const meeting = page.locator('#meetings > ul > li', { hasText: '18 March 2022' });
    await expect(meeting.locator('.add-cal summary').textContent()).resolves.not.toContain(
      'whole day',
    );
    const google = new URL(
      (await meeting.locator('a[href^="https://calendar.google.com"]').getAttribute('href'))!,
    );
    expect(google.searchParams.get('dates')).toBe('20220318T130000Z/20220318T130000Z');
    expect(google.searchParams.get('text')!.split('end not announced')).toHaveLength(2);
    await expect(meeting.locator('.add-cal a[href$=".ics"]').getAttribute('href')).resolves.toBe(
      '/calendar/meetings/2022-03-18-preparatory-meeting.ics',
    );
    expect(await page.locator('#meetings .add-cal').count()).toBe(second.meetings.length);
    await page.close();
  });
});

describe('past, in progress, upcoming', () => {
  test.each(widths)(
    'during the session its page says what is on now and next (%i px)',
    async (width) => {
      const browser = await browserIn('Europe/Zurich', 'en-GB');
      const { page, errors } = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      // 6 March 2023, 11 a.m. New York: the opening slot is on; the afternoon slot is next.
      await page.clock.setFixedTime(new Date('2023-03-06T16:00:00Z'));
      await page.goto(`${preview.url}sessions/fourth-session/`);
      await expect(page.locator('[data-now-next]').textContent()).resolves.toBe(
        'Now: Monday 6 March 2023, 10 a.m.–1 p.m.. Next: Monday 6 March 2023, 3 p.m.–6 p.m.. ',
      );
      await expect(page.locator('[data-now-next]').isVisible()).resolves.toBe(true);
      await expect(page.locator('#slot-2023-03-06-1000').getAttribute('data-state')).resolves.toBe(
        'in progress',
      );
      await expect(page.locator('#slot-2023-03-06-1000 .status').textContent()).resolves.toBe(
        'in progress',
      );
      await expect(page.locator('#slot-2023-03-10-1500').getAttribute('data-state')).resolves.toBe(
        'upcoming',
      );
      await expect(page.locator('[data-status]').textContent()).resolves.toBe(
        'This session: in progress',
      );
      await page.close();
      // After the session: everything is past and there is no "now".
      const { page: later } = await browser.newPage();
      await later.clock.setFixedTime(new Date('2023-04-01T00:00:00Z'));
      await later.goto(`${preview.url}sessions/fourth-session/`);
      await expect(later.locator('[data-now-next]').isVisible()).resolves.toBe(false);
      expect(await later.locator('article.slot[data-state="past"]').count()).toBe(
        fourth.slots.length,
      );
      await expect(later.locator('[data-status]').textContent()).resolves.toBe(
        'This session: past',
      );
      await later.close();
      expect(errors).toEqual([]);
    },
  );
});

describe('topic pages compare sessions', () => {
  test.each(widths)(
    'capacity-building: one column per latest session, each related block with its reason (%i px)',
    async (width) => {
      const browser = await browserIn('Europe/Zurich', 'fr-CH');
      const { page, errors } = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${preview.url}topics/capacity-building/`);
      // The columns the model says (the latest sessions that discuss the topic, oldest first).
      const { columns: parts } = compareTopic(site, topicOf(site, 'capacity-building'));
      const columns = page.locator('.compare > section');
      expect(await columns.locator('h2').allTextContents()).toEqual(
        parts.map((part) => part.session.name),
      );
      expect(parts.length).toBeGreaterThan(1);
      const boxes = await columns.evaluateAll((sections) =>
        sections
          .map((section) => section.getBoundingClientRect())
          .map((box) => ({ top: box.top, left: box.left })),
      );
      for (const [index, box] of boxes.entries()) {
        if (index === 0) continue;
        if (width === 1280) {
          expect(box.top).toBe(boxes[0]!.top);
          expect(box.left).toBeGreaterThan(boxes[index - 1]!.left);
        } else {
          expect(box.top).toBeGreaterThan(boxes[index - 1]!.top);
          expect(box.left).toBe(boxes[0]!.left);
        }
      }
      // Every related block with its reason and a link to its slot (the 2023 stakeholder segment's
      // focused discussion names "capacity-building").
      expect(parts.flatMap((part) => part.related).length).toBeGreaterThan(0);
      for (const part of parts) {
        for (const entry of part.related) {
          const href = `/sessions/${part.session.id}/#${entry.slot.anchor}`;
          const related = page
            .locator(`#${part.session.id} li`, { hasText: `Why related: ${entry.reason}.` })
            .filter({ has: page.locator(`a[href="${href}"]`) });
          await expect(related.count(), href).resolves.toBe(1);
        }
      }
      // Slots in the reader's time, as on the session pages.
      const latest = parts.at(-1)!;
      const { slot } = latest.slots[0]!;
      const zurich = (utc: string) =>
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Zurich',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(new Date(utc));
      await expect(
        page
          .locator(`#${latest.session.id} li`, { hasText: slotWhen(slot).split('–')[0]! })
          .locator('.local-time')
          .first()
          .textContent(),
      ).resolves.toContain(`${zurich(slot.startUtc)}–${zurich(slot.endUtc)}`);
      for (const part of parts)
        expect(await page.locator(`#${part.session.id} ol.questions > li`).count()).toBe(
          part.session.questions.filter((question) => question.topicId === 'capacity-building')
            .length,
        );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('print', () => {
  test('the printed fourth-session programme opens with the overview, keeps every verbatim text and takes at most 4 A4 pages', async () => {
    const browser = await browserIn('America/New_York', 'en-US');
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}sessions/fourth-session/`);
    await page.emulateMedia({ media: 'print' });
    // The overview is the first content after the title, the dates and the note saying whose times these are.
    const firstBlocks = await page.evaluate(() =>
      [...document.querySelectorAll('main > *')]
        .filter((element) => element.checkVisibility())
        .slice(0, 4)
        .map((element) => element.id || element.tagName.toLowerCase()),
    );
    expect(firstBlocks).toEqual(['h1', 'p', 'time-controls', 'at-a-glance']);
    await expect(page.locator('.zone-note').textContent()).resolves.toContain(
      'Times are New York time.',
    );
    // No empty placeholder line in print for a reader whose zone is New York's (no second time shown).
    expect(
      await page
        .locator('#slot-2023-03-06-1000 .slot-head')
        .evaluate((element) => getComputedStyle(element, '::after').display),
    ).toBe('none');
    // Every verbatim text of the programme is visible in print: questions opened, nothing hidden.
    const hiddenVerbatim = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'article.slot .question-text, article.slot .focused, article.slot .sub-item, article.slot .agenda-line, article.slot h4, article.slot .speakers li, article.slot .items li, article.slot .footnotes li',
        ),
      ]
        .filter((element) => !element.checkVisibility())
        .map((element) => element.textContent),
    );
    expect(hiddenVerbatim).toEqual([]);
    expect(await page.locator('article.slot .question-text').count()).toBe(fourth.questions.length);
    const pages = countPdfPages(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the page counter counts pages (a test of the test)', async () => {
    const browser = await browserIn('America/New_York', 'en-US');
    const { page } = await browser.newPage();
    await page.setContent(
      '<p>one</p><p style="break-before: page">two</p><p style="break-before: page">three</p>',
    );
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(3);
    await page.close();
  });

  test.each([['sessions/fourth-session/'], ['topics/threats/']])(
    '%s has a print button that prints',
    async (path) => {
      const browser = await browserIn('America/New_York', 'en-US');
      const { page, errors } = await browser.newPage();
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.goto(`${preview.url}${path}`);
      const button = page.getByRole('button', { name: 'Print this page' });
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
