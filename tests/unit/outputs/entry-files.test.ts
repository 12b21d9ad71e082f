/**
 * The files made per slot and per session, written by an integration rather than routed through
 * Astro: every slot's download, every session's feed and schedules, at their paths, with the bytes
 * of their outputs and nothing else; `astro dev` finds a request's site path under any base path.
 * (The built files are compared with their golden copies and validated in tests/build.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { loadSite } from '../../../src/domain/model/site.ts';
import { serializeFeedBytes } from '../../../src/domain/outputs/calendar/ics.ts';
import { sessionFeed, slotDownload } from '../../../src/domain/outputs/calendar/events.ts';
import { buildConferenceSchedule } from '../../../src/domain/outputs/conference-schedule/schedule.ts';
import { scheduleXml } from '../../../src/domain/outputs/conference-schedule/xml.ts';
import { createUrls, paths } from '../../../src/domain/urls.ts';
import { entryFiles, sitePathOfRequest, writeEntryFiles } from '../../../src/integrations/entry-files.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

test('writes one download per slot and a feed and two schedules per session, with the bytes of their outputs, and nothing else', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'oewg-entry-files-'));
  folders.push(outDir);
  const context = { urls: createUrls('/oewg/', 'https://calendar.test') };
  expect(writeEntryFiles(outDir, site, context)).toBe(site.slots.length + 3 * site.sessions.length);
  expect(readdirSync(join(outDir, 'calendar', 'slots')).sort()).toEqual(site.slots.map((slot) => `${slot.id}.ics`).sort());
  expect(readdirSync(join(outDir, 'calendar', 'sessions')).sort()).toEqual(site.sessions.map((session) => `${session.id}.ics`).sort());
  expect(readdirSync(join(outDir, 'sessions')).sort()).toEqual(site.sessions.map((session) => session.id).sort());
  for (const session of site.sessions) expect(readdirSync(join(outDir, 'sessions', session.id)).sort()).toEqual(['schedule.json', 'schedule.xml']);

  const slot = site.slots[3]!;
  const download = readFileSync(join(outDir, paths.slotEvent(slot.id)));
  expect(download.equals(serializeFeedBytes(slotDownload(slot, site, context), `https://calendar.test/oewg${paths.slotEvent(slot.id)}`))).toBe(true);
  // Unfolded (RFC 5545 folds lines at 75 octets): the event links to the slot on this deployment's host.
  expect(download.toString('utf8').replace(/\r\n[ \t]/g, '')).toContain(`https://calendar.test/oewg/sessions/${slot.sessionId}/#slot-${slot.id}`);

  const session = site.sessions[1]!;
  const feed = readFileSync(join(outDir, paths.sessionFeed(session.id)));
  expect(feed.equals(serializeFeedBytes(sessionFeed(session, site, context), `https://calendar.test/oewg${paths.sessionFeed(session.id)}`))).toBe(true);
  const schedule = buildConferenceSchedule(session, site, context.urls);
  expect(JSON.parse(readFileSync(join(outDir, paths.scheduleJson(session.id)), 'utf8'))).toEqual(JSON.parse(JSON.stringify(schedule)));
  expect(readFileSync(join(outDir, paths.scheduleXml(session.id)), 'utf8')).toBe(scheduleXml(schedule, `https://calendar.test/oewg${paths.scheduleXml(session.id)}`));
});

test('each file says its media type', () => {
  const types = new Map([...entryFiles(site, { urls: createUrls('/', 'http://localhost:4321') })].map((file) => [file.path.split('.').at(-1), file.contentType]));
  expect(Object.fromEntries(types)).toEqual({ ics: 'text/calendar; charset=utf-8', json: 'application/json; charset=utf-8', xml: 'application/xml; charset=utf-8' });
});

test.each([
  ['/calendar/slots/2023-03-06-1000.ics', '/', '/calendar/slots/2023-03-06-1000.ics'],
  ['/oewg/calendar/slots/2023-03-06-1000.ics?x=1', '/oewg/', '/calendar/slots/2023-03-06-1000.ics'],
  ['/oewg/sessions/fourth-session/schedule.xml', '/oewg', '/sessions/fourth-session/schedule.xml'],
  ['/calendar/slots/2023-03-06-1000.ics', '/oewg/', undefined],
  ['/oewgx/calendar/all.ics', '/oewg/', undefined],
])('the site path of the request %s under base %s is %s', (url, base, path) => {
  expect(sitePathOfRequest(url, base)).toBe(path);
});
