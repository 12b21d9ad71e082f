/**
 * Reading the production build in Chromium: a session programme, a citation followed to the report
 * paragraph and back, a topic across sessions, permalinks, accessibility (axe-core) and console.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { topicOf } from '../../src/domain/model/browse.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { compareTopic } from '../../src/domain/model/topic-comparison.ts';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { startPreview, type Preview } from '../../tools/preview.ts';
import { axeViolations } from '../../tools/axe.ts';

/** One page of each type. */
const pageTypes: [string, string][] = [
  ['home', ''],
  ['session', 'sessions/second-session/'],
  ['session with questions', 'sessions/fourth-session/'],
  ['narrative summaries', 'sessions/second-session/summaries/'],
  ['all sessions', 'sessions/'],
  ['topics', 'topics/'],
  ['topic', 'topics/confidence-building-measures/'],
  ['questions', 'questions/'],
  ['report', 'reports/a-77-275/'],
  ['documents', 'documents/'],
  ['search', 'search/'],
  ['calendar', 'calendar/'],
  ['open data', 'data/'],
  ['source document', 'sources/secretariat-note-2023-02-23/'],
];

let preview: Preview;
let browser: TestBrowser;

beforeAll(async () => {
  preview = await startPreview();
  // A viewer in Tokyo: the local-time enhancement must show Tokyo times next to New York times.
  browser = await launchBrowser({ timezoneId: 'Asia/Tokyo' });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

/** True when the element's top edge is inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

describe('reading a session programme', () => {
  test('the second session shows its days, slots, times with offsets, formats and blocks in order', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}sessions/second-session/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Second substantive session');
    expect(await page.locator('section.day > h2').allTextContents()).toEqual([
      'Monday, 28 March 2022',
      'Tuesday, 29 March 2022',
      'Wednesday, 30 March 2022',
      'Thursday, 31 March 2022',
      'Friday, 1 April 2022',
    ]);
    expect(await page.locator('article.slot').count()).toBe(10);
    const wednesdayAfternoon = page.locator('#slot-2022-03-30-1500');
    await expect(wednesdayAfternoon.locator('h3 .slot-when').textContent()).resolves.toBe(
      'Wednesday 30 March 2022, 3 p.m.–6 p.m.',
    );
    await expect(wednesdayAfternoon.locator('h3 .slot-topic').textContent()).resolves.toBe(
      '(f) Confidence-building measures (continued); (g) Capacity-building',
    );
    await expect(wednesdayAfternoon.locator('.slot-meta').textContent()).resolves.toBe(
      'New York time (UTC−4) · In person',
    );
    expect(await wednesdayAfternoon.locator('.sub-item').allTextContents()).toEqual([
      'Confidence-building measures (continued)',
      'Capacity-building',
    ]);
    // 3 p.m. in New York on 30 March 2022 (UTC−4) is 4 a.m. on Thursday in Tokyo (UTC+9).
    // In English, on the locale's clock (en-GB here: 24-hour), the zone named, marked as the next day.
    await expect(wednesdayAfternoon.locator('.local-time').textContent()).resolves.toBe(
      'Your time: Thu 31 Mar, 04:00–07:00 (Japan Standard Time, next day)',
    );
    await expect(page.locator('#slot-2022-03-31-1500 .slot-meta').textContent()).resolves.toContain(
      'Informal meeting, virtual',
    );
    expect(await page.locator('#meetings > ul > li').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  test('the fourth session is on UTC−5 and prints its guiding questions with their slots', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}sessions/fourth-session/`);
    await expect(page.locator('#slot-2023-03-06-1000 .slot-meta').textContent()).resolves.toContain(
      'UTC−5',
    );
    expect(await page.locator('#slot-2023-03-06-1000 ol.questions > li').count()).toBe(4);
    await expect(page.locator('#slot-2023-03-06-1000 .footnotes').textContent()).resolves.toContain(
      'States are strongly encouraged',
    );
    expect(errors).toEqual([]);
  });
});

describe('cross-links', () => {
  test("a question's citation leads to the report paragraph, whose back-link leads to the question", async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}sessions/fourth-session/`);
    // The guiding questions are open: their citations are one click away.
    await page.locator('#q-2023-03-06-1000-1 a', { hasText: 'A/77/275, para. 11' }).click();
    await page.waitForURL(/\/reports\/a-77-275\/#para-11$/);
    expect(await inViewport(page, '#para-11')).toBe(true);
    await page
      .locator('#para-11 .back-links a[href*="/fourth-session/"]', { hasText: 'question 1' })
      .click();
    await page.waitForURL(/\/sessions\/fourth-session\/#q-2023-03-06-1000-1$/);
    expect(await inViewport(page, '#q-2023-03-06-1000-1')).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a topic page lists its latest sessions and links to their slots', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}topics/confidence-building-measures/`);
    const site = loadSite(join(projectRoot, 'content'), projectRoot);
    const { columns, earlier } = compareTopic(site, topicOf(site, 'confidence-building-measures'));
    expect(await page.locator('main section > h2').allTextContents()).toEqual([
      ...columns.map((part) => part.session.name),
      ...(earlier.length > 0 ? ['Earlier sessions'] : []),
    ]);
    const slotLinks = await page
      .locator('main a[href*="#slot-"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const expected = columns.flatMap((part) =>
      part.slots.map(({ slot }) => `/sessions/${part.session.id}/#${slot.anchor}`),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const href of expected) expect(slotLinks, href).toContain(href);
    expect(errors).toEqual([]);
  });

  test.each([
    ['a slot', 'sessions/second-session/', 'slot-2022-04-01-1500'],
    ['a programme question', 'sessions/fourth-session/', 'q-2023-03-10-1130-2'],
    ['a summary question', 'sessions/second-session/summaries/', 'q-second-session-vi-3'],
    ['a report paragraph', 'reports/a-77-275/', 'para-13'],
  ])('the permalink of %s lands on it', async (_kind, path, id) => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${preview.url}${path}#${id}`);
    expect(await inViewport(page, `[id="${id}"]`)).toBe(true);
    await page.goto(`${preview.url}${path}`);
    // A question in a list of guiding questions a reader has folded: open the list first.
    const box = page.locator(`details:has([id="${id}"]) > summary`);
    if ((await box.count()) > 0 && !(await page.locator(`[id="${id}"]`).isVisible()))
      await box.click();
    await page.locator(`[id="${id}"] a.permalink`).first().click();
    await page.waitForURL(new RegExp(`#${id}$`));
    expect(await inViewport(page, `[id="${id}"]`)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe.each(pageTypes)('%s page', (_name, path) => {
  test.each(['light', 'dark'] as const)(
    'has no axe-core violation and no console error (%s)',
    async (colorScheme) => {
      const { page, errors } = await browser.newPage();
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(`${preview.url}${path}`);
      expect(response?.status()).toBe(200);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('is usable 320 px wide: nothing scrolls sideways', async () => {
    const { page } = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${preview.url}${path}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

test('the accessibility check catches a violation (a test of the test)', async () => {
  const { page } = await browser.newPage();
  await page.goto(`${preview.url}sessions/fourth-session/`);
  // Break the page the way a careless change would: an unlabelled field and an image without text.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<input type="text"><img src="data:,">');
  });
  const violations = (await axeViolations(page)).map((line) => line.split(':')[0]);
  expect(violations).toEqual(expect.arrayContaining(['label', 'image-alt']));
  await page.close();
});

test('the 404 page answers 404, helps onwards and has no violation', async () => {
  const { page, errors } = await browser.newPage();
  const response = await page.goto(`${preview.url}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  expect(await page.locator('main a').count()).toBeGreaterThan(5);
  const violations = await axeViolations(page);
  expect(violations).toEqual([]);
  // The browser reports the page's own 404 status; nothing else may fail.
  expect(
    errors.filter((error) => !error.includes('status of 404') || !error.includes('/no-such-page/')),
  ).toEqual([]);
});
