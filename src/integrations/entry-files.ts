/**
 * The files the build makes one of per slot or per session, written straight into the build once
 * the pages are built (while Pagefind's process writes the search index), and served by `astro dev`:
 * - `/calendar/slots/<slot-id>.ics`: one slot as a download ("Add to calendar" → .ics);
 * - `/calendar/sessions/<session-id>.ics`: a session's feed;
 * - `/sessions/<session-id>/schedule.json` and `schedule.xml`: the conference-app schedules.
 *
 * They were Astro routes. Astro's own rendering and writing costs about 1 ms a file, against some
 * 35 µs of ours for a slot download, and there are as many files as slots and sessions: at 1000×
 * the real content 28,000 files and about 35 s of a 65 s build. Written directly, and while
 * Pagefind's process writes the index, they cost a few seconds. Their URLs and bytes do not change:
 * tests/build compares the calendars with their golden copies and validates the schedules, and
 * whole builds were compared byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { SiteModel } from '../domain/model/model.ts';
import { calendarContentType, serializeFeedBytes } from '../domain/outputs/calendar/ics.ts';
import { sessionFeed, slotDownload, type CalendarContext } from '../domain/outputs/calendar/events.ts';
import { buildConferenceSchedule } from '../domain/outputs/conference-schedule/schedule.ts';
import { scheduleXml } from '../domain/outputs/conference-schedule/xml.ts';
import { toJsonText } from '../domain/outputs/open-data/datasets.ts';
import { createUrls, paths } from '../domain/urls.ts';
import { sharedSiteModel } from './shared-site-model.ts';

/** One file: its path on the site (without the base path), its media type and a way to make its bytes. */
export interface EntryFile {
  path: string;
  contentType: string;
  bytes: () => Buffer;
}

/** Every file of the model, slots first, then per session its feed and its two schedules. */
export function* entryFiles(site: SiteModel, context: CalendarContext): Generator<EntryFile> {
  const { urls } = context;
  for (const slot of site.slots) {
    const path = paths.slotEvent(slot.id);
    yield { path, contentType: calendarContentType, bytes: () => serializeFeedBytes(slotDownload(slot, site, context), urls.absolute(path)) };
  }
  for (const session of site.sessions) {
    const feedPath = paths.sessionFeed(session.id);
    yield { path: feedPath, contentType: calendarContentType, bytes: () => serializeFeedBytes(sessionFeed(session, site, context), urls.absolute(feedPath)) };
    // One schedule document for both formats (built on first use).
    let schedule: ReturnType<typeof buildConferenceSchedule> | undefined;
    const scheduleOf = () => (schedule ??= buildConferenceSchedule(session, site, urls));
    const xmlPath = paths.scheduleXml(session.id);
    yield { path: paths.scheduleJson(session.id), contentType: 'application/json; charset=utf-8', bytes: () => Buffer.from(toJsonText(scheduleOf()), 'utf8') };
    yield { path: xmlPath, contentType: 'application/xml; charset=utf-8', bytes: () => Buffer.from(scheduleXml(scheduleOf(), urls.absolute(xmlPath)), 'utf8') };
  }
}

/** Writes every file under `outDir`; returns how many were written. */
export function writeEntryFiles(outDir: string, site: SiteModel, context: CalendarContext): number {
  let written = 0;
  const folders = new Set<string>();
  for (const file of entryFiles(site, context)) {
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, file.bytes());
    written += 1;
  }
  return written;
}

/** The site path of a request under the base path (`/oewg/calendar/x.ics?y` → `/calendar/x.ics`), or undefined outside it. */
export function sitePathOfRequest(url: string, base: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  const prefix = base.replace(/\/$/, '');
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

/**
 * The integration (config and `astro dev`) and the writer of the build's files, which
 * astro.config.mjs hands to the search index to run while Pagefind's process writes its files
 * (each takes seconds at scale, in different processes). Both need the model the pages were built
 * from (see shared-site-model.ts).
 */
export function entryFilesOutput(): { integration: AstroIntegration; writeInto: (outDir: string) => void } {
  let context: CalendarContext | undefined;
  let base = '/';
  const integration: AstroIntegration = {
    name: 'oewg-entry-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        context = { urls: createUrls(config.base, config.site) };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url ? sitePathOfRequest(request.url, base) : undefined;
          if (!path || !context || !/\.(ics|json|xml)$/.test(path)) return next();
          for (const file of entryFiles(sharedSiteModel(), context)) {
            if (file.path !== path) continue;
            response.setHeader('Content-Type', file.contentType);
            return response.end(file.bytes());
          }
          return next();
        });
      },
    },
  };
  const writeInto = (outDir: string): void => {
    if (!context) throw new Error('the per-slot and per-session files were asked for before Astro\'s configuration was known');
    const started = performance.now();
    const written = writeEntryFiles(outDir, sharedSiteModel(), context);
    console.info(`[oewg-entry-files] ${written} slot and session files written in ${((performance.now() - started) / 1000).toFixed(2)}s`);
  };
  return { integration, writeInto };
}
