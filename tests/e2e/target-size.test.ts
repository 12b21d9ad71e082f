/**
 * WCAG 2.2's target size (2.5.8, 24 × 24 CSS px) on a phone: on each page type at 375 px, every
 * visible link and control that does not sit inside a sentence has a bounding box at least
 * 24 px tall and 24 px wide. A link inside running text is exempt (WCAG's inline exception; axe's
 * `target-size` rule, run by every axe check, covers its spacing). The source pages' line numbers
 * are another change's and are left out here.
 */
import { describe, expect, test } from 'vitest';
import { servedToReaders, views } from '../helpers/readers.ts';

const pageTypes = [
  '/',
  '/sessions/second-session/',
  '/sessions/fourth-session/',
  '/sessions/second-session/summaries/',
  '/topics/',
  '/topics/capacity-building/',
  '/questions/',
  '/questions/second-session/',
  '/reports/a-77-275/',
  '/documents/',
  '/calendar/',
  '/data/',
  '/glossary/',
  '/search/?q=funding',
  '/sources/chair-letter-2022-03-07/',
  '/404.html',
];

const phone = views.find((view) => view.width === 375 && view.name.includes('New York'))!;
const site = servedToReaders();

/** Targets under 24 × 24 px, described as `tag.class "text" w×h`. */
async function smallTargets(path: string): Promise<string[]> {
  const { page } = await site.open(phone, path);
  // The enhancements (zone picker, filters, search results) are in place before measuring.
  await page.waitForLoadState('networkidle');
  const small = await page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    /** Whether a link sits in running text: its block has other text on the same line. */
    const inSentence = (element: Element): boolean => {
      if (element.tagName !== 'A') return false;
      const parent = element.parentElement;
      if (!parent || getComputedStyle(element).display !== 'inline') return false;
      const own = (element.textContent ?? '').trim();
      const around = (parent.textContent ?? '').replace(own, '').trim();
      return /[\p{L}\p{N}]{2,}/u.test(around) && !element.matches('.fn-ref');
    };
    return [...document.querySelectorAll(selector)]
      .filter((element) => !element.closest('.source-lines, [hidden], .visually-hidden'))
      .filter((element) => !element.matches('.skip-link'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ element }) => getComputedStyle(element).visibility !== 'hidden')
      .filter(({ element }) => !inSentence(element))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
  await page.close();
  return small;
}

describe('targets of at least 24 × 24 px at 375 px', () => {
  test.each(pageTypes)('%s has no link or control under 24 px', async (path) => {
    const small = await smallTargets(path);
    if (process.env.OEWG_TARGET_COUNTS) console.log(`targets<24 ${path} ${small.length}`);
    expect(small).toEqual([]);
  });
});
