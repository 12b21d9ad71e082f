/** The built browse pages: verbatim text, anchors, one h1, no inline code, a small enhancement script. */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolve } from 'node:path';
import { Script } from 'node:vm';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { questionLocation } from '../../src/domain/model/locations.ts';
import { loadSite } from '../../src/domain/model/site.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { sizesOf } from '../../tools/bench/page-weight.ts';

const site = loadSite(resolve('content'));
const htmlFiles = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
});
const pages = htmlFiles(distRoot).map((file) => ({ file: relative(distRoot, file), html: readFileSync(file, 'utf8') }));

describe('built pages', () => {
  test.each(pages.map((page) => [page.file, page.html]))('%s has one h1, a skip link, landmarks and no inline script or style', (_file, html) => {
    const root = parse(html);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(root.querySelectorAll('header, nav, main#main, footer').length).toBeGreaterThanOrEqual(4);
    expect(root.querySelectorAll('script').filter((script) => !script.getAttribute('src'))).toHaveLength(0);
    expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  test('every guiding question is printed word for word on its home page, under its own anchor', () => {
    expect(site.questions).toHaveLength(54);
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
      expect(element!.querySelector('.slot-links a.permalink')!.getAttribute('href')).toBe(`#${slot.anchor}`);
      expect(element!.querySelectorAll('time').map((time) => time.getAttribute('datetime'))).toEqual([slot.startUtc, slot.endUtc]);
      expect(element!.querySelector('.slot-meta')!.text).toContain(`New York time (${slot.offsetLabel})`);
    }
  });

  test('every narrative summary body is printed word for word', () => {
    const page = parse(readBuilt('/sessions/second-session/summaries/'));
    for (const summary of site.summaries) {
      const paragraphs = page.getElementById(`summary-${summary.id}`)!.querySelectorAll(':scope > p:not(.see-also)');
      expect(paragraphs.map((paragraph) => paragraph.text).join('\n\n')).toBe(summary.body);
    }
  });

  test('every script is served minified: smaller than its source in public/scripts, without its comments, and still valid JavaScript', () => {
    const sources = readdirSync(resolve('public', 'scripts')).filter((name) => name.endsWith('.js'));
    expect(sources.length).toBeGreaterThan(0);
    for (const name of sources) {
      const source = readFileSync(resolve('public', 'scripts', name), 'utf8');
      const built = readFileSync(join(distRoot, 'scripts', name), 'utf8');
      // Every script opens with a comment saying what it is for: the built copy keeps none.
      expect(source).toMatch(/^\/\/ |^\/\*/);
      expect(built).not.toMatch(/^\s*\/\/ |\/\*/m);
      expect(built.length).toBeLessThan(source.length * 0.75);
      // Compiles as a classic script (throws a SyntaxError otherwise); not run.
      expect(() => new Script(built)).not.toThrow();
    }
  });

  test('the enhancement (times, zone choice, filter, now and next, print) stays within 3 KB brotli, and is the only script of a session page', () => {
    const script = readFileSync(join(distRoot, 'scripts', 'local-time.js'));
    expect(sizesOf(script).brotli).toBeLessThanOrEqual(3072);
    // A test of the test: incompressible bytes of the same length would not fit.
    expect(sizesOf(randomBytes(script.byteLength)).brotli).toBeGreaterThan(3072);
    for (const session of site.sessions) {
      const scripts = parse(readBuilt(`/sessions/${session.id}/`)).querySelectorAll('script').map((element) => element.getAttribute('src'));
      expect(scripts).toEqual(['/scripts/local-time.js']);
    }
  });
});
