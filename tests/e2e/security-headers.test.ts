/**
 * The built site under the headers it ships (dist/_headers, generated from src/domain/outputs/host-headers.ts),
 * served as a static host would: every page type works under the Content-Security-Policy (no
 * violation, no console error) and requests nothing from another origin. The check itself is shown
 * to catch an inline script and a third-party image.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/domain/outputs/host-headers.ts';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { distRoot } from '../helpers/built-site.ts';
import { startStaticHost, type StaticHost } from '../helpers/static-host.ts';

const pageTypes = [
  '',
  'sessions/second-session/',
  'sessions/fourth-session/',
  'sessions/second-session/summaries/',
  'topics/',
  'topics/capacity-building/',
  'questions/',
  'reports/a-77-275/',
  'documents/',
  'calendar/',
  'data/',
  'search/?q=funding',
  'sources/chair-letter-2022-03-07/',
];

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Visits a page; returns CSP violations, console errors and requests to other origins. */
async function visit(
  host: StaticHost,
  path: string,
): Promise<{
  violations: string[];
  errors: string[];
  foreign: string[];
  headers: Record<string, string>;
}> {
  const { page, errors } = await browser.newPage();
  const origin = new URL(host.url).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await watchViolations(page, violations);
  const response = await page.goto(`${host.url}${path}`, { waitUntil: 'networkidle' });
  await page.close();
  return { violations, errors, foreign, headers: response?.headers() ?? {} };
}

/** Records `securitypolicyviolation` events too (some violations are not logged to the console). */
async function watchViolations(page: Page, violations: string[]): Promise<void> {
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
}

describe('the site under its Content-Security-Policy', () => {
  let host: StaticHost;
  beforeAll(async () => {
    host = await startStaticHost(distRoot);
  });
  afterAll(async () => {
    await host?.stop();
  });

  test.each(pageTypes)(
    '/%s: no CSP violation, no console error, no other origin, security headers sent',
    async (path) => {
      const { violations, errors, foreign, headers } = await visit(host, path);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      for (const [name, value] of Object.entries(securityHeaders))
        expect(headers[name.toLowerCase()], name).toBe(value);
    },
  );

  test('feeds are served as text/calendar; charset=utf-8', async () => {
    const response = await fetch(`${host.url}calendar/all.ics`);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });
});

describe('a test of the test', () => {
  const copy = mkdtempSync(join(tmpdir(), 'oewg-csp-'));
  let host: StaticHost;
  beforeAll(async () => {
    cpSync(distRoot, copy, { recursive: true });
    mkdirSync(join(copy, 'probe'));
    writeFileSync(
      join(copy, 'probe', 'index.html'),
      '<!doctype html><html lang="en"><head><title>probe</title></head><body><script>document.title = "inline ran";</script><img src="https://third-party.invalid/pixel.png" alt=""></body></html>',
    );
    host = await startStaticHost(copy);
  });
  afterAll(async () => {
    await host?.stop();
    rmSync(copy, { recursive: true, force: true });
  });

  test('an inline script and a third-party image are caught', async () => {
    const { violations } = await visit(host, 'probe/');
    expect(violations.some((text) => /script-src|inline/i.test(text))).toBe(true);
    expect(violations.some((text) => /img-src|third-party\.invalid/i.test(text))).toBe(true);
  });
});
