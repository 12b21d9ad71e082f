/**
 * What link previews and search engines read on the built pages: every page has its canonical
 * address (absolute, its own path), Open Graph tags equal to its title and meta description, a
 * plain summary card; a session page's JSON-LD block parses and holds one Event per slot and
 * meeting, with the slot's instants and permalink as the page prints them.
 */
import { relative, resolve, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { localOrigin, paths } from '../../src/domain/site-paths.ts';
import { htmlFiles } from '../../tools/check-html.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);

/** Each built page with the site path it is served at (`sessions/x/index.html` → `/sessions/x/`). */
const pages = htmlFiles(distRoot).map((file) => {
  const path = `/${relative(distRoot, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  return { path, root: parse(readFileSync(file, 'utf8')) };
});

const meta = (root: ReturnType<typeof parse>, key: string) =>
  root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('sharing metadata', () => {
  test.each(
    pages.filter((page) => page.path !== '/404.html').map((page) => [page.path, page.root]),
  )('%s: canonical link and og:url are its own absolute address', (path, root) => {
    const expected = new URL(path, localOrigin).href;
    expect(
      root.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href')),
    ).toEqual([expected]);
    expect(meta(root, 'og:url')).toBe(expected);
  });

  test('the not-found page, served at any address, claims none', () => {
    const root = pages.find((page) => page.path === '/404.html')!.root;
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta(root, 'og:url')).toBeUndefined();
  });

  test.each(pages.map((page) => [page.path, page.root]))(
    '%s: Open Graph says what the page says (its title and description), a summary card',
    (_path, root) => {
      expect(meta(root, 'og:title')).toBe(root.querySelector('title')!.text);
      expect(meta(root, 'og:description')).toBe(meta(root, 'description'));
      expect(meta(root, 'og:description')).not.toBe('');
      expect(meta(root, 'og:type')).toBe('website');
      expect(meta(root, 'og:site_name')).toBe('OEWG on ICT security 2021–2025');
      expect(meta(root, 'og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
      expect(meta(root, 'twitter:card')).toBe('summary');
      // No image: none is made, and a tag pointing at nothing would show a broken preview.
      expect(meta(root, 'og:image')).toBeUndefined();
    },
  );
});

describe('JSON-LD on the session pages', () => {
  test.each(site.sessions.map((session) => [session.id, session] as const))(
    '%s: one block, one Event per slot and meeting, with the instants and permalinks the page shows',
    (_id, session) => {
      const root = parse(readBuilt(paths.session(session.id)));
      const blocks = root.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks).toHaveLength(1);
      // Parsed from the raw text: `<` is escaped, so the block needs no HTML decoding.
      expect(blocks[0]!.innerHTML).not.toContain('<');
      const graph = JSON.parse(blocks[0]!.innerHTML) as { '@graph': Record<string, unknown>[] };
      const events = graph['@graph'];
      expect(events).toHaveLength(1 + session.slots.length + session.meetings.length);
      const sessionEvent = events[0]!;
      for (const slot of session.slots) {
        const element = root.getElementById(slot.anchor)!;
        const event = events.find((candidate) => String(candidate.url).endsWith(`#${slot.anchor}`));
        expect(event, slot.id).toBeDefined();
        // The permalink resolves to the slot on this very page.
        expect(new URL(String(event!.url)).pathname).toBe(paths.session(session.id));
        expect(element).not.toBeNull();
        // The instants agree with the ones the page prints in its <time> elements.
        const printed = element
          .querySelectorAll('time[datetime]')
          .map((time) => Date.parse(time.getAttribute('datetime')!));
        expect(printed).toContain(Date.parse(String(event!.startDate)));
        expect(Date.parse(String(event!.startDate))).toBe(Date.parse(slot.startUtc));
        expect(Date.parse(String(event!.endDate))).toBe(Date.parse(slot.endUtc));
        expect(event!.superEvent).toEqual({ '@id': sessionEvent['@id'] });
      }
    },
  );
});
