/**
 * /data/ as readers see it (issue 23): at 375 and 1280 px, every field table (its details opened)
 * fits its column, and the page has no horizontal scroll.
 */
import { describe, expect, test } from 'vitest';
import { servedToReaders, views } from '../helpers/readers.ts';
import { paths } from '../../src/domain/site-paths.ts';

const served = servedToReaders();
// One reader per width and colour scheme is enough: the tables hold no times.
const shown = views.filter((view) => view.name === 'Geneva');

describe.each(shown.map((view) => [`${view.width}px ${view.colorScheme}`, view] as const))(
  '/data/ at %s',
  (_label, view) => {
    test('no table is wider than its column, the page is not wider than the screen', async () => {
      const { page } = await served.open(view, paths.data());
      const result = await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
        const tables = [...document.querySelectorAll('table')];
        return {
          tables: tables.length,
          overflowing: tables
            .filter((table) => {
              const column =
                table.closest('.table-scroll, details, section') ?? table.parentElement!;
              return table.getBoundingClientRect().width > column.clientWidth + 1;
            })
            .map((table) => table.caption?.textContent ?? '(no caption)'),
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      expect(result.tables).toBeGreaterThan(0);
      expect(result.overflowing).toEqual([]);
      expect(result.pageWidth).toBeLessThanOrEqual(view.width);
      await page.close();
    });
  },
);
