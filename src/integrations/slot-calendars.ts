/**
 * The single-slot calendar downloads, `/calendar/slots/<slot-id>.ics` ("Add to calendar" → .ics on
 * every slot), written straight into the build once the pages are built, and served by `astro dev`.
 *
 * They were an Astro route, one file per programme slot. Astro's own rendering and writing costs
 * about 1 ms a file against some 35 µs of ours, and there are as many files as slots: at 1000× the
 * real content 22,000 files and 23 s, a third of the build. Writing the same bytes directly costs a
 * second or two; the files, their URLs and their bytes do not change (tests/build compares them with
 * the session feeds and the deployment's host; scripts/compare-builds.ts compared whole builds).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { calendarContentType, serializeFeedBytes } from '../domain/outputs/calendar/ics.ts';
import { slotDownload, type CalendarContext } from '../domain/outputs/calendar/events.ts';
import type { SiteModel } from '../domain/model/model.ts';
import { createUrls, paths } from '../domain/urls.ts';
import { sharedSiteModel } from './shared-site-model.ts';

/** One download: its path on the site (without the base path) and its bytes. */
export interface SlotCalendarFile {
  path: string;
  bytes: Buffer;
}

/** The download of every slot of the model, in programme order. */
export function* slotCalendarFiles(site: SiteModel, context: CalendarContext): Generator<SlotCalendarFile> {
  for (const slot of site.slots) {
    const feed = slotDownload(slot, site, context);
    yield { path: feed.path, bytes: serializeFeedBytes(feed, context.urls.absolute(feed.path)) };
  }
}

/** Writes every slot's download under `outDir`; returns how many were written. */
export function writeSlotCalendars(outDir: string, site: SiteModel, context: CalendarContext): number {
  let written = 0;
  const folders = new Set<string>();
  for (const file of slotCalendarFiles(site, context)) {
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, file.bytes);
    written += 1;
  }
  return written;
}

/** The slot id of a request path such as `/oewg/calendar/slots/2023-03-06-1000.ics`, or undefined. */
export function slotIdOfRequest(url: string, base: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  const prefix = `${base.replace(/\/$/, '')}${paths.slotEvent('')}`.replace(/\.ics$/, '');
  if (!path.startsWith(prefix) || !path.endsWith('.ics')) return undefined;
  const id = path.slice(prefix.length, -'.ics'.length);
  return /^[^/]+$/.test(id) ? id : undefined;
}

/** The integration; it needs the model the pages were built from (see shared-site-model.ts). */
export function slotCalendars(): AstroIntegration {
  let context: CalendarContext | undefined;
  let base = '/';
  return {
    name: 'oewg-slot-calendars',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        context = { urls: createUrls(config.base, config.site) };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const id = request.url ? slotIdOfRequest(request.url, base) : undefined;
          const site = id === undefined ? undefined : sharedSiteModel();
          const slot = site?.slots.find((candidate) => candidate.id === id);
          if (!site || !slot || !context) return next();
          const feed = slotDownload(slot, site, context);
          response.setHeader('Content-Type', calendarContentType);
          response.end(serializeFeedBytes(feed, context.urls.absolute(feed.path)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const written = writeSlotCalendars(fileURLToPath(dir), sharedSiteModel(), context!);
        logger.info(`${written} slot calendars written in ${((performance.now() - started) / 1000).toFixed(2)}s`);
      },
    },
  };
}
