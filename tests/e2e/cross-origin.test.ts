/**
 * A page on another site can read the open data, the conference schedules and the calendar feeds
 * with `fetch` (they are sent with `Access-Control-Allow-Origin: *`), served with the build's own
 * `_headers` as a static host would. The test of the test: the same page cannot read an HTML page
 * of the site, which carries no such header.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paths } from '../../src/domain/site-paths.ts';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { distRoot } from '../helpers/built-site.ts';
import { startStaticHost, type StaticHost } from '../helpers/static-host.ts';

let browser: TestBrowser;
let host: StaticHost;
let otherSite: Server;
let otherOrigin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startStaticHost(distRoot);
  // Another site: an empty page on another port of the loopback, with no CSP of its own.
  otherSite = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>another site</title>');
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  const address = otherSite.address();
  otherOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  otherSite?.closeAllConnections();
  await new Promise((resolve) => otherSite?.close(resolve));
});

/** Fetches a site path from a page of the other site; returns the start of the body, or the error. */
async function fetchFromOtherSite(sitePath: string): Promise<string> {
  const { page } = await browser.newPage();
  await page.goto(`${otherOrigin}/`);
  const url = new URL(sitePath.slice(1), host.url).toString();
  const result = await page.evaluate(async (target) => {
    try {
      const response = await fetch(target);
      return `ok ${response.status} ${(await response.text()).slice(0, 40)}`;
    } catch (error) {
      return `blocked: ${String(error)}`;
    }
  }, url);
  await page.close();
  return result;
}

describe('another site reads the shared files', () => {
  test.each([
    paths.dataset('sessions'),
    paths.datasetSchema('questions'),
    paths.scheduleJson('fourth-session'),
    paths.scheduleXml('second-session'),
    paths.allFeed(),
    paths.sessionFeed('second-session'),
    paths.slotEvent('2022-03-28-1000'),
  ])('%s', async (sitePath) => {
    expect(new URL(host.url).origin).not.toBe(otherOrigin);
    expect(await fetchFromOtherSite(sitePath)).toMatch(/^ok 200 \S/);
  });

  test('a test of the test: an HTML page of the site is not readable from another site', async () => {
    expect(await fetchFromOtherSite(paths.session('second-session'))).toMatch(
      /^blocked: TypeError/,
    );
  });
});
