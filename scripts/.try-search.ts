import { launchBrowser } from '/work/wt/search/tests/helpers/browser.ts';
import { startPreview } from '/work/wt/search/tests/helpers/preview.ts';
const queries = process.argv.slice(2);
const preview = await startPreview();
const browser = await launchBrowser();
try {
  const { page, errors } = await browser.newPage();
  for (const q of queries) {
    await page.goto(`${preview.url}search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /^(\d+ match|No results)/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(150);
    const status = await page.locator('#search-status').textContent();
    const sugg = await page.locator('#search-suggestion').evaluate((e) => (e.hidden ? '' : e.textContent));
    const hits = await page.locator('.search-hit').evaluateAll((hs) => hs.slice(0, 4).map((h) => `${h.querySelector('h2 a')?.getAttribute('href')} | ${h.querySelector('h2')?.textContent} | ${[...h.querySelectorAll('.search-tag')].map((t) => t.textContent).join(' / ')}\n      ${h.querySelector('.search-excerpt')?.innerHTML.slice(0, 220)}`));
    console.log(`\n## ${q}\n  ${status} ${sugg}\n  ${hits.join('\n  ')}`);
  }
  console.log('errors', errors);
} finally { await browser.close(); await preview.stop(); }
