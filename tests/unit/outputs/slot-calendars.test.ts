/**
 * The single-slot downloads written by an integration rather than routed through Astro: every slot
 * of the model gets its file at its feed path, with the bytes of its download; `astro dev` finds the
 * slot of a request path under any base path. (The built files are compared with their golden
 * copies in tests/build/calendar-feeds.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { loadSite } from '../../../src/domain/model/site.ts';
import { serializeFeedBytes } from '../../../src/domain/outputs/calendar/ics.ts';
import { slotDownload } from '../../../src/domain/outputs/calendar/events.ts';
import { createUrls, paths } from '../../../src/domain/urls.ts';
import { slotIdOfRequest, writeSlotCalendars } from '../../../src/integrations/slot-calendars.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

test('writes one file per slot, at its feed path, with the bytes of its download, and nothing else', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'oewg-slot-ics-'));
  folders.push(outDir);
  const context = { urls: createUrls('/oewg/', 'https://calendar.test') };
  expect(writeSlotCalendars(outDir, site, context)).toBe(site.slots.length);
  expect(readdirSync(join(outDir, 'calendar', 'slots')).sort()).toEqual(site.slots.map((slot) => `${slot.id}.ics`).sort());
  const slot = site.slots[3]!;
  const written = readFileSync(join(outDir, paths.slotEvent(slot.id)));
  expect(written.equals(serializeFeedBytes(slotDownload(slot, site, context), `https://calendar.test/oewg${paths.slotEvent(slot.id)}`))).toBe(true);
  // Unfolded (RFC 5545 folds lines at 75 octets): the event links to the slot on this deployment's host.
  expect(written.toString('utf8').replace(/\r\n[ \t]/g, '')).toContain(`https://calendar.test/oewg/sessions/${slot.sessionId}/#slot-${slot.id}`);
});

test.each([
  ['/calendar/slots/2023-03-06-1000.ics', '/', '2023-03-06-1000'],
  ['/oewg/calendar/slots/2023-03-06-1000.ics?x=1', '/oewg/', '2023-03-06-1000'],
  ['/oewg/calendar/slots/2023-03-06-1000.ics', '/oewg', '2023-03-06-1000'],
  ['/calendar/slots/2023-03-06-1000.ics', '/oewg/', undefined],
  ['/calendar/slots/a/b.ics', '/', undefined],
  ['/calendar/slots/.ics', '/', undefined],
  ['/calendar/sessions/fourth-session.ics', '/', undefined],
  ['/calendar/slots/2023-03-06-1000.json', '/', undefined],
])('the slot of the request %s under base %s is %s', (url, base, id) => {
  expect(slotIdOfRequest(url, base)).toBe(id);
});
