/**
 * Keystroke to results on the search page: queries typed key by key, 80 ms apart (a quick typist),
 * with the index already warm; each delay is measured in the page, from the last `input` event to
 * the status line announcing the results of the whole query.
 */
import type { Page } from 'playwright-core';

/** Queries as readers type them: phrases, numbers, acronyms, a typo, hyphens. */
export const keystrokeQueries = [
  'existing funding mechanisms',
  '"points of contact directory"',
  '2023 zero-day',
  'CBMs',
  'vulnerabilty',
  'open source software',
  'capacity-building',
  'due diligence',
  'programme of action',
  'critical infrastructure',
] as const;

/** The delay of one query. */
export interface KeystrokeDelay {
  query: string;
  milliseconds: number;
}

/** Median and slowest of the delays, with each query's. */
export interface KeystrokeMetrics {
  medianMilliseconds: number;
  slowestMilliseconds: number;
  delays: KeystrokeDelay[];
}

/** Waits until the status announces the results of the whole query in the box. */
export function answered(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const query = (document.getElementById('search-q') as HTMLInputElement).value.trim();
    const status = document.getElementById('search-status')?.textContent ?? '';
    return /^(\d+ match|No results)/.test(status) && status.includes(`“${query}”`);
  });
}

/** Types each query into the open /search/ page and measures keystroke to results. */
export async function measureKeystrokes(
  page: Page,
  queries: readonly string[] = keystrokeQueries,
): Promise<KeystrokeMetrics> {
  await page.evaluate(() => {
    const input = document.getElementById('search-q') as HTMLInputElement;
    const status = document.getElementById('search-status')!;
    const times = { lastKey: 0, shown: 0 };
    Object.assign(window, { searchTimes: times });
    input.addEventListener('input', () => {
      times.lastKey = performance.now();
      times.shown = 0;
    });
    new MutationObserver(() => {
      const text = status.textContent ?? '';
      if (/^(\d+ match|No results)/.test(text) && text.includes(`“${input.value.trim()}”`))
        times.shown = performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  // One query first, so the index's chunks and the WebAssembly are loaded before timing.
  await page.locator('#search-q').fill('capacity');
  await answered(page);
  const delays: KeystrokeDelay[] = [];
  for (const query of queries) {
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially(query, { delay: 80 });
    await answered(page);
    delays.push({
      query,
      milliseconds: await page.evaluate(() => {
        const times = (window as unknown as { searchTimes: { lastKey: number; shown: number } })
          .searchTimes;
        return Math.round(times.shown - times.lastKey);
      }),
    });
  }
  const sorted = delays.map((delay) => delay.milliseconds).sort((a, b) => a - b);
  return {
    medianMilliseconds: sorted[Math.floor(sorted.length / 2)] ?? 0,
    slowestMilliseconds: sorted.at(-1) ?? 0,
    delays,
  };
}
