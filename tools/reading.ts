/** Reading figures measured in Chromium: keyboard tab stops of a page and pages of a PDF. */
import type { Page } from 'playwright-core';

/** Keyboard tab stops of the page: presses Tab from the top until focus comes back round. */
export async function countTabStops(page: Page, limit = 2000): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen: unknown[] = [];
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab');
    const marker = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      if (!(element as HTMLElement).dataset.tabStop)
        (element as HTMLElement).dataset.tabStop = String(
          document.querySelectorAll('[data-tab-stop]').length,
        );
      return (element as HTMLElement).dataset.tabStop!;
    });
    if (marker === null || seen.includes(marker)) return seen.length;
    seen.push(marker);
  }
  return seen.length;
}

/** Number of pages of a PDF (its `/Type /Page` objects; `/Type /Pages` is the tree, not a page). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
