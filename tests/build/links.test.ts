/** No broken internal link or fragment in the built site; the checker itself catches breakage. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks, formatBroken } from '../../tools/check-links.ts';
import { distRoot } from '../helpers/built-site.ts';

describe('internal links of the built site', () => {
  test('every internal href, src and action resolves, and every fragment exists', () => {
    const result = checkLinks(distRoot);
    expect(result.pages).toBeGreaterThanOrEqual(16);
    expect(result.links).toBeGreaterThan(500);
    expect(formatBroken(result.broken)).toBe('');
  });

  test('the checker reports a missing page, a missing fragment and a link outside the base', () => {
    const copy = mkdtempSync(join(tmpdir(), 'oewg-links-'));
    try {
      cpSync(distRoot, copy, { recursive: true });
      const page = join(copy, 'topics', 'index.html');
      const html = readFileSync(page, 'utf8').replace(
        '<h1>',
        '<p><a href="/no-such-page/">gone</a> <a href="/reports/a-77-275/#para-99">missing</a> <a href="#nowhere">here</a> <a href="../sessions/second-session/#slot-2022-03-28-1000">fine</a></p><h1>',
      );
      writeFileSync(page, html);
      const result = checkLinks(copy);
      expect(
        result.broken
          .filter((link) => link.page === '/topics/')
          .map((link) => `${link.url}: ${link.reason}`),
      ).toEqual([
        '/no-such-page/: no file for /no-such-page/',
        '/reports/a-77-275/#para-99: no element with id "para-99" in /reports/a-77-275/',
        '#nowhere: no element with id "nowhere" in /topics/',
      ]);
      const underBase = checkLinks(copy, { base: '/oewg/' });
      expect(
        underBase.broken.some(
          (link) => link.url === '/topics/' && link.reason === 'outside the base path /oewg/',
        ),
      ).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
