/** The built browse pages: verbatim text, anchors, one h1, no inline code, a small enhancement script. */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolve } from 'node:path';
import { HTMLElement, parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { questionLocation } from '../../src/domain/model/locations.ts';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { metaContentSecurityPolicy } from '../../src/domain/outputs/host-headers.ts';
import { measurePage, sizesOf } from '../../tools/bench/page-weight.ts';

const site = loadSite(resolve('content'));
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
const pages = htmlFiles(distRoot).map((file) => ({
  file: relative(distRoot, file),
  html: readFileSync(file, 'utf8'),
}));

describe('built pages', () => {
  test.each(pages.map((page) => [page.file, page.html]))(
    '%s has one h1, a skip link, landmarks and no inline script or style',
    (_file, html) => {
      const root = parse(html);
      expect(root.querySelectorAll('h1')).toHaveLength(1);
      expect(root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(root.querySelectorAll('header, nav, main#main, footer').length).toBeGreaterThanOrEqual(
        4,
      );
      // A JSON-LD data block is data, not script: the policy does not apply to it (it never runs).
      expect(
        root
          .querySelectorAll('script')
          .filter(
            (script) =>
              !script.getAttribute('src') && script.getAttribute('type') !== 'application/ld+json',
          ),
      ).toHaveLength(0);
      expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
    },
  );

  test('every guiding question is printed word for word on its home page, under its own anchor', () => {
    expect(site.questions.length).toBeGreaterThan(0);
    for (const question of site.questions) {
      const location = questionLocation(site, question);
      const element = parse(readBuilt(location.path)).getElementById(question.id);
      expect(element, question.id).not.toBeNull();
      expect(element!.querySelector('.question-text')!.text).toBe(question.text);
      expect(element!.querySelector('a.permalink')!.getAttribute('href')).toBe(`#${question.id}`);
    }
  });

  test('every slot has its anchor and permalink; the time carries UTC instants', () => {
    for (const slot of site.slots) {
      const element = parse(readBuilt(`/sessions/${slot.sessionId}/`)).getElementById(slot.anchor);
      expect(element, slot.anchor).not.toBeNull();
      expect(element!.querySelector('.slot-links a.permalink')!.getAttribute('href')).toBe(
        `#${slot.anchor}`,
      );
      expect(
        element!.querySelectorAll('time').map((time) => time.getAttribute('datetime')),
      ).toEqual([slot.startUtc, slot.endUtc]);
      expect(element!.querySelector('.slot-meta')!.text).toContain(
        `New York time (${slot.offsetLabel})`,
      );
    }
  });

  test('every narrative summary body is printed word for word', () => {
    expect(site.summaries.length).toBeGreaterThan(0);
    for (const summary of site.summaries) {
      const page = parse(readBuilt(`/sessions/${summary.sessionId}/summaries/`));
      const paragraphs = page
        .getElementById(`summary-${summary.id}`)!
        .querySelectorAll(':scope > p:not(.see-also)');
      expect(paragraphs.map((paragraph) => paragraph.text).join('\n\n')).toBe(summary.body);
    }
  });

  test('the enhancement (times, zone choice, statuses, filter, now and next, print, copy) is bundled by Astro and stays within 3 KB brotli on every session page', () => {
    for (const session of site.sessions) {
      const weight = measurePage(distRoot, `sessions/${session.id}/index.html`);
      // Every script a session page runs, imports included, is a hashed file Astro bundled from the components.
      expect(weight.scripts.length).toBeGreaterThan(0);
      expect(
        weight.scripts.filter((script) => !/^\/_astro\/[\w.-]+\.[\w-]{8}\.js$/.test(script)),
      ).toEqual([]);
      expect(weight.js.brotli, session.id).toBeLessThanOrEqual(3072);
      // A test of the test: incompressible bytes of the same length would not fit.
      expect(sizesOf(randomBytes(weight.js.raw)).brotli).toBeGreaterThan(3072);
    }
  });

  test('no component script is inlined by Astro, and no script of the site is hand-shipped in public/', () => {
    expect(existsSync(resolve('public', 'scripts'))).toBe(false);
    const bundled = readdirSync(join(distRoot, '_astro')).filter((name) => name.endsWith('.js'));
    for (const component of [
      'LocalTimes',
      'TimeControls',
      'SessionStatus',
      'SlotCard',
      'SessionGlance',
      'CopyAddress',
      'SiteSearch',
    ]) {
      expect(
        bundled.some((name) => name.startsWith(`${component}.astro`)),
        component,
      ).toBe(true);
    }
  });

  test.each(pages.map((page) => [page.file, page.html]))(
    "%s carries the header's Content-Security-Policy in a <meta> before anything it governs",
    (_file, html) => {
      const head = parse(html).querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect(metas.map((meta) => meta.getAttribute('content'))).toEqual([
        metaContentSecurityPolicy,
      ]);
      const elements = head.childNodes.filter(
        (node): node is HTMLElement => node instanceof HTMLElement,
      );
      expect(elements.findIndex((element) => element === metas[0])).toBe(1);
      expect(elements[0]!.getAttribute('charset')).toBe('utf-8');
    },
  );
});
