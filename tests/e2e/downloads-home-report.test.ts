/**
 * Downloads people can open, the home page on a phone and the report page, in Chromium on the
 * production build, at 375 px (a phone) and 1280 px (a desktop): the CSV and schedule links are
 * where a reader looks and serve what they promise; the newest session is on the home page's first
 * screen with what the working group is below; the report page shows paragraphs 8 to 13 as one
 * range and 11 on its own, says the text is not reproduced and links to the official document.
 * axe-core finds no violation on these pages at 375 px, light and dark.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { latestSessionLimit } from '../../src/domain/model/browse.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { servedSite } from '../helpers/served-site.ts';
import { axeViolations } from '../../tools/axe.ts';

const widths = [375, 1280] as const;

const served = servedSite();

/** A page of the given width (667 px high on a phone, 800 px on a desktop). */
async function pageAt(width: number): Promise<{ page: Page; errors: string[] }> {
  const opened = await served.browser.newPage();
  await opened.page.setViewportSize({ width, height: width < 600 ? 667 : 800 });
  return opened;
}

/** Fetches a link's target from the page: status, content type and the first bytes. */
async function follow(
  page: Page,
  href: string,
): Promise<{ status: number; type: string; head: number[] }> {
  const response = await page.request.get(new URL(href, page.url()).href);
  return {
    status: response.status(),
    type: response.headers()['content-type'] ?? '',
    head: [...(await response.body()).subarray(0, 3)],
  };
}

describe.each(widths)('downloads at %i px', (width) => {
  test('the questions page links its CSV and JSON; the CSV opens as UTF-8 with a byte-order mark', async () => {
    const { page, errors } = await pageAt(width);
    await page.goto(`${served.preview.url}questions/`);
    const csv = page.locator('main a', { hasText: 'questions.csv' });
    await expect(csv.isVisible()).resolves.toBe(true);
    const target = await follow(page, (await csv.getAttribute('href'))!);
    expect(target).toMatchObject({ status: 200, head: [0xef, 0xbb, 0xbf] });
    expect(target.type).toMatch(/^text\/csv/);
    await expect(
      page.locator('main a', { hasText: 'questions.json' }).getAttribute('href'),
    ).resolves.toBe('/data/questions.json');
    expect(errors).toEqual([]);
  });

  test('a session page offers its conference-app schedules, naming the apps, and the CSV datasets', async () => {
    const { page, errors } = await pageAt(width);
    await page.goto(`${served.preview.url}sessions/fourth-session/`);
    const box = page.locator('aside.downloads');
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(box.textContent()).resolves.toMatch(/Giggity, ConfClerk and EventFahrplan/);
    const hrefs = await box
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([
      '/sessions/fourth-session/slots.csv',
      '/sessions/fourth-session/questions.csv',
      '/sessions/fourth-session/schedule.xml',
      '/sessions/fourth-session/schedule.json',
      '/data/slots.csv',
      '/data/slots.json',
      '/data/questions.csv',
      '/data/questions.json',
      '/data/',
    ]);
    for (const href of hrefs) expect((await follow(page, href!)).status, href!).toBe(200);
    expect(errors).toEqual([]);
  });

  test("the calendar page lists every session's schedules for conference apps", async () => {
    const { page, errors } = await pageAt(width);
    await page.goto(`${served.preview.url}calendar/`);
    const section = page.locator('section[aria-labelledby="conference-apps"]');
    // The page lists the latest sessions' schedules (browse.ts bounds it).
    const { length } = loadSite(join(projectRoot, 'content'), projectRoot).sessions;
    const sessions = Math.min(length, latestSessionLimit);
    await expect(section.locator('a[href$="/schedule.xml"]').count()).resolves.toBe(sessions);
    await expect(section.locator('a[href$="/schedule.json"]').count()).resolves.toBe(sessions);
    await expect(section.textContent()).resolves.toMatch(
      /read by the\s+Giggity, ConfClerk and EventFahrplan apps/,
    );
    expect(errors).toEqual([]);
  });

  test('the footer of every page leads to the open data', async () => {
    const { page, errors } = await pageAt(width);
    await page.goto(`${served.preview.url}topics/`);
    await page.locator('footer a', { hasText: 'Open data' }).click();
    await page.waitForURL(/\/data\/$/);
    await expect(
      page.locator('#dataset-questions a[href="/data/questions.csv"]').count(),
    ).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

/** Top and bottom of the first session card, and where the "about" section starts, in px from the top of the page. */
async function homeLayout(page: Page) {
  return page.evaluate(() => {
    const card = document
      .querySelector('section[aria-labelledby="sessions-title"] li')!
      .getBoundingClientRect();
    const about = document
      .querySelector('section[aria-labelledby="about-title"]')!
      .getBoundingClientRect();
    return {
      cardTop: card.top + scrollY,
      cardBottom: card.bottom + scrollY,
      aboutTop: about.top + scrollY,
      screen: innerHeight,
    };
  });
}

describe.each(widths)('the home page at %i px', (width) => {
  test('shows the newest session whole on the first screen (812 px on a phone) after the sentence on what the site holds; what the working group is follows below', async () => {
    const { page, errors } = await pageAt(width);
    await page.setViewportSize({ width, height: width < 600 ? 812 : 800 });
    await page.goto(served.preview.url);
    const layout = await homeLayout(page);
    expect(layout.cardBottom).toBeLessThanOrEqual(layout.screen);
    expect(layout.aboutTop).toBeGreaterThan(layout.cardBottom);
    await expect(
      page.locator('section[aria-labelledby="about-title"] blockquote').first().textContent(),
    ).resolves.toContain('Chair of the Open-Ended Working Group');
    expect(errors).toEqual([]);
  });
});

test('the home check fails when the sessions come after what the working group is (test of the test)', async () => {
  const { page } = await pageAt(375);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(served.preview.url);
  // The former order: the quotations first, then the sessions.
  await page.evaluate(() => {
    const about = document.querySelector('section[aria-labelledby="about-title"]')!;
    document.querySelector('h1')!.after(about);
  });
  const layout = await homeLayout(page);
  expect(layout.cardBottom).toBeGreaterThan(layout.screen);
});

describe.each(widths)('the report page at %i px', (width) => {
  test('shows paragraphs 8 to 13 as one range, 11 on its own, each with its anchor and back-links', async () => {
    const { page, errors } = await pageAt(width);
    await page.goto(`${served.preview.url}reports/a-77-275/`);
    const range = page.locator('#paras-8-13');
    await expect(range.locator('h2').textContent()).resolves.toBe('Paragraphs 8 to 13');
    await expect(
      range
        .locator('[id^="para-"]:not([id$="-title"])')
        .evaluateAll((elements) => elements.map((element) => element.id)),
    ).resolves.toEqual(['para-8', 'para-9', 'para-10', 'para-11', 'para-12', 'para-13']);
    // One box: paragraph 11, the only one the sources speak of alone.
    await expect(
      range
        .locator('article.paragraph')
        .evaluateAll((elements) => elements.map((element) => element.id)),
    ).resolves.toEqual(['para-11']);
    await expect(page.locator('#para-11 h3').textContent()).resolves.toBe(
      'Paragraph 11: New and emerging technologies',
    );
    // The range's back-links, then 11's own, lead to the citing question.
    await expect(
      range.locator(':scope > .cited-by .back-links a').count(),
    ).resolves.toBeGreaterThan(0);
    await page.locator('#para-11 .back-links a').first().click();
    await page.waitForURL(/\/sessions\/fourth-session\/#q-2023-03-06-1000-1$/);
    expect(errors).toEqual([]);
  });

  test('says plainly that the text is not reproduced and links to the official document', async () => {
    const { page, errors } = await pageAt(width);
    await page.goto(`${served.preview.url}reports/a-77-275/`);
    const notice = page.locator('#not-reproduced');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain(
      'The text of A/77/275 is not reproduced on this site.',
    );
    await expect(
      notice.locator('a', { hasText: 'A/77/275 at docs.un.org' }).getAttribute('href'),
    ).resolves.toBe('https://docs.un.org/en/A/77/275');
    const box = await notice.boundingBox();
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    expect(errors).toEqual([]);
  });
});

describe.each([
  ['home', ''],
  ['report', 'reports/a-77-275/'],
  ['questions', 'questions/'],
  ['open data', 'data/'],
  ['session', 'sessions/second-session/'],
  ['calendar', 'calendar/'],
  ['search', 'search/?q=webcast'],
])('%s page at 375 px', (_name, path) => {
  test.each(['light', 'dark'] as const)('has no axe-core violation (%s)', async (colorScheme) => {
    const { page, errors } = await pageAt(375);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${served.preview.url}${path}`);
    if (path.startsWith('search')) await page.locator('.search-hit h2 a').first().waitFor();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
