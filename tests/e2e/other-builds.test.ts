/**
 * The site under a sub-path (`BASE_PATH=/oewg/`), built in its own copy of the project: every
 * link, asset and feed carries the base, and a reader browses it without a failed request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, formatBroken } from '../../tools/check-links.ts';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { enforceCsp } from '../helpers/csp.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';
import { startPreview, type Preview } from '../../tools/preview.ts';

describe('the site under a sub-path', () => {
  let build: IsolatedBuild;
  let outDir: string;
  let preview: Preview;
  let browser: TestBrowser;

  beforeAll(async () => {
    build = isolatedBuild({ env: { BASE_PATH: '/oewg/' } });
    if (build.status !== 0) throw new Error(`the sub-path build failed:\n${build.output}`);
    outDir = build.dist;
    preview = await startPreview({ outDir, base: '/oewg/' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    build?.dispose();
  });

  test('every internal link and asset of the build carries the base path and resolves', () => {
    const result = checkLinks(outDir, { base: '/oewg/' });
    expect(result.links).toBeGreaterThan(500);
    expect(formatBroken(result.broken)).toBe('');
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<link rel="stylesheet" href="\/oewg\/_astro\/[^"]+\.css">/);
    expect(home).toContain('href="/oewg/calendar/all.ics"');
    expect(home).toContain('action="/oewg/search/"');
  });

  test('a reader goes from home to a session and a citation without a failed request', async () => {
    const { page, errors } = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(preview.url);
    await page.locator('main a', { hasText: 'Fourth substantive session' }).first().click();
    await page.waitForURL(/\/oewg\/sessions\/fourth-session\/$/);
    // The stylesheet applied: the slot cards have their accent border.
    const borderWidth = await page
      .locator('#slot-2023-03-06-1000')
      .evaluate((element) => getComputedStyle(element).borderLeftWidth);
    expect(borderWidth).toBe('4px');
    // The guiding questions are open: their citations are one click away.
    await page
      .locator('#q-2023-03-06-1000-3 a', { hasText: 'paras. 8 to 13 of document A/77/275' })
      .click();
    await page.waitForURL(/\/oewg\/reports\/a-77-275\/#para-8$/);
    await page.locator('header form input[name="q"]').fill('contact');
    await page.locator('header form button').click();
    await page.waitForURL(/\/oewg\/search\/\?q=contact$/);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('search finds a question under the sub-path and its link lands on it (under the CSP)', async () => {
    const { page, errors } = await browser.newPage();
    const refused = await enforceCsp(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${preview.url}search/?q=${encodeURIComponent('UNIDIR Cyber Policy Portal')}`);
    const first = page.locator('.search-hit h2 a').first();
    // A summary question (the second session's IV.7, or the same text in a later session's).
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/oewg\/sessions\/[^/]+\/summaries\/#q-/);
    await first.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    await expect(page.locator(`[id="${href.split('#')[1]!}"]`).textContent()).resolves.toContain(
      'UNIDIR Cyber Policy Portal',
    );
    expect(failed).toEqual([]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});
