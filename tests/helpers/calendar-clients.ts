/**
 * Reads iCalendar text with three independent parsers, as calendar clients would: ical.js (Mozilla's,
 * used by Thunderbird), node-ical and ical (the parsers of many Node calendar integrations). Each
 * event must come out the same from all three: the URL as a plain string, the categories whole.
 */
import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';

const require = createRequire(import.meta.url);
/** `ical` ships no types: its parseICS returns objects keyed by UID, like node-ical's. */
const ical = require('ical') as { parseICS(text: string): Record<string, Record<string, unknown>> };

/** An event as one parser reads it. */
export interface ParsedEvent {
  uid: string;
  url: unknown;
  categories: unknown;
}

/** The events of a feed as ical.js, node-ical and ical read them, by parser name. */
export function eventsByParser(
  text: string,
): Record<'ical.js' | 'node-ical' | 'ical', ParsedEvent[]> {
  const icalJs = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => ({
      uid: String(component.getFirstPropertyValue('uid')),
      url: component.getFirstPropertyValue('url'),
      categories: component
        .getAllProperties('categories')
        .flatMap((property) => property.getValues()),
    }));
  const fromObjects = (parsed: Record<string, Record<string, unknown>>): ParsedEvent[] =>
    Object.values(parsed)
      .filter((entry) => entry.type === 'VEVENT')
      .map((entry) => ({
        uid: String(entry.uid),
        url: entry.url,
        categories: entry.categories ?? [],
      }));
  return {
    'ical.js': icalJs,
    'node-ical': fromObjects(
      nodeIcal.sync.parseICS(text) as unknown as Record<string, Record<string, unknown>>,
    ),
    ical: fromObjects(ical.parseICS(text)),
  };
}

/**
 * Where the parsers disagree with what the feed means: a URL that is not the same plain string in
 * every parser, categories that a parser splits or merges. `expected` maps each UID to its
 * categories as the site names them. Empty when every client reads the feed alike.
 */
export function clientProblems(
  text: string,
  expected: ReadonlyMap<string, readonly string[]>,
): string[] {
  const problems: string[] = [];
  const parsed = eventsByParser(text);
  const reference = new Map(parsed['ical.js'].map((event) => [event.uid, event]));
  for (const [parser, events] of Object.entries(parsed)) {
    if (events.length !== reference.size)
      problems.push(`${parser}: reads ${events.length} events, ical.js ${reference.size}`);
    for (const event of events) {
      const url = reference.get(event.uid)?.url;
      if (typeof event.url !== 'string' || event.url !== url)
        problems.push(
          `${parser}: ${event.uid}: URL is ${JSON.stringify(event.url)}, not the string ${JSON.stringify(url)}`,
        );
      const categories = expected.get(event.uid);
      if (categories && JSON.stringify(event.categories) !== JSON.stringify(categories)) {
        problems.push(
          `${parser}: ${event.uid}: categories ${JSON.stringify(event.categories)}, expected ${JSON.stringify(categories)}`,
        );
      }
    }
  }
  return problems;
}
