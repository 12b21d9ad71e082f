/**
 * Issue 23, points 1 and 5, as Geneva, Tokyo and New York readers see them at 375 and 1280 px in
 * light and dark, on the production build: the home page's sentence counts and names what the
 * model holds, the newest session comes first, one search box, no speaker's line quoted, the
 * official documents linked by symbol; on a session page the guiding questions are read without a
 * click, each slot's heading is its strongest line and the sub-item, agenda line and focused
 * discussion are quieter; a search result lands on its question, open; the summaries page is
 * headed in sentence case and keeps the sources' headings word for word. axe (WCAG 2.2 AA) on each.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { homeSessionCardLimit, latestSessions } from '../../src/domain/model/browse.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { axeViolations } from '../../tools/axe.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { servedToReaders, views, type View } from '../helpers/readers.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const served = servedToReaders();
const documentsById = new Map(site.documents.map((document) => [document.id, document]));

/** The sessions the home page shows, newest first (latest by start date). */
const newestFirst = latestSessions(site, homeSessionCardLimit).toSorted((a, b) =>
  b.startDate.localeCompare(a.startDate),
);
/** Every line a speaker says in the programmes: none is the home page's description of the group. */
const speakerLines = [
  ...new Set(
    site.slots.flatMap((slot) =>
      slot.blocks.flatMap((block) => block.speakers.map((speaker) => speaker.text)),
    ),
  ),
];
/** Sessions whose programme prints guiding questions in its slots. */
const sessionsWithSlotQuestions = site.sessions.filter((session) =>
  session.slots.some((slot) => slot.blocks.some((block) => block.questions.length > 0)),
);
/** A few views for the heavier pages: each width and scheme once, each reader at least once. */
const someViews = views.filter((_view, index) => index % 3 === 0);
const named = (view: View) => `${view.name}, ${view.width} px, ${view.colorScheme}`;
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The speaker lines a page's main content quotes (empty when it quotes none). */
async function quotedSpeakerLines(page: Page): Promise<string[]> {
  const main = squash(await page.locator('main').textContent());
  return speakerLines.filter((line) => main.includes(squash(line)));
}

describe.each(views.map((view) => [named(view), view] as const))(
  'the home page (%s)',
  (_, view) => {
    test('one sentence counts what the site holds and each card names its source; newest session first; one search box; the group in the sources’ words; official documents by symbol', async () => {
      const { page, errors } = await served.open(view, '/');
      const holds = page.locator('#site-holds');
      await expect(holds.locator('[data-count="sessions"]').textContent()).resolves.toBe(
        `${site.sessions.length} ${site.sessions.length === 1 ? 'session' : 'sessions'}`,
      );
      // Each card names its session's source and, where given, links its symbol.
      const cards = page.locator('section[aria-labelledby="sessions-title"] li');
      expect(
        await cards.evaluateAll((items) =>
          items.map((item) => {
            const source = item.querySelector<HTMLElement>('[data-source]');
            return [source?.dataset.source, source?.textContent];
          }),
        ),
      ).toEqual(newestFirst.map((session) => [session.id, session.programmeSource.title]));
      expect(
        await cards
          .locator('[data-source] ~ a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual(
        newestFirst
          .filter((session) => session.programmeSource.document)
          .map((session) => documentsById.get(session.programmeSource.document!)!.url),
      );
      expect(squash(await holds.textContent())).toContain(
        'word for word from their sources: each session below names its own.',
      );
      // Newest first, and the newest card whole on the first screen.
      expect(
        await page
          .locator('section[aria-labelledby="sessions-title"] li h3 a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual(newestFirst.map((session) => `/sessions/${session.id}/`));
      const [cardBottom, screen] = await page.evaluate(() => [
        document
          .querySelector('section[aria-labelledby="sessions-title"] li')!
          .getBoundingClientRect().bottom + scrollY,
        innerHeight,
      ]);
      expect(cardBottom).toBeLessThanOrEqual(screen);
      // One search box a reader sees.
      expect(
        await page
          .locator('input[type="search"]')
          .evaluateAll((inputs) => inputs.filter((input) => input.checkVisibility()).length),
      ).toBe(1);
      // The group described by the sources (the mandate's wording), no speaker's line.
      const mandate = site.sessions
        .flatMap((session) => session.notes)
        .find((note) => note.kind === 'mandate')!;
      await expect(
        page.locator('section[aria-labelledby="about-title"] blockquote').textContent(),
      ).resolves.toSatisfy((text: string) => squash(text) === squash(mandate.text));
      expect(await quotedSpeakerLines(page)).toEqual([]);
      // Counts say they are of the sessions this site holds.
      await expect(page.locator('main a[href="/questions/"]').textContent()).resolves.toSatisfy(
        (text: string) =>
          squash(text) ===
          `All ${site.questions.length} guiding questions of the ${site.sessions.length} sessions this site holds`,
      );
      // The official documents, by symbol, at docs.un.org.
      expect(
        await page
          .locator('.official-documents a')
          .evaluateAll((links) =>
            links.map((link) => [link.textContent, link.getAttribute('href')]),
          ),
      ).toEqual(site.documents.map((document) => [document.symbol, document.url]));
      expect(await axeViolations(page, 'wcag22aa')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);

test('the speaker check finds a quoted speaker line (test of the test)', async () => {
  const { page } = await served.open(views[0]!, '/');
  await page.evaluate((line) => {
    const quote = document.createElement('blockquote');
    quote.textContent = line;
    document.querySelector('main')!.append(quote);
  }, speakerLines[0]!);
  expect(await quotedSpeakerLines(page)).toEqual([speakerLines[0]]);
  await page.close();
});

/** Per slot card: its heading's size and weight, and the largest of every other text in the card. */
async function cardTypography(page: Page) {
  return page.locator('article.slot').evaluateAll((slots) =>
    slots.map((slot) => {
      const heading = slot.querySelector('.slot-head :is(h2, h3) .slot-topic')!;
      const style = (element: Element) => getComputedStyle(element);
      // Elements with text of their own, outside the heading.
      const others = [...slot.querySelectorAll('*')].filter(
        (element) =>
          !element.closest('.slot-head :is(h2, h3)') &&
          element.checkVisibility() &&
          [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
          ),
      );
      const quiet = [...slot.querySelectorAll('.agenda-line, .sub-item, .focused')].map((line) => ({
        size: parseFloat(style(line).fontSize),
        weight: Number(style(line).fontWeight),
        italic: style(line).fontStyle === 'italic',
      }));
      const question = slot.querySelector('.question-text');
      return {
        id: slot.id,
        size: parseFloat(style(heading).fontSize),
        weight: Number(style(heading).fontWeight),
        largestOther: Math.max(...others.map((element) => parseFloat(style(element).fontSize))),
        boldestOther: Math.max(...others.map((element) => Number(style(element).fontWeight))),
        quiet,
        questionSize: question ? parseFloat(style(question).fontSize) : undefined,
      };
    }),
  );
}

describe.each(views.map((view) => [named(view), view] as const))(
  'a session page’s slot cards (%s)',
  (_, view) => {
    test.each(sessionsWithSlotQuestions.map((session) => [session.id] as const))(
      '%s: every guiding question is read without a click; the heading is the strongest line of each card; boilerplate is quieter',
      async (sessionId) => {
        const session = site.sessions.find((candidate) => candidate.id === sessionId)!;
        const { page, errors } = await served.open(view, `/sessions/${sessionId}/`);
        const slotQuestions = session.slots.flatMap((slot) =>
          slot.blocks.flatMap((block) => block.questions.map((question) => question.id)),
        );
        expect(
          await page
            .locator('article.slot ol.questions > li')
            .evaluateAll((items) =>
              items.filter((item) => item.checkVisibility()).map((item) => item.id),
            ),
        ).toEqual(slotQuestions);
        for (const card of await cardTypography(page)) {
          expect(card.size, card.id).toBeGreaterThan(card.largestOther);
          expect(card.weight, card.id).toBeGreaterThanOrEqual(card.boldestOther);
          for (const line of card.quiet) {
            expect(line.weight, card.id).toBeLessThanOrEqual(400);
            expect(line.italic, card.id).toBe(false);
            expect(line.size, card.id).toBeLessThan(card.size);
            if (card.questionSize) expect(line.size, card.id).toBeLessThan(card.questionSize);
          }
        }
        if (view.width === 375) {
          // Phone screens (812 px each) above the first slot: the overview, controls and facts.
          const screens = await page.evaluate(
            () =>
              (document.querySelector('article.slot')!.getBoundingClientRect().top + scrollY) /
              innerHeight,
          );
          expect(screens).toBeLessThan(4);
        }
        expect(await axeViolations(page, 'wcag22aa')).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      },
    );
  },
);

test('the heading check catches a sub-item bolder and larger than the heading (test of the test)', async () => {
  const { page } = await served.open(views[0]!, `/sessions/${sessionsWithSlotQuestions[0]!.id}/`);
  // Through the CSSOM: the pages' policy refuses style elements and attributes in markup.
  await page.evaluate(() => {
    document.querySelectorAll<HTMLElement>('.sub-item').forEach((line) => {
      line.style.fontSize = '2rem';
      line.style.fontWeight = '800';
    });
  });
  const cards = (await cardTypography(page)).filter((card) => card.quiet.length > 0);
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.some((card) => card.size <= card.largestOther)).toBe(true);
  await page.close();
});

describe('a search result for a programme question', () => {
  const question = sessionsWithSlotQuestions[0]!.slots
    .flatMap((slot) => slot.blocks.flatMap((block) => block.questions))
    .at(-1)!;
  const href = `/sessions/${question.sessionId}/#${question.id}`;
  // Words of the question as a phrase: its own result is among the first.
  const phrase = question.text
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, '');

  test.each(someViews.map((view) => [named(view), view] as const))(
    'lands on the very question, open, in view (%s)',
    async (_, view) => {
      const { page, errors } = await served.open(
        view,
        `/search/?q=${encodeURIComponent(`"${phrase}"`)}`,
      );
      const result = page.locator(`.search-hit a[href="${href}"]`).first();
      await result.waitFor();
      await result.click();
      await page.waitForURL((url) => url.hash === `#${question.id}`);
      const target = page.locator(`[id="${question.id}"]`);
      await expect(target.isVisible()).resolves.toBe(true);
      const [top, bottom, screen] = await target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [box.top, box.bottom, innerHeight];
      });
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(bottom).toBeLessThanOrEqual(screen + 1);
      // Folded by the reader, the list opens again when a link points into it.
      await page.evaluate((id) => {
        document.getElementById(id)!.closest('details')!.open = false;
        location.hash = '';
        location.hash = `#${id}`;
      }, question.id);
      await expect(target.isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

/** True when a heading reads in sentence case: at most a third of its letters are capitals. */
function sentenceCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = text.replace(/[^\p{Lu}]/gu, '');
  return capitals.length <= letters.length / 3;
}

test('the sentence-case rule refuses the source’s all-capitals title (test of the test)', () => {
  const titled = site.sessions.filter((session) => session.summariesTitle);
  expect(titled.length).toBeGreaterThan(0);
  expect(titled.some((session) => !sentenceCase(session.summariesTitle!))).toBe(true);
});

describe.each(
  site.sessions
    .filter((session) => session.summaries.length > 0)
    .flatMap((session) => someViews.map((view) => [session.id, named(view), view] as const)),
)('the narrative summaries of %s (%s)', (sessionId, _, view) => {
  test('headings in sentence case from stated labels; the sources’ headings kept word for word as text', async () => {
    const session = site.sessions.find((candidate) => candidate.id === sessionId)!;
    const { page, errors } = await served.open(view, `/sessions/${sessionId}/summaries/`);
    const headings = await page.locator('main :is(h1, h2)').allTextContents();
    expect(headings.filter((heading) => !sentenceCase(heading))).toEqual([]);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      `${session.name}: narrative summaries and guiding questions`,
    );
    expect((await page.locator('section.summary h2').allTextContents()).map(squash)).toEqual(
      session.summaries.map(
        (summary) =>
          `${summary.section}. ${site.topics.find((topic) => topic.id === summary.topicId)!.title}`,
      ),
    );
    // The source's title and section headings, as printed, under the headings; quieter than them.
    const printed = (await page.locator('hgroup .source-heading').allTextContents()).map(squash);
    // (The title's footnote marker follows it.)
    expect(printed[0]!.startsWith(squash(session.summariesTitle!))).toBe(true);
    expect(printed.slice(1)).toEqual(session.summaries.map((summary) => squash(summary.heading)));
    const [sourceWeight, headingWeight] = await page.evaluate(() => [
      Number(getComputedStyle(document.querySelector('hgroup .source-heading')!).fontWeight),
      Number(getComputedStyle(document.querySelector('h1')!).fontWeight),
    ]);
    expect(sourceWeight).toBeLessThan(headingWeight);
    expect(await axeViolations(page, 'wcag22aa')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
