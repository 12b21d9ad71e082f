/**
 * Exports agree with the pages: every URL in every export (iCalendar feeds, JSON datasets and their
 * schemas, schedule.json, schedule.xml) resolves to a built page and anchor, and every slot's event
 * in the feeds and conference schedules carries the notes and footnotes the session page shows.
 * Each check is shown to fail on a broken input.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { conferenceAcronym } from '../../src/domain/outputs/conference-schedule/schedule.ts';
import { slotNoteTexts } from '../../src/domain/outputs/slot-notes.ts';
import { slotUid } from '../../src/domain/outputs/calendar/events.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { documentAnchor } from '../../src/domain/anchors.ts';
import { distRoot, readBuilt } from '../helpers/built-site.ts';
import { builtCalendarPaths } from '../helpers/calendar-files.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { jsonStrings, missingNotes, unresolvedUrls, urlsInText } from '../helpers/export-checks.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const slotsById = new Map(site.slots.map((slot) => [slot.id, slot]));
const sessionOf = (slotId: string) =>
  site.sessions.find((session) => session.id === slotsById.get(slotId)!.sessionId)!;
/** The deployment's absolute base URL, as the exports write it. */
const siteBase = (
  JSON.parse(readBuilt(paths.scheduleJson(site.sessions[0]!.id))) as {
    schedule: { base_url: string };
  }
).schedule.base_url;

/** Decodes the five XML entities xmlbuilder2 writes. */
const xmlText = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The events of a built iCalendar file: UID, URL and description (unfolded and unescaped by ical.js). */
function icsEvents(sitePath: string): { uid: string; url: string; description: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(readBuilt(sitePath)));
  return calendar.getAllSubcomponents('vevent').map((component) => ({
    uid: String(component.getFirstPropertyValue('uid')),
    url: String(component.getFirstPropertyValue('url') ?? ''),
    description: String(component.getFirstPropertyValue('description') ?? ''),
  }));
}

/** The events of a session's schedule.json: slot id (from the slug) and description. */
function scheduleJsonEvents(sessionId: string): { slotId: string; description: string }[] {
  const schedule = JSON.parse(readBuilt(paths.scheduleJson(sessionId))) as {
    schedule: {
      conference: { days: { rooms: Record<string, { slug: string; description: string }[]> }[] };
    };
  };
  const prefix = `${conferenceAcronym({ id: sessionId })}-`;
  return schedule.schedule.conference.days
    .flatMap((day) => Object.values(day.rooms).flat())
    .map((event) => ({ slotId: event.slug.slice(prefix.length), description: event.description }));
}

/** The events of a session's schedule.xml: slot id (from the slug) and description. */
function scheduleXmlEvents(
  xml: string,
  sessionId: string,
): { slotId: string; description: string }[] {
  const prefix = `${conferenceAcronym({ id: sessionId })}-`;
  return [...xml.matchAll(/<event [^>]*>([\s\S]*?)<\/event>/g)].map((match) => ({
    slotId: xmlText(/<slug>([^<]*)<\/slug>/.exec(match[1]!)![1]!).slice(prefix.length),
    description: xmlText(/<description>([^<]*)<\/description>/.exec(match[1]!)?.[1] ?? ''),
  }));
}

const calendarPaths = builtCalendarPaths(distRoot);
const datasetPaths = readdirSync(join(distRoot, 'data'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => `/data/${name}`);
const schemaPaths = readdirSync(join(distRoot, 'data', 'schema')).map(
  (name) => `/data/schema/${name}`,
);

describe('every URL of every export resolves to a built page and anchor', () => {
  test('the exports are all found (feeds, datasets, schemas, schedules)', () => {
    expect(calendarPaths.length).toBeGreaterThan(20);
    expect(datasetPaths).toHaveLength(6);
    expect(schemaPaths).toHaveLength(6);
    expect(siteBase).toMatch(/^https?:\/\/.+\/$/);
  });

  test.each(calendarPaths)('%s', (sitePath) => {
    const urls = icsEvents(sitePath).flatMap((event) => [
      event.url,
      ...urlsInText(event.description),
    ]);
    expect(urls.filter((url) => url.startsWith(siteBase)).length).toBeGreaterThan(0);
    expect(unresolvedUrls(urls, siteBase, distRoot)).toEqual([]);
  });

  test.each([...datasetPaths, ...schemaPaths])('%s', (sitePath) => {
    const urls = jsonStrings(JSON.parse(readBuilt(sitePath))).flatMap((value) =>
      value.startsWith('http') ? [value] : urlsInText(value),
    );
    expect(unresolvedUrls(urls, siteBase, distRoot)).toEqual([]);
  });

  test.each(site.sessions.map((session) => session.id))(
    'schedule.json and schedule.xml of %s',
    (sessionId) => {
      const json = readBuilt(paths.scheduleJson(sessionId));
      const jsonUrls = jsonStrings(JSON.parse(json)).flatMap((value) =>
        value.startsWith('http') ? [value] : urlsInText(value),
      );
      const xml = readBuilt(paths.scheduleXml(sessionId));
      const xmlUrls = [...xml.matchAll(/(?:href="([^"]+)"|>(https?:\/\/[^<]+)<)/g)]
        .map((match) => xmlText(match[1] ?? match[2]!))
        .concat(urlsInText(xmlText(xml)));
      expect(jsonUrls.filter((url) => url.includes('#')).length).toBeGreaterThan(0);
      expect(unresolvedUrls([...jsonUrls, ...xmlUrls], siteBase, distRoot)).toEqual([]);
    },
  );

  test('the check fails on a URL to a missing page or a missing anchor (a test of the test)', () => {
    const good = `${siteBase}sessions/fourth-session/#slot-2023-03-06-1000`;
    expect(unresolvedUrls([good], siteBase, distRoot)).toEqual([]);
    expect(
      unresolvedUrls([`${siteBase}sessions/fourth-session/#meeting-nowhere`], siteBase, distRoot),
    ).toEqual([
      `${siteBase}sessions/fourth-session/#meeting-nowhere: no element with id "meeting-nowhere"`,
    ]);
    expect(unresolvedUrls([`${siteBase}sessions/fifth-session/`], siteBase, distRoot)).toHaveLength(
      1,
    );
    expect(
      unresolvedUrls([`${siteBase}calendar/slots/2099-01-01-1000.ics`], siteBase, distRoot),
    ).toHaveLength(1);
  });
});

/** The back-links a built page lists under an element, as site paths with anchors. */
function backLinksOn(sitePath: string, elementId: string): string[] {
  const element = parse(readBuilt(sitePath)).getElementById(elementId);
  if (!element) throw new Error(`${sitePath} has no #${elementId}`);
  return element.querySelectorAll('.back-links a').map((link) => link.getAttribute('href')!);
}

/** An absolute export URL as the site path the pages link (the base URL's path kept). */
const asSitePath = (url: string): string => new URL(url).pathname + new URL(url).hash;

describe('the citation lists of the exports are those the pages show', () => {
  const documents = JSON.parse(readBuilt('/data/documents.json')) as {
    id: string;
    citedIn: { permalink: string }[];
  }[];
  const paragraphs = JSON.parse(readBuilt('/data/report-paragraphs.json')) as {
    documentId: string;
    anchor: string;
    citedIn: { permalink: string }[];
  }[];

  test.each(documents.map((document) => [document.id, document] as const))(
    'document %s',
    (id, document) => {
      const shown = backLinksOn(paths.documents(), `doc-${id}`);
      expect(shown.length).toBeGreaterThan(0);
      expect(document.citedIn.map((entry) => asSitePath(entry.permalink))).toEqual(shown);
    },
  );

  /**
   * The places a report page shows as citing a paragraph: its own back-links, and those of the
   * range it stands in (`paras-<first>-<last>`, the places that cite the whole range), which the
   * page lists once for the range rather than under each of its paragraphs.
   */
  function paragraphBackLinks(documentId: string, anchor: string): string[] {
    const page = parse(readBuilt(paths.report(documentId)));
    const element = page.getElementById(anchor);
    if (!element) throw new Error(`${paths.report(documentId)} has no #${anchor}`);
    const own = element.querySelectorAll('.back-links a');
    let range = element.parentNode;
    while (range && !(range.getAttribute?.('id') ?? '').startsWith('paras-'))
      range = range.parentNode;
    const inParagraphs = new Set(range?.querySelectorAll('[id^="para-"] .back-links a') ?? []);
    const ofRange = range
      ? range.querySelectorAll('.back-links a').filter((link) => !inParagraphs.has(link))
      : [];
    return [...ofRange, ...own].map((link) => link.getAttribute('href')!).sort();
  }

  test.each(paragraphs.map((paragraph) => [paragraph.anchor, paragraph] as const))(
    'report paragraph %s',
    (_anchor, paragraph) => {
      const shown = paragraphBackLinks(paragraph.documentId, paragraph.anchor);
      expect(shown.length).toBeGreaterThan(0);
      expect(paragraph.citedIn.map((entry) => asSitePath(entry.permalink)).sort()).toEqual(shown);
    },
  );

  test('the check fails on a list shorter than the page (a test of the test)', () => {
    const document = documents.find((entry) => entry.id === 'a-77-275')!;
    const shown = backLinksOn(paths.documents(), 'doc-a-77-275');
    expect(shown.length).toBeGreaterThan(1);
    expect(document.citedIn.slice(1).map((entry) => asSitePath(entry.permalink))).not.toEqual(
      shown,
    );
  });
});

describe('the "Source" link of every slot, question, summary and meeting is in the data', () => {
  type Sourced = { source?: { url: string; startLine: number; endLine: number } };
  const questions = JSON.parse(readBuilt('/data/questions.json')) as (Sourced & {
    id: string;
    permalink: string;
  })[];
  const slots = JSON.parse(readBuilt('/data/slots.json')) as (Sourced & {
    id: string;
    permalink: string;
  })[];
  const sessions = JSON.parse(readBuilt('/data/sessions.json')) as {
    id: string;
    summaries: (Sourced & { id: string; page: string })[];
    meetings: (Sourced & { id: string; permalink: string })[];
  }[];
  /** The source link a page shows on an element (the first one directly in it for containers). */
  const shownSource = (permalink: string, selector: string): string => {
    const url = new URL(permalink);
    const element = parse(
      readBuilt(url.pathname.slice(new URL(siteBase).pathname.length - 1)),
    ).getElementById(url.hash.slice(1))!;
    const link = element.querySelector(selector)!;
    return `${link.getAttribute('href')} ${link.getAttribute('data-source-lines')}`;
  };
  const inData = (record: Sourced): string =>
    `${asSitePath(record.source!.url)} ${record.source!.startLine}-${record.source!.endLine}`;

  test('every record has its source', () => {
    expect(questions.every((record) => record.source)).toBe(true);
    expect(slots.every((record) => record.source)).toBe(true);
    expect(
      sessions
        .flatMap((session) => [...session.summaries, ...session.meetings])
        .every((record) => record.source),
    ).toBe(true);
  });

  test.each(questions.map((record) => [record.id, record] as const))(
    'question %s',
    (_id, record) => {
      expect(inData(record)).toBe(shownSource(record.permalink, 'a.source-link'));
    },
  );

  test.each(slots.map((record) => [record.id, record] as const))('slot %s', (_id, record) => {
    expect(inData(record)).toBe(
      shownSource(record.permalink, ':scope > .slot-links a.source-link'),
    );
  });

  test.each(
    sessions.flatMap((session) => session.meetings).map((record) => [record.id, record] as const),
  )('meeting %s', (_id, record) => {
    expect(inData(record)).toBe(
      shownSource(record.permalink, ':scope > .slot-links a.source-link'),
    );
  });

  test.each(
    sessions.flatMap((session) => session.summaries).map((record) => [record.id, record] as const),
  )('summary %s', (_id, record) => {
    expect(inData(record)).toBe(
      shownSource(`${record.page}#summary-${record.id}`, '.see-also a.source-link'),
    );
  });
});

describe('every slot event carries the notes and footnotes of its slot', () => {
  const slotsWithNotes = site.slots.filter(
    (slot) => slotNoteTexts(slot, sessionOf(slot.id)).length > 0,
  );

  test('the content has slots with notes of every kind (slot notes, block footnotes, session notes)', () => {
    expect(site.slots.some((slot) => slot.notes.length > 0)).toBe(true);
    expect(site.slots.some((slot) => slot.blocks.some((block) => block.footnotes.length > 0))).toBe(
      true,
    );
    expect(slotsWithNotes).toHaveLength(site.slots.length);
  });

  // A UID is a UUID of the slot id: the slot is found by its UID, not read out of it.
  const slotIdsByUid = new Map(site.slots.map((slot) => [slotUid(slot.id), slot.id]));
  // Every feed but a meeting's own file holds slots.
  const slotFeedPaths = calendarPaths.filter((path) => !path.startsWith('/calendar/meetings/'));
  test.each(slotFeedPaths)('%s', (sitePath) => {
    const slotEvents = icsEvents(sitePath).filter((event) => slotIdsByUid.has(event.uid));
    expect(slotEvents.length).toBeGreaterThan(0);
    for (const event of slotEvents) {
      const slotId = slotIdsByUid.get(event.uid)!;
      expect(
        missingNotes(event.description, slotNoteTexts(slotsById.get(slotId)!, sessionOf(slotId))),
        event.uid,
      ).toEqual([]);
    }
  });

  test.each(site.sessions.map((session) => session.id))(
    'schedule.json and schedule.xml of %s',
    (sessionId) => {
      const xml = readBuilt(paths.scheduleXml(sessionId));
      const events = [...scheduleJsonEvents(sessionId), ...scheduleXmlEvents(xml, sessionId)];
      expect(events).toHaveLength(
        2 * site.slots.filter((slot) => slot.sessionId === sessionId).length,
      );
      for (const event of events) {
        expect(
          missingNotes(
            event.description,
            slotNoteTexts(slotsById.get(event.slotId)!, sessionOf(event.slotId)),
          ),
          event.slotId,
        ).toEqual([]);
      }
    },
  );

  test('the check fails on a feed that drops a footnote of its slot (a test of the test)', () => {
    const slot = slotsById.get('2023-03-06-1000')!;
    const footnote = slot.blocks.flatMap((block) => block.footnotes)[0]!;
    const event = icsEvents(paths.slotEvent(slot.id))[0]!;
    const notes = slotNoteTexts(slot, sessionOf(slot.id));
    expect(missingNotes(event.description, notes)).toEqual([]);
    const broken = event.description.replace(footnote.text, '');
    expect(broken).not.toBe(event.description);
    expect(missingNotes(broken, notes)).toEqual([footnote.text]);
  });

  test('the check fails on a feed that drops a note of its slot (a test of the test)', () => {
    const slot = slotsById.get('2022-03-31-1500')!;
    const json = scheduleJsonEvents('second-session').find((event) => event.slotId === slot.id)!;
    const notes = slotNoteTexts(slot, sessionOf(slot.id));
    expect(missingNotes(json.description, notes)).toEqual([]);
    const broken = json.description.replace(slot.notes[0]!, '');
    expect(missingNotes(broken, notes)).toEqual([slot.notes[0]]);
  });
});

describe('issue 23: schedules and citations agree with the pages', () => {
  const sessionsJson = JSON.parse(readBuilt(paths.dataset('sessions'))) as { id: string }[];
  test.each(sessionsJson.map((session) => [session.id] as const))(
    "%s: every schedule.json event's title is its slot's title on the session page",
    (sessionId) => {
      const page = parse(readBuilt(paths.session(sessionId)));
      const schedule = JSON.parse(readBuilt(paths.scheduleJson(sessionId))) as {
        schedule: {
          conference: {
            days: { rooms: Record<string, { slug: string; title: string; url: string }[]> }[];
          };
        };
      };
      const events = schedule.schedule.conference.days.flatMap((day) =>
        Object.values(day.rooms).flat(),
      );
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        const anchor = new URL(event.url).hash.slice(1);
        const shown = page
          .querySelector(`[id="${anchor}"] .slot-topic`)
          ?.text.replace(/\s+/g, ' ')
          .trim();
        expect(event.title).toBe(shown);
      }
    },
  );

  test('documents.json counts as many citations of each document as the /documents/ page lists', () => {
    const page = parse(readBuilt(paths.documents()));
    const documents = JSON.parse(readBuilt(paths.dataset('documents'))) as {
      id: string;
      citations: unknown[];
      citedIn: unknown[];
    }[];
    for (const document of documents) {
      // A long list shows its first entries and counts the rest ("And 12 more places…").
      const section = page.querySelector(`[id="${documentAnchor(document.id)}"]`)!;
      const more = /And (\d+) more places/.exec(section.textContent.replace(/\s+/g, ' '));
      const shown = section.querySelectorAll('li').length + Number(more?.[1] ?? 0);
      expect(document.citations.length, document.id).toBe(document.citedIn.length);
      expect(document.citations.length, document.id).toBe(shown);
    }
  });
});
