/**
 * Calendar links in the built pages: every page's `<link rel="alternate" type="text/calendar">`
 * names its own feed, every feed address shown has its copy button, and each meeting around a
 * session links its own `.ics` file and the Google and Outlook links of its own entry.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import {
  addToCalendarLinks,
  meetingCalendarEntry,
} from '../../src/domain/outputs/calendar/add-to-calendar.ts';
import { feedTopics } from '../../src/domain/outputs/calendar/events.ts';
import { meetingAnchor } from '../../src/domain/anchors.ts';
import { createUrls, localOrigin, paths } from '../../src/domain/site-paths.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
/** The test build is a local one (no SITE_URL), at the root. */
const context = { urls: createUrls('/', localOrigin) };

/** Every built HTML page as its site path (`/sessions/x/`, `/404.html`). */
function builtPages(): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html'))
        found.push(
          `/${relative(distRoot, path).split('\\').join('/')}`.replace(/index\.html$/, ''),
        );
    }
  };
  walk(distRoot);
  return found.sort();
}
const pages = builtPages();

/** The feed a page's alternate link must name, by rule: its subject's own, or everything. */
function ownFeed(sitePath: string): string {
  const session = site.sessions.find((entry) => sitePath === paths.session(entry.id));
  if (session) return paths.sessionFeed(session.id);
  const topic = feedTopics(site).find((entry) => sitePath === paths.topic(entry.id));
  if (topic) return paths.topicFeed(topic.id);
  return paths.allFeed();
}

test('the build has session pages and topic pages with feeds (the rule below is exercised)', () => {
  expect(pages.filter((page) => ownFeed(page).startsWith('/calendar/sessions/')).length).toBe(
    site.sessions.length,
  );
  expect(pages.filter((page) => ownFeed(page).startsWith('/calendar/topics/')).length).toBe(
    feedTopics(site).length,
  );
});

describe.each(pages)('%s', (sitePath) => {
  const document = parse(readBuilt(sitePath));

  test('its one calendar alternate link names its own feed', () => {
    const links = document.querySelectorAll('head link[rel="alternate"][type="text/calendar"]');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([ownFeed(sitePath)]);
    expect(links[0]!.getAttribute('title')).toMatch(/\(iCalendar\)$/);
  });

  test('every feed address shown (.ics or webcal) has a copy button', () => {
    const fields = document
      .querySelectorAll('input')
      .filter((input) => /\.ics$|^webcal:/.test(input.getAttribute('value') ?? ''));
    for (const field of fields) {
      let parent: HTMLElement | null = field.parentNode;
      while (parent && parent.tagName !== 'COPY-ADDRESS') parent = parent.parentNode;
      expect(parent, field.getAttribute('value')).not.toBeNull();
      expect(parent!.querySelector('button')?.textContent).toMatch(/^Copy/);
    }
  });
});

describe.each(site.meetings.map((meeting) => [meeting.id, meeting] as const))(
  'meeting %s on its session page',
  (_id, meeting) => {
    const item = parse(readBuilt(paths.session(meeting.sessionId))).getElementById(
      meetingAnchor(meeting.id),
    )!;
    const hrefs = item.querySelectorAll('.add-cal a').map((link) => link.getAttribute('href'));
    test("links its own .ics file, not the session's feed", () => {
      expect(hrefs).toContain(paths.meetingEvent(meeting.id));
      expect(hrefs).not.toContain(paths.sessionFeed(meeting.sessionId));
    });
    test('links the Google and Outlook entries of the meeting, as the model makes them', () => {
      const links = addToCalendarLinks(meetingCalendarEntry(meeting, site, context));
      expect(hrefs).toEqual(
        expect.arrayContaining([links.google, links.outlookLive, links.outlookOffice]),
      );
    });
    test('says "whole day" only when no time was announced', () => {
      const summary = item.querySelector('.add-cal summary')!.textContent;
      expect(summary.includes('whole day')).toBe(meeting.start === 'not announced');
    });
  },
);

test('a session page has one compact subscribe line, with its own feed, before its first day', () => {
  for (const session of site.sessions) {
    const html = readBuilt(paths.session(session.id));
    const lines = parse(html).querySelectorAll('.subscribe-line');
    expect(lines).toHaveLength(1);
    const webcal = `webcal://${new URL(localOrigin).host}${paths.sessionFeed(session.id)}`;
    expect(lines[0]!.querySelector('a')!.getAttribute('href')).toBe(webcal);
    expect(html.indexOf('class="subscribe-line"')).toBeLessThan(html.indexOf('class="day"'));
  }
});
