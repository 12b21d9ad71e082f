/**
 * Screenshots of every page type at phone and desktop widths, light and dark, for a person to look
 * at (not committed): `node scripts/screenshots.ts [outDir=/tmp/screens]` after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tools/browser.ts';
import { startPreview } from '../tools/preview.ts';

const out = process.argv[2] ?? '/tmp/screens';
const pages: [string, string][] = [
  ['home', ''],
  ['session', 'sessions/second-session/'],
  ['session4', 'sessions/fourth-session/'],
  ['summaries', 'sessions/second-session/summaries/'],
  ['topics', 'topics/'],
  ['topic', 'topics/confidence-building-measures/'],
  ['questions', 'questions/'],
  ['report', 'reports/a-77-275/'],
  ['documents', 'documents/'],
  ['notfound', 'no-such-page/'],
];
const widths: [string, number][] = [
  ['phone', 375],
  ['desktop', 1280],
];
const full = process.env.FULL_PAGE === '1';

mkdirSync(out, { recursive: true });
const preview = await startPreview();
const browser = await launchBrowser({ timezoneId: 'Europe/Berlin' });
try {
  const { page, errors } = await browser.newPage();
  for (const [name, path] of pages) {
    for (const [widthName, width] of widths) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: widthName === 'phone' ? 740 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${preview.url}${path}`);
        await page.screenshot({
          path: join(out, `${name}-${widthName}-${scheme}.png`),
          fullPage: full,
        });
      }
    }
  }
  // Close-ups of elements a reader looks at most.
  const elements: [string, string, string][] = [
    ['slot-two-blocks', 'sessions/second-session/', '#slot-2022-03-30-1500'],
    ['slot-questions', 'sessions/fourth-session/', '#slot-2023-03-06-1000'],
    ['paragraph', 'reports/a-77-275/', '#para-11'],
  ];
  for (const [name, path, selector] of elements) {
    for (const [widthName, width] of widths) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${preview.url}${path}`);
        await page
          .locator(selector)
          .screenshot({ path: join(out, `${name}-${widthName}-${scheme}.png`) });
      }
    }
  }
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(`${preview.url}sessions/fourth-session/`);
  await page.pdf({ path: join(out, 'session-print.pdf'), format: 'A4' });
  console.log(
    `screenshots in ${out}; console errors: ${errors.length ? errors.join('\n') : 'none'}`,
  );
} finally {
  await browser.close();
  await preview.stop();
}
