/**
 * Times that say what they are (issue 23 point 2, and point 5's empty days), as Geneva (fr-CH),
 * Tokyo (ja-JP) and New York (en-US) readers see the fourth session's programme on a phone and a
 * desktop, light and dark, against the production build: each reader's time names its zone and
 * equals the model's instants converted by the browser's Intl, 24-hour or 12-hour as the locale
 * says with midnight as 00:00 (12:00 am), every label in English only, the overview's parts of the
 * day named as New York's and holding New York's mornings, the zone field found by city or zone
 * with its offset and whole at 375 px, print naming whose times it shows, and the topic filter
 * leaving no empty day.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import type { Slot } from '../../src/domain/model/model.ts';
import { axeViolations } from '../../tools/axe.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { readers, servedToReaders, views, type View } from '../helpers/readers.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const fourth = site.sessions.find((session) => session.id === 'fourth-session')!;
const served = servedToReaders();
const path = `/sessions/${fourth.id}/`;
const opened: Page[] = [];

afterEach(async () => {
  // One browser per reader keeps its storage between pages: a zone chosen in a test is forgotten.
  for (const page of opened.splice(0)) {
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
});

/** Opens the fourth session as the view sees it, closed (and its chosen zone forgotten) after the test. */
async function openProgramme(view: View): Promise<{ page: Page; errors: string[] }> {
  const result = await served.open(view, path);
  opened.push(result.page);
  return result;
}

/** Only the interface's language: ASCII with the typographic dashes, quotes and spaces the site uses. */
const englishOnly = /^[\x20-\x7E\u00A0\u2013\u2018\u2019\u201C\u201D\n\t]*$/;

/** A clock time with a one-digit hour and no am/pm ("0:00", "9:30"): never on a 24-hour clock. */
const oneDigitHour = /(?<![\d:])\d:\d\d(?! ?[ap]m)/i;

/** What the reader's time of a slot must be, from the model's UTC instants converted by the page's own Intl. */
interface Expected {
  anchor: string;
  range: string;
  longZone: string;
  shortZone: string;
  nextDay: boolean;
  endsAtMidnight: boolean;
}

/** The expected reader's time of every slot in a zone, 12-hour where `twelveHour`. */
async function expectedTimes(
  page: Page,
  zone: string,
  twelveHour: boolean,
  slots: readonly Slot[],
): Promise<Expected[]> {
  return page.evaluate(
    ({ zone, twelveHour, slots }) => {
      const clock = new Intl.DateTimeFormat(
        'en-GB',
        twelveHour
          ? { timeZone: zone, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }
          : { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
      );
      const name = (style: 'long' | 'short', at: Date) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: style })
          .formatToParts(at)
          .find((part) => part.type === 'timeZoneName')!.value;
      const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
      const hour = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        hourCycle: 'h23',
      });
      return slots.map((slot) => {
        const [start, end] = [new Date(slot.startUtc), new Date(slot.endUtc)];
        return {
          anchor: slot.anchor,
          range: `${clock.format(start)}\u2013${clock.format(end)}`,
          longZone: name('long', start),
          shortZone: name('short', start),
          nextDay: localDate.format(start) > slot.date,
          endsAtMidnight: hour.format(end) === '00',
        };
      });
    },
    {
      zone,
      twelveHour,
      slots: slots.map(({ anchor, startUtc, endUtc, date }) => ({
        anchor,
        startUtc,
        endUtc,
        date,
      })) as Slot[],
    },
  );
}

/** The reader's-time lines of each slot: in its card and at a glance. */
async function shownTimes(page: Page): Promise<Record<string, { card: string; glance: string }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('article.slot')].map((slot) => [
        slot.id,
        {
          card: slot.querySelector('.slot-head .local-time')?.textContent ?? '',
          glance:
            document.querySelector(`#at-a-glance a[href="#${slot.id}"] .local-time`)?.textContent ??
            '',
        },
      ]),
    ),
  );
}

/** Checks every slot's lines against the model's instants in `zone`; returns the lines seen. */
async function expectTimesIn(
  page: Page,
  zone: string,
  twelveHour: boolean,
  label: string,
): Promise<string[]> {
  const expected = await expectedTimes(page, zone, twelveHour, fourth.slots);
  const shown = await shownTimes(page);
  const lines: string[] = [];
  for (const slot of expected) {
    const { card, glance } = shown[slot.anchor]!;
    lines.push(card, glance);
    // "Your time: Tue 7 Mar, 00:00–03:00 (Japan Standard Time, next day)"
    expect(card, slot.anchor).toMatch(new RegExp(`^${label}: \\w{3} \\d{1,2} \\w{3}, `));
    expect(card, slot.anchor).toContain(`, ${slot.range} (${slot.longZone}`);
    expect(card.endsWith(slot.nextDay ? ', next day)' : `${slot.longZone})`), card).toBe(true);
    // At a glance: "00:00–03:00 GMT+9 (next day)".
    expect(glance, slot.anchor).toBe(
      `${slot.range} ${slot.shortZone}${slot.nextDay ? ' (next day)' : ''}`,
    );
    if (slot.endsAtMidnight) expect(card).toContain(twelveHour ? '12:00 am' : '\u201300:00');
  }
  return lines;
}

describe.each(views)('$name, $locale, $width px, $colorScheme', (view) => {
  test("the reader's times name their zone, in English, on the locale's clock; the overview's parts of the day are New York's; print says whose times; axe finds nothing", async () => {
    const { page, errors } = await openProgramme(view);
    const home = view.timezoneId === fourth.timeZone;
    if (home) {
      // The reader's zone is the programme's: no second line, and every time says it is New York's.
      expect(await page.locator('.local-time').count()).toBe(0);
      for (const meta of await page.locator('article.slot .slot-meta').allTextContents())
        expect(meta).toMatch(/^New York time \(UTC\u2212\d\)/);
    } else {
      const lines = await expectTimesIn(page, view.timezoneId, false, 'Your time');
      // The locale's own names of the session's weekdays and months ("lun.", "mars", "月曜日"),
      // where they are not English, never appear: the French of "Your time: mar. 7 mars" is ASCII.
      const localNames = await page.evaluate(
        (dates) =>
          dates.flatMap((date) =>
            (['short', 'long'] as const).flatMap((width) =>
              new Intl.DateTimeFormat(undefined, { weekday: width, month: width, timeZone: 'UTC' })
                .formatToParts(new Date(date))
                .filter((part) => part.type === 'weekday' || part.type === 'month')
                .map((part) => part.value),
            ),
          ),
        fourth.days.map((day) => day.date),
      );
      const english = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mar|Apr)/;
      const foreign = localNames.filter((name) => !english.test(name) && !/^\d+$/.test(name));
      if (view.locale !== 'en-US') expect(foreign.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line).not.toMatch(oneDigitHour);
        expect(line).toMatch(englishOnly);
        for (const name of foreign) expect(line, name).not.toContain(name);
      }
      // Midnight comes up in these zones (a slot ending or starting at 00:00): shown as 00:00.
      expect(lines.some((line) => /(^|\D)00:00/.test(line))).toBe(true);
    }
    // Labels and the zone field in one language.
    for (const text of [
      await page.locator('[data-tz-choice]').innerText(),
      await page.locator('#at-a-glance').innerText(),
    ])
      expect(text).toMatch(englishOnly);

    // The parts of the day are New York's, by name and by content.
    const parts = await page.locator('#at-a-glance td[data-part]').evaluateAll((cells) =>
      cells.map((cell) => ({
        part: cell.getAttribute('data-part')!,
        anchors: [...cell.querySelectorAll('a')].map((link) => link.getAttribute('href')!.slice(1)),
      })),
    );
    for (const { part, anchors } of parts) {
      expect(['New York morning', 'New York afternoon']).toContain(part);
      for (const anchor of anchors) {
        const slot = fourth.slots.find((candidate) => candidate.anchor === anchor)!;
        expect(slot.start < '12:00', anchor).toBe(part === 'New York morning');
      }
    }
    if (view.width === 1280)
      expect(await page.locator('#at-a-glance thead th').allTextContents()).toEqual([
        'Day',
        'New York morning',
        'New York afternoon',
      ]);

    // The zone field: whole on the screen, at least 24 px tall, labelled.
    const field = page.getByLabel('Show times also in (city or zone)');
    const box = (await field.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(view.width);
    await expect(field.isVisible()).resolves.toBe(true);

    expect(await axeViolations(page, 'wcag22aa')).toEqual([]);

    // On paper: the note says whose times these are, and the reader's times stay.
    await page.emulateMedia({ media: 'print' });
    const note = page.locator('.zone-note');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toMatch(
      /Times are New York time\..*the reader’s, in the zone it names/s,
    );
    await expect(page.locator('[data-tz-choice]').isVisible()).resolves.toBe(false);
    if (!home) {
      const printed = page.locator('article.slot .slot-head .local-time').first();
      await expect(printed.isVisible()).resolves.toBe(true);
      await expect(page.locator('#at-a-glance .local-time').first().isVisible()).resolves.toBe(
        true,
      );
    }
    await page.emulateMedia({ media: 'screen' });
    await expect(note.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});

describe.each(readers)('the zone field, $name ($locale)', (reader) => {
  test('finds a zone by city or zone name with its current offset, takes it, and forgets it when emptied', async () => {
    const view = views.find(
      (candidate) => candidate.name === reader.name && candidate.width === 375,
    )!;
    const { page, errors } = await openProgramme(view);
    const field = page.locator('#tz-zone');
    await field.focus();
    const offset = (zone: string) =>
      page.evaluate(
        (zone) =>
          new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' })
            .formatToParts(new Date())
            .find((part) => part.type === 'timeZoneName')!
            .value.replace('GMT', 'UTC'),
        zone,
      );
    const options = await page
      .locator('#tz-zones option')
      .evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
    expect(options).toContain(`Tokyo (Asia/Tokyo, ${await offset('Asia/Tokyo')})`);
    expect(options).toContain(`Zurich, Geneva (Europe/Zurich, ${await offset('Europe/Zurich')})`);
    expect(options.length).toBeGreaterThan(300);
    const twelveHour = reader.locale === 'en-US';
    const stored = () => page.evaluate(() => localStorage.getItem('oewg-time-zone'));

    for (const [typed, zone] of [
      ['Geneva', 'Europe/Zurich'],
      ['tokyo', 'Asia/Tokyo'],
      ['Asia/Tokyo', 'Asia/Tokyo'],
      ['Zurich', 'Europe/Zurich'],
    ] as const) {
      await field.fill(typed);
      await field.press('Enter');
      expect(await stored(), typed).toBe(zone);
      await expect(field.inputValue()).resolves.toContain(`(${zone}, UTC`);
      await expectTimesIn(
        page,
        zone,
        twelveHour,
        `In ${zone === 'Asia/Tokyo' ? 'Tokyo' : 'Zurich'}`,
      );
    }
    // A suggestion picked from the list is taken at once (the input event, no Enter).
    await field.fill(options.find((line) => line.startsWith('Tokyo ('))!);
    expect(await stored()).toBe('Asia/Tokyo');
    // Nothing matches: said, and the choice stays.
    await field.fill('Atlantis');
    await field.press('Enter');
    await expect(page.locator('[data-tz-none]').isVisible()).resolves.toBe(true);
    expect(await stored()).toBe('Asia/Tokyo');
    // New York: the programme's own times only.
    await field.fill('New York');
    await field.press('Enter');
    expect(await stored()).toBe('America/New_York');
    expect(await page.locator('.local-time').count()).toBe(0);
    // Emptied: the browser's zone again.
    await field.fill('');
    await field.press('Enter');
    expect(await stored()).toBe('');
    expect(await page.locator('.local-time').count()).toBe(
      reader.timezoneId === fourth.timeZone ? 0 : 2 * fourth.slots.length,
    );
    // Keyboard: the field is in the tab order, just before the print button.
    await page.locator('[data-print]').focus();
    await page.keyboard.press('Shift+Tab');
    const reached = await page.evaluate(() => document.activeElement?.id === 'tz-zone');
    expect(reached).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the topic filter leaves no empty day', () => {
  // A sub-item that some days of the session do not discuss: filtering by it empties those days.
  const days = fourth.days.map((day) => ({
    date: day.date,
    topics: new Set(day.slots.flatMap((slot) => slot.topicIds)),
  }));
  const topic = [...new Set(fourth.slots.flatMap((slot) => slot.topicIds))].find(
    (candidate) =>
      site.topics.find((known) => known.id === candidate)?.kind === 'sub-item' &&
      days.some((day) => !day.topics.has(candidate)),
  )!;
  const emptied = days.filter((day) => !day.topics.has(topic)).length;

  test.each([375, 1280] as const)(
    '%i px: rows and sections of days without the topic go',
    async (width) => {
      expect(topic).toBeDefined();
      const view = views.find(
        (candidate) => candidate.name === 'Geneva' && candidate.width === width,
      )!;
      const { page, errors } = await openProgramme(view);
      const visibleDays = () =>
        page.evaluate(() => ({
          rows: [...document.querySelectorAll<HTMLElement>('#at-a-glance tbody tr')]
            .filter((row) => row.checkVisibility())
            .map((row) => row.querySelectorAll('li[data-topics]:not([hidden])').length),
          sections: [...document.querySelectorAll<HTMLElement>('section.day')]
            .filter((day) => day.checkVisibility())
            .map((day) => day.querySelectorAll('article.slot:not([hidden])').length),
        }));
      const before = await visibleDays();
      expect(before.rows).toHaveLength(days.length);
      expect(before.sections).toHaveLength(days.length);
      await page.locator('[data-topic-filter] > summary').click();
      await page.locator(`[data-topic-filter] button[data-topic="${topic}"]`).click();
      const after = await visibleDays();
      expect(after.rows).toHaveLength(days.length - emptied);
      expect(after.sections).toHaveLength(days.length - emptied);
      expect(after.rows.every((count) => count > 0)).toBe(true);
      expect(after.sections.every((count) => count > 0)).toBe(true);
      // Off again: every day is back.
      await page.locator(`[data-topic-filter] button[data-topic="${topic}"]`).click();
      expect((await visibleDays()).rows).toHaveLength(days.length);
      expect(errors).toEqual([]);
    },
  );
});
