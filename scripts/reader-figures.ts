/**
 * The figures issue 23 asks for before and after, from a built site: on a 375 × 812 phone, how many
 * screens each page is, and on session pages how far down the first slot and the session's
 * subscribe link are; the targets axe's WCAG 2.2 `target-size` rule finds under 24 px per page;
 * keyboard tab stops and printed A4 pages of session, topic and calendar pages; the columns of every
 * CSV and how many of its cells hold JSON. `npm run figures` after a build, or
 * `npx node scripts/reader-figures.ts <dist>`; prints Markdown tables.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { axeRun } from '../tools/axe.ts';
import { launchBrowser } from '../tools/browser.ts';
import { countPdfPages, countTabStops } from '../tools/reading.ts';
import { serveStatic } from '../tools/bench/static-server.ts';

const dist = process.argv[2] ?? 'dist';
const phone = { width: 375, height: 812 };

/** Every file under `folder`, relative to it. */
function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

const all = files(dist).filter((file) => !file.startsWith('dist/'));
const sessions = all
  .filter((file) => /^sessions\/[^/]+\/index\.html$/.test(file) && !/^sessions\/\d{4}\//.test(file))
  .map((file) => file.split('/')[1]!);
const pages = [
  '',
  ...sessions.map((id) => `sessions/${id}/`),
  ...sessions
    .filter((id) => all.includes(`sessions/${id}/summaries/index.html`))
    .map((id) => `sessions/${id}/summaries/`),
  'calendar/',
  'data/',
  'documents/',
  ...all
    .filter((file) => /^sources\/[^/]+\/index\.html$/.test(file))
    .map((file) => file.slice(0, -10)),
  ...all
    .filter((file) => /^topics\/[^/]+\/index\.html$/.test(file))
    .slice(0, 1)
    .map((file) => file.slice(0, -10)),
];

const server = await serveStatic(dist);
const browser = await launchBrowser({
  viewport: phone,
  timezoneId: 'Europe/Zurich',
  locale: 'fr-CH',
});
const rows: string[][] = [];
try {
  for (const path of pages) {
    const { page } = await browser.newPage();
    const response = await page.goto(`${server.origin}/${path}`);
    if (!response?.ok()) {
      rows.push([`/${path}`, `HTTP ${response?.status()}`, '', '', '', '', '']);
      await page.close();
      continue;
    }
    const session = /^sessions\/([^/]+)\/$/.exec(path)?.[1];
    const measured = await page.evaluate((id) => {
      const top = (element: Element | null | undefined) =>
        element ? element.getBoundingClientRect().top + window.scrollY : undefined;
      const feed = id
        ? [...document.querySelectorAll('a[href]')].find((link) =>
            new RegExp(`calendar/sessions/${id}\\.ics$`).test(link.getAttribute('href') ?? ''),
          )
        : undefined;
      return {
        height: document.documentElement.scrollHeight,
        firstSlot: top(document.querySelector('.slot, [id^="slot-"], article[id]')),
        subscribe: top(feed),
      };
    }, session);
    const small = (await axeRun(page, { type: 'rule', values: ['target-size'] })).reduce(
      (sum, violation) => sum + violation.targets.length,
      0,
    );
    // Tabbing through and printing are slow on long pages: the pages people print and tab through.
    let tabStops = '';
    let printed = '';
    if (/^(sessions\/[^/]+|topics\/[^/]+|calendar)\/$/.test(path)) {
      tabStops = String(await countTabStops(page));
      await page.emulateMedia({ media: 'print' });
      printed = String(countPdfPages(await page.pdf({ format: 'A4' })));
      await page.emulateMedia({ media: 'screen' });
    }
    const screens = (pixels: number | undefined) =>
      pixels === undefined ? '' : (pixels / phone.height).toFixed(1);
    rows.push([
      `/${path}`,
      screens(measured.height),
      screens(measured.firstSlot),
      screens(measured.subscribe),
      String(small),
      tabStops,
      printed,
    ]);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  '| Page | Phone screens (375 × 812) | To the first slot | To the session feed | Targets under 24 px (axe) | Tab stops | A4 pages |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('\n| CSV | Columns | Rows | Cells holding JSON | Longest cell |');
console.log('| --- | --- | --- | --- | --- |');
for (const file of all.filter((name) => name.endsWith('.csv')).sort()) {
  const records: string[][] = parse(readFileSync(join(dist, file), 'utf8'), { bom: true });
  const cells = records.slice(1).flat();
  const json = cells.filter((cell) => /^\s*[[{]/.test(cell)).length;
  const longest = Math.max(0, ...cells.map((cell) => cell.length));
  console.log(
    `| /${file} | ${records[0]?.length ?? 0} | ${records.length - 1} | ${json} | ${longest} |`,
  );
}
