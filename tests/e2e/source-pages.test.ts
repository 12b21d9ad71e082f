/**
 * Source pages as a journalist reads them, in Chromium on the production build, at a phone's and a
 * desktop's width, light and dark, for every source document of the model: the header names the
 * document (kind, author, date, the programme's symbol linked to docs.un.org where the source gives
 * one); the extraction's marks are shown as what they stand for (no `[..](#)`, `<sup>`, `---` or
 * `**` in the visible text; rules visible, superscripts raised); every line keeps its anchor; line
 * numbers are targets of at least 24 × 24 px; axe (WCAG 2.2 AA) finds nothing.
 */
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceStem } from '../../src/domain/content/source-passages.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { sourceAuthor, sourceKinds, sourceName } from '../../src/domain/model/source-names.ts';
import { officialDocumentUrl, paths } from '../../src/domain/site-paths.ts';
import { longDate } from '../../src/domain/time.ts';
import { axeViolations } from '../../tools/axe.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { servedToReaders, views } from '../helpers/readers.ts';

const site = loadSite(resolve(join(projectRoot, 'content')), projectRoot);
const served = servedToReaders();
/** Each source once, with the metadata of the first session it is the source of. */
const sources = [
  ...new Set(site.sessions.map((session) => session.programmeSource.sourceText)),
].map((source) => ({
  stem: sourceStem(source),
  metadata: site.sessions.find((session) => session.programmeSource.sourceText === source)!
    .programmeSource,
}));
// New York in both widths and both schemes; the page does not depend on the reader's zone or locale.
const seen = views.filter((view) => view.name === 'New York');
const cases = seen.flatMap((view) =>
  sources.map(
    (source) => [`${source.stem} at ${view.width} px, ${view.colorScheme}`, view, source] as const,
  ),
);

describe('a source page names its document and shows its text legibly', () => {
  test.each(cases)('%s', async (_name, view, { stem, metadata }) => {
    const { page, errors } = await served.open(view, paths.source(stem));
    const head = page.locator('header.source-head');
    await expect(head.locator('h1').innerText()).resolves.toBe(sourceName(metadata));
    const facts = (await head.innerText()).replace(/\s+/g, ' ');
    for (const fact of [
      sourceKinds[metadata.kind].long,
      sourceAuthor(metadata),
      longDate(metadata.date),
    ])
      expect(facts).toContain(fact);
    const official = head.locator('a[href^="https://docs.un.org/"]');
    if (metadata.symbol) {
      await expect(official.getAttribute('href')).resolves.toBe(
        officialDocumentUrl(metadata.symbol),
      );
      await expect(official.isVisible()).resolves.toBe(true);
      await expect(official.innerText()).resolves.toBe(metadata.symbol);
    } else await expect(official.count()).resolves.toBe(0);

    // What a reader sees of the page: no mark of the extraction left raw, in the text or around it.
    const shown = await page.locator('main').innerText();
    expect(shown).not.toMatch(/\]\(#\)|<\/?sup>|\*\*|^\s*-{3,}\s*$/m);
    const rules = await page.locator('.line-text.rule').evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return { border: parseFloat(getComputedStyle(node).borderTopWidth), width: box.width };
      }),
    );
    for (const rule of rules) {
      expect(rule.border).toBeGreaterThanOrEqual(1);
      expect(rule.width).toBeGreaterThan(100);
    }
    const sups = await page
      .locator('.line-text sup')
      .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).verticalAlign));
    expect(sups.every((align) => align === 'super')).toBe(true);

    // Line numbers: one per line, each a link to its own line, each at least 24 × 24 px.
    const numbers = await page.locator('ol.source-lines > li').evaluateAll((items) =>
      items.map((item, index) => {
        const link = item.querySelector('a.line-number')!;
        const box = link.getBoundingClientRect();
        return {
          ok: item.id === `line-${index + 1}` && link.getAttribute('href') === `#line-${index + 1}`,
          small: box.width < 24 || box.height < 24,
        };
      }),
    );
    expect(numbers.filter((number) => !number.ok)).toEqual([]);
    expect(numbers.filter((number) => number.small)).toEqual([]);
    // The page fits the width (long lines wrap).
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    // A line's anchor is kept: going to it puts the line at the top as the target.
    const middle = Math.ceil(numbers.length / 2);
    await page.locator(`#line-${middle} a.line-number`).click();
    expect(new URL(page.url()).hash).toBe(`#line-${middle}`);
    const top = await page
      .locator(`#line-${middle}`)
      .evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(100);
    expect(await axeViolations(page, 'wcag22aa')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
