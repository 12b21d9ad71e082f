/**
 * Builds other than the global one. They share this file because two `astro build` runs in one
 * project root must not overlap (they share `.astro/` and the content cache), and vitest runs
 * files in parallel: here they run one after the other.
 *  - The site under a sub-path (`BASE_PATH=/oewg/`): every link, asset and feed carries the base.
 *  - Content with a dangling citation inside verbatim text (in a copy of the project with its own
 *    caches): the build fails and names file and field.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, formatBroken } from '../../scripts/check-links.ts';
import { astroEnv } from '../helpers/astro-env.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { startPreview, type Preview } from '../helpers/preview.ts';

const astro = join(projectRoot, 'node_modules', '.bin', 'astro');
const pendingPrefixes = existsSync(join(projectRoot, 'src', 'pages', 'calendar')) ? [] : ['/calendar/'];

describe('the site under a sub-path', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'oewg-subpath-'));
  let preview: Preview;
  let browser: TestBrowser;

  beforeAll(async () => {
    execFileSync(astro, ['build', '--silent', '--outDir', outDir], {
      cwd: projectRoot,
      env: astroEnv({ BASE_PATH: '/oewg/', OEWG_CONTENT_DIR: '' }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    preview = await startPreview({ outDir, base: '/oewg/' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('every internal link and asset of the build carries the base path and resolves', () => {
    const result = checkLinks(outDir, { base: '/oewg/', pendingPrefixes });
    expect(result.links).toBeGreaterThan(500);
    expect(formatBroken(result.broken)).toBe('');
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('href="/oewg/styles/site.css"');
    expect(home).toContain('href="/oewg/calendar/all.ics"');
    expect(home).toContain('action="/oewg/search/"');
  });

  test('a reader goes from home to a session and a citation without a failed request', async () => {
    const { page, errors } = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
    await page.goto(preview.url);
    await page.locator('main a', { hasText: 'Fourth substantive session' }).first().click();
    await page.waitForURL(/\/oewg\/sessions\/fourth-session\/$/);
    // The stylesheet applied: the slot cards have their accent border.
    const borderWidth = await page.locator('#slot-2023-03-06-1000').evaluate((element) => getComputedStyle(element).borderLeftWidth);
    expect(borderWidth).toBe('4px');
    await page.locator('#q-2023-03-06-1000-3 a', { hasText: 'paras. 8 to 13 of document A/77/275' }).click();
    await page.waitForURL(/\/oewg\/reports\/a-77-275\/#para-8$/);
    await page.locator('header form input[name="q"]').fill('contact');
    await page.locator('header form button').click();
    await page.waitForURL(/\/oewg\/search\/\?q=contact$/);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a dangling citation inside verbatim text', () => {
  test('fails the build, naming the file and the field', () => {
    // A copy of the project with its own caches (`.astro/`, cacheDir), so the broken content never
    // reaches the real project's content cache; node_modules is shared through a symlink.
    const copy = mkdtempSync(join(tmpdir(), 'oewg-broken-'));
    try {
      for (const entry of ['src', 'public', 'content', 'package.json', 'tsconfig.json']) {
        cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
      }
      symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
      writeFileSync(join(copy, 'astro.config.mjs'), [
        `import config from ${JSON.stringify(pathToFileURL(join(projectRoot, 'astro.config.mjs')).href)};`,
        "export default { ...config, cacheDir: './.astro-cache' };",
      ].join('\n'));
      const file = join(copy, 'content', 'programmes', 'fourth-session.yaml');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('(see A/77/275, para. 11)');
      writeFileSync(file, text.replace('(see A/77/275, para. 11)', '(see A/77/275, para. 42)'));
      const run = spawnSync(astro, ['build', '--silent', '--root', copy], {
        cwd: copy,
        env: astroEnv({ OEWG_CONTENT_DIR: '' }),
        encoding: 'utf8',
      });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain(
        'content/programmes/fourth-session.yaml: days[0].slots[0].blocks[2].questions[0].text: cites "A/77/275, para. 42", but paragraph 42 of A/77/275 is not in the report-paragraphs collection',
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
