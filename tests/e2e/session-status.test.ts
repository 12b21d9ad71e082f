/**
 * Past / in progress / upcoming on the session cards of the home page and on the list of all
 * sessions (issue 11 point 6), in Chromium against the production build under a fixed clock: each
 * label equals the state of the session's UTC instants (first slot's start, last slot's end) at
 * that time, as on the session page; without JavaScript there is no label.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/domain/model/model.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { startPreview, type Preview } from '../../tools/preview.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
/** Moments to read the pages at: before both sessions, during the fourth, after both. */
const clocks = ['2022-01-10T12:00:00Z', '2023-03-06T16:00:00Z', '2023-04-01T00:00:00Z'] as const;
/** The pages that list sessions, and where each session's label is. */
const listings = [
  {
    path: '',
    label: (session: Session) =>
      `section[aria-labelledby="sessions-title"] li:has(a[href="/sessions/${session.id}/"]) [data-status]`,
  },
  {
    path: 'sessions/',
    label: (session: Session) => `main li:has(a[href="/sessions/${session.id}/"]) [data-status]`,
  },
];

let preview: Preview;
let browser: TestBrowser;
let noScript: TestBrowser;

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser({ timezoneId: 'Asia/Kolkata', locale: 'en-IN' });
  noScript = await launchBrowser({ timezoneId: 'Asia/Kolkata', javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await noScript?.close();
  await preview?.stop();
});

/** A session's state at `now`, from the model's UTC instants. */
function stateOf(session: Session, now: string): string {
  const at = Date.parse(now);
  if (at < Date.parse(session.slots[0]!.startUtc)) return 'upcoming';
  return at < Date.parse(session.slots.at(-1)!.endUtc) ? 'in progress' : 'past';
}

/** The visible label of every session on a page, by session id. */
async function labelsOn(
  page: Page,
  label: (session: Session) => string,
): Promise<Record<string, string>> {
  const labels: Record<string, string> = {};
  for (const session of site.sessions) {
    const element = page.locator(label(session));
    labels[session.id] = (await element.isVisible()) ? (await element.textContent())!.trim() : '';
  }
  return labels;
}

describe.each(listings)('the sessions on /$path', ({ path, label }) => {
  test.each(clocks)('are labelled from their UTC instants at %s', async (now) => {
    const { page, errors } = await browser.newPage();
    await page.clock.setFixedTime(new Date(now));
    await page.goto(`${preview.url}${path}`);
    const expected = Object.fromEntries(
      site.sessions.map((session) => [session.id, stateOf(session, now)]),
    );
    expect(await labelsOn(page, label)).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('during the fourth session, it is in progress and the second is past', async () => {
    const { page } = await browser.newPage();
    await page.clock.setFixedTime(new Date('2023-03-06T16:00:00Z'));
    await page.goto(`${preview.url}${path}`);
    // The two sessions named; any other session's label is checked by the rule above.
    expect(await labelsOn(page, label)).toMatchObject({
      'second-session': 'past',
      'fourth-session': 'in progress',
    });
    await page.close();
  });

  test('show no label without JavaScript', async () => {
    const { page } = await noScript.newPage();
    await page.goto(`${preview.url}${path}`);
    expect(Object.values(await labelsOn(page, label))).toEqual(site.sessions.map(() => ''));
    await page.close();
  });

  test('a label from the wrong instants is caught (a test of the test)', async () => {
    const { page } = await browser.newPage();
    await page.clock.setFixedTime(new Date(clocks[1]));
    // The page as a careless change would build it: the fourth session's start a year late.
    await page.route(`${preview.url}${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        `data-start="${site.sessions.find((session) => session.id === 'fourth-session')!.slots[0]!.startUtc}"`,
        'data-start="2024-03-06T15:00:00Z"',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${preview.url}${path}`);
    const expected = Object.fromEntries(
      site.sessions.map((session) => [session.id, stateOf(session, clocks[1])]),
    );
    expect(await labelsOn(page, label)).not.toEqual(expected);
    await page.close();
  });
});
