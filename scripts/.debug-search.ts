import { launchBrowser } from '/work/wt/search/tests/helpers/browser.ts';
import { startPreview } from '/work/wt/search/tests/helpers/preview.ts';
const preview = await startPreview();
const browser = await launchBrowser();
try {
  const { page } = await browser.newPage();
  await page.goto(`${preview.url}search/`);
  console.log(await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ noWorker: true });
    const out = [];
    for (const key of ${JSON.stringify(process.argv.slice(2))}) {
      const r = await pf.search('"' + key + '"');
      for (const res of r.results) {
        const d = await res.data();
        const words = d.content.split(/[\\r\\n\\s]+/g);
        out.push(key + ' ' + d.url + ' ' + d.weighted_locations.slice(0, 8).map((w) => w.location + ':' + w.weight + ':' + words[w.location]).join(', '));
      }
    }
    return out.join('\\n');
  })()`));
} finally { await browser.close(); await preview.stop(); }
