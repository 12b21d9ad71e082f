/** The calendar files a build must contain, and where their golden copies live. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { feedTopics } from '../../src/domain/outputs/calendar/events.ts';
import type { SiteModel } from '../../src/domain/model/model.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { frozenContent, projectRoot } from './content-fixture.ts';
import { isolatedBuild, type IsolatedBuild } from './isolated-build.ts';

/** Folder of the reviewed golden `.ics` files. */
export const goldenRoot = join(projectRoot, 'tests', 'fixtures', 'golden');

/** The content the golden files are built from: the frozen fixture, so a new session changes none of them. */
export const goldenContent = frozenContent;

/** Builds the golden content in an isolated copy of the project, with the default site URL and base path. */
export function buildGoldenCalendars(): IsolatedBuild {
  return isolatedBuild({ env: { OEWG_CONTENT_DIR: goldenContent, SITE_URL: '', BASE_PATH: '' } });
}

/** Every `.ics` site path the model calls for: all, per session, per sub-item topic, per slot, per meeting. */
export function expectedCalendarPaths(site: SiteModel): string[] {
  return [
    paths.allFeed(),
    ...site.sessions.map((session) => paths.sessionFeed(session.id)),
    ...feedTopics(site).map((topic) => paths.topicFeed(topic.id)),
    ...site.slots.map((slot) => paths.slotEvent(slot.id)),
    ...site.meetings.map((meeting) => paths.meetingEvent(meeting.id)),
  ].sort();
}

/** The golden file name of a feed path, flat: `/calendar/sessions/x.ics` → `sessions-x.ics`. */
export function goldenFileName(sitePath: string): string {
  return sitePath.replace(/^\/calendar\//, '').replaceAll('/', '-');
}

/** Every `.ics` file under an output folder, as site paths, sorted. */
export function builtCalendarPaths(outDir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ics'))
        found.push(`/${relative(outDir, path).split('\\').join('/')}`);
    }
  };
  walk(outDir);
  return found.sort();
}
