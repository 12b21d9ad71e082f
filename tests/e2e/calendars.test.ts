/**
 * Calendars as readers see them in Chromium on the production build, in Geneva, Tokyo and New York,
 * at 375 px and 1280 px, light and dark: a session page's subscribe line is within its first two
 * screens; every feed address shown has a working "Copy" button; /calendar/ is one table of feeds;
 * axe (WCAG 2.2 AA) finds no violation on the calendar page, a topic page and the home page, and
 * none inside the calendar elements of a session page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { feedTopics } from '../../src/domain/outputs/calendar/events.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { axeViolations } from '../../tools/axe.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { servedToReaders, views } from '../helpers/readers.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const served = servedToReaders();
const phones = views.filter((view) => view.width === 375);
const session = site.sessions.at(-1)!;
const topic = feedTopics(site)[0]!;

/** The calendar elements a page may hold (this part of the site's). */
const calendarElements = '.subscribe-line, .subscribe, .calendar-links, .add-cal, copy-address';

/** Every shown feed address (a field holding an .ics or webcal address) without a visible Copy button. */
async function addressesWithoutCopy(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input')]
      .filter((input) => /\.ics$|^webcal:/.test(input.value))
      .filter((input) => {
        const button = input.closest('copy-address')?.querySelector('button');
        return !button || button.hidden || button.getBoundingClientRect().height < 24;
      })
      .map((input) => input.value),
  );
}

/** axe's violations whose elements lie inside the calendar elements. */
async function calendarViolations(page: Page): Promise<string[]> {
  const lines = await axeViolations(page, 'wcag22aa');
  const inside: string[] = [];
  for (const line of lines) {
    const [rule, targets] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)];
    for (const target of targets.split(', ')) {
      const within = await page.evaluate(
        ([selector, scope]) => Boolean(document.querySelector(selector)?.closest(scope)),
        [target, calendarElements] as const,
      );
      if (within) inside.push(`${rule}: ${target}`);
    }
  }
  return inside;
}

describe.each(views.map((view) => [`${view.name}, ${view.width} px, ${view.colorScheme}`, view]))(
  'session page, %s',
  (_label, view) => {
    test('subscribe within the first two screens, every feed address copyable, no axe violation in the calendar parts', async () => {
      const { page, errors } = await served.open(view, paths.session(session.id));
      const screen = page.viewportSize()!.height;
      const line = page.locator('.subscribe-line');
      await expect(line.isVisible()).resolves.toBe(true);
      const box = (await line.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(2 * screen);
      const subscribe = line.locator('a[href^="webcal:"]');
      await expect(subscribe.getAttribute('href')).resolves.toMatch(
        new RegExp(`${paths.sessionFeed(session.id).replaceAll('.', '\\.')}$`),
      );
      expect((await subscribe.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      // The line's third link leads down to the full box, whose address has its copy button.
      await line.locator('a[href="#subscribe-title"]').click();
      await expect(page.locator('#subscribe-title').isVisible()).resolves.toBe(true);
      await expect(page.locator('aside.subscribe copy-address button').isVisible()).resolves.toBe(
        true,
      );
      expect(await addressesWithoutCopy(page)).toEqual([]);
      expect(await calendarViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);

describe.each(phones.map((view) => [`${view.name}, ${view.colorScheme}`, view]))(
  'at 375 px, %s',
  (_label, view) => {
    test.each([paths.calendar(), paths.topic(topic.id), paths.home()])(
      '%s: every feed address has a visible Copy button; axe finds nothing',
      async (path) => {
        const { page, errors } = await served.open(view, path);
        const fields = await page.locator('input[type="url"]').count();
        expect(fields).toBeGreaterThan(0);
        expect(await addressesWithoutCopy(page)).toEqual([]);
        expect(await axeViolations(page, 'wcag22aa')).toEqual([]);
        // Nothing wider than the phone: the table fits.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          375,
        );
        expect(errors).toEqual([]);
      },
    );
  },
);

test('/calendar/ lists every feed in one table, one row each, and a Copy button copies its address', async () => {
  const view = phones.find((candidate) => candidate.name === 'New York')!;
  const { page, errors } = await served.open(view, paths.calendar());
  const rows = page.locator('#subscribe ~ .feed-table tbody tr:has(input)');
  await expect(rows.count()).resolves.toBe(1 + site.sessions.length + feedTopics(site).length);
  await expect(page.locator('main table').count()).resolves.toBe(1);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(served.preview.url).origin,
  });
  const first = rows.first();
  await first.locator('copy-address button').click();
  // The status is written once the clipboard has taken the text: wait for it rather than race it.
  await first.locator('[role="status"]', { hasText: 'Address copied.' }).waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
    await first.locator('input').inputValue(),
  );
  // Reported: the page's length in phone screens (812 px).
  const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / 812;
  console.log(`/calendar/ at 375 px: ${screens.toFixed(1)} phone screens`);
  expect(errors).toEqual([]);
});
