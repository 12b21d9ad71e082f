/**
 * Visible provenance in Chromium, on the production build: an element's source link, named
 * "<document>, lines N–M", lands on the passage of the source document page (the first line at the
 * top of the viewport, highlighted as the target), and the lines of the passage hold the element's
 * own text. One element of each kind: slot, guiding question (in a slot and in a narrative summary),
 * narrative summary, meeting, note, slot note and footnote; and every slot of every session, whose
 * link lands on the line that prints the slot's time (its own first line).
 */
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normaliseForProvenance } from '../../src/domain/content/provenance.ts';
import { sourceStem } from '../../src/domain/content/source-passages.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { sourceName } from '../../src/domain/model/source-names.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { servedSite } from '../helpers/served-site.ts';

const served = servedSite();
const site = loadSite(resolve(join(projectRoot, 'content')), projectRoot);
/** A source link's visible text: the document's name, then its lines. */
const linkText = /^(.+), lines? (\d+)(?:–(\d+))?$/;
/** A link's text without the words only a screen reader hears ("Source: "). */
const visibleName = (text: string): string => text.replace(/^\s*Source:\s*/, '').trim();
/** The name of the document a link to a source page goes to, by its stem. */
const nameOf = (stem: string): string =>
  sourceName(
    site.sessions.find((session) => sourceStem(session.programmeSource.sourceText) === stem)!
      .programmeSource,
  );

/** One element: its page, the element, the selector of its own text inside it, and of its source link. */
interface Case {
  name: string;
  page: string;
  element: string;
  text: string;
  link: string;
}

const cases: Case[] = [
  {
    name: 'slot',
    page: 'sessions/fourth-session/',
    element: '#slot-2023-03-07-1500',
    text: '.focused',
    link: ':scope > .slot-links a.source-link',
  },
  {
    name: 'slot (a repeated heading, found where that slot prints it)',
    page: 'sessions/second-session/',
    element: '#slot-2022-03-30-1500',
    text: '.sub-item',
    link: ':scope > .slot-links a.source-link',
  },
  {
    name: 'question in a slot, printed after a footnote',
    page: 'sessions/fourth-session/',
    element: '#q-2023-03-06-1000-4',
    text: '.question-text',
    link: 'a.source-link',
  },
  {
    name: 'question of a narrative summary',
    page: 'sessions/second-session/summaries/',
    element: '#q-second-session-iv-8',
    text: '.question-text',
    link: 'a.source-link',
  },
  {
    name: 'narrative summary',
    page: 'sessions/second-session/summaries/',
    element: '#summary-second-session-iii',
    text: ':scope > p:not(.see-also)',
    link: '.see-also a.source-link',
  },
  {
    name: 'meeting',
    page: 'sessions/second-session/',
    element: '#meeting-2022-03-18-preparatory-meeting',
    text: 'blockquote',
    link: ':scope > .slot-links a.source-link',
  },
  {
    name: 'note',
    page: 'sessions/second-session/',
    element: '#notes > p:nth-of-type(1)',
    text: ':scope',
    link: 'a.source-link',
  },
  {
    name: 'slot note (printed in the letter, apart from the programme)',
    page: 'sessions/second-session/',
    element: '#slot-2022-03-31-1500 .slot-note',
    text: ':scope',
    link: 'a.source-link',
  },
  {
    name: 'meeting note',
    page: 'sessions/second-session/',
    element: '#meeting-2022-03-18-preparatory-meeting .meeting-note',
    text: ':scope',
    link: 'a.source-link',
  },
  {
    name: 'footnote of a slot',
    page: 'sessions/fourth-session/',
    element: '#slot-2023-03-06-1000-fn-1',
    text: ':scope',
    link: 'a.source-link',
  },
  {
    name: 'footnote of the programme title',
    page: 'sessions/second-session/',
    element: '#programme-fn-1',
    text: ':scope',
    link: 'a.source-link',
  },
];

describe("a source link lands on the passage, and the passage holds the element's text", () => {
  test.each(cases)('$name', async ({ page: path, element, text, link }) => {
    const { page, errors } = await served.browser.newPage();
    await page.goto(`${served.preview.url}${path}`);
    const owner = page.locator(element);
    // The element's own words, without the site's labels and links around them.
    const ownText = await owner
      .locator(text)
      .first()
      .evaluate((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        for (const extra of copy.querySelectorAll(
          '.source-link, .permalink, .fn-ref, .meta, .visually-hidden, .search-filters',
        ))
          extra.remove();
        return copy.textContent ?? '';
      });
    expect(ownText.trim().length).toBeGreaterThan(10);
    const anchor = owner.locator(link).first();
    const [start, end] = (await anchor.getAttribute('data-source-lines'))!
      .split('-')
      .map(Number) as [number, number];
    const named = linkText.exec(visibleName((await anchor.textContent()) ?? ''));
    expect(named, (await anchor.textContent()) ?? '').not.toBeNull();
    expect(named!.slice(2).filter(Boolean).map(Number)).toEqual(
      start === end ? [start] : [start, end],
    );
    // A question's links sit in its slot's list, which the enhancement collapses: open it as a reader would.
    if (!(await anchor.isVisible()))
      await owner.locator('xpath=ancestor::details[1]/summary').click();
    await anchor.click();
    await page.waitForURL(/\/sources\/[a-z0-9-]+\/#line-\d+$/);
    expect(named![1]).toBe(nameOf(/\/sources\/([a-z0-9-]+)\//.exec(page.url())![1]!));
    expect(new URL(page.url()).hash).toBe(`#line-${start}`);
    // Landed: the first line of the passage is the target, at the top of the viewport.
    const target = page.locator(`#line-${start}`);
    await expect(target.evaluate((node) => node.matches(':target'))).resolves.toBe(true);
    const top = await target.evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
    // The passage: the lines from its first to its last hold the element's text.
    const passage = await page.evaluate(
      ([from, to]) => {
        const lines: string[] = [];
        // The lines as read, without the superscript markers the page raises.
        for (let line = from!; line <= to!; line++) {
          const text = document.querySelector(`#line-${line} .line-text`)?.cloneNode(true) as
            HTMLElement | undefined;
          for (const sup of text?.querySelectorAll('sup') ?? []) sup.remove();
          lines.push(text?.textContent ?? '');
        }
        return lines.join('\n');
      },
      [start, end],
    );
    const needle = normaliseForProvenance(ownText);
    const held = normaliseForProvenance(passage);
    expect(
      held.includes(needle) || held.includes(needle.charAt(0).toLowerCase() + needle.slice(1)),
      `${needle}\n---\n${held}`,
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  test.each(site.sessions.map((session) => [session.id, session] as const))(
    "every slot's source link on the %s page lands on the line that prints the slot's time",
    async (_id, session) => {
      const { page, errors } = await served.browser.newPage();
      await page.goto(`${served.preview.url}${paths.session(session.id).slice(1)}`);
      const links = [];
      for (const slot of session.slots) {
        const link = page.locator(`#${slot.anchor} > .slot-links a.source-link`);
        links.push({
          slot,
          href: (await link.getAttribute('href'))!,
          text: visibleName(await link.innerText()),
        });
      }
      // One click as a reader would, then the others by address (the same page: no reload).
      await page.locator(`#${session.slots[0]!.anchor} > .slot-links a.source-link`).click();
      const landed: string[] = [];
      for (const { slot, href, text } of links) {
        await page.goto(new URL(href, page.url()).href);
        const hash = new URL(page.url()).hash;
        const line = await page.locator(`${hash} .line-text`).innerText();
        const named = linkText.exec(text);
        if (
          !named ||
          named[1] !== nameOf(/\/sources\/([a-z0-9-]+)\//.exec(page.url())![1]!) ||
          !normaliseForProvenance(line).startsWith(normaliseForProvenance(slot.timeAsPrinted))
        )
          landed.push(`${slot.id}: "${text}" lands on ${hash}: ${line}`);
      }
      expect(landed).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  test('the check fails when a link points at other lines (a test of the test)', async () => {
    const { page } = await served.browser.newPage();
    await page.goto(`${served.preview.url}sources/chair-letter-2022-03-07/`);
    const elsewhere = await page.evaluate(() =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        .map((line) => document.querySelector(`#line-${line} .line-text`)?.textContent ?? '')
        .join('\n'),
    );
    const question = normaliseForProvenance(
      'What principles should guide the development and operationalisation of a global points of contact directory?',
    );
    expect(normaliseForProvenance(elsewhere).includes(question)).toBe(false);
  });
});
