/**
 * Reading figures of the session pages, for notes on issues: phone screens (375×740) to the first
 * slot's details and in all, keyboard tab stops per page, and A4 pages printed. Run after
 * `npm run build`: `node scripts/measure-reading.ts`.
 */
import { launchBrowser } from '../tools/browser.ts';
import { startPreview } from '../tools/preview.ts';
import { countPdfPages, countTabStops } from '../tools/reading.ts';

const pages = [
  'sessions/second-session/',
  'sessions/fourth-session/',
  'topics/capacity-building/',
  'calendar/',
];
const preview = await startPreview();
const browser = await launchBrowser({ timezoneId: 'Europe/Zurich' });
try {
  const { page } = await browser.newPage();
  for (const path of pages) {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${preview.url}${path}`);
    const screens = await page.evaluate(() => {
      const slot = document.querySelector('article.slot');
      const top = slot ? slot.getBoundingClientRect().top + window.scrollY : NaN;
      return {
        toFirstSlot: top / window.innerHeight,
        total: document.documentElement.scrollHeight / window.innerHeight,
      };
    });
    const tabStops = await countTabStops(page);
    await page.emulateMedia({ media: 'print' });
    const pdfPages = countPdfPages(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
    console.log(
      `${path}: ${screens.toFirstSlot.toFixed(1)} screens to the first slot, ${screens.total.toFixed(1)} in all; ${tabStops} tab stops; ${pdfPages} A4 pages`,
    );
  }
} finally {
  await browser.close();
  await preview.stop();
}
