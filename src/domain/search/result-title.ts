/**
 * The one line a search result shows, written into the page as the result's `data-pagefind-title`
 * (Pagefind stores it without indexing it) and read back by the search page: what the element is,
 * then its facts (sessions, date, topics, UTC times), separated by " · ". Written and read here
 * only, so the two never drift; no import, so the search page's script stays small.
 */

/** One element found on its own by search: what is shown with it and the filters it answers to. */
export interface SearchRecord {
  /** What it is, e.g. `Guiding question 3` or `Narrative summary IV. Confidence-building measures`. */
  label: string;
  /** Sessions the element belongs to (filter values; shown). */
  sessions: string[];
  /** When, as the page prints it; absent where the element has no date. */
  date?: string;
  /** Agenda item 5 sub-items the element belongs to (filter values; shown). */
  topics: string[];
  /** The element's UTC start (and end, where announced), for the time in the reader's zone. */
  instants?: SearchInstants;
}

/** UTC start (and end, where announced) of a slot or meeting, as ISO instants (`2023-03-09T15:30:00Z`). */
export interface SearchInstants {
  start: string;
  end?: string;
}

/** Between the parts of a result's title. */
export const searchTitleSeparator = ' · ';

const utcPattern = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(?:–(\d{2}:\d{2}))? UTC$/;

/** A UTC time span as a result's fact, e.g. `2023-03-09 15:30–17:00 UTC` (an earlier end falls on the next day). */
export function utcFact(instants: SearchInstants): string {
  return `${instants.start.slice(0, 10)} ${instants.start.slice(11, 16)}${instants.end ? `–${instants.end.slice(11, 16)}` : ''} UTC`;
}

/** The one line a result shows: what the element is, then its sessions, date, topics and UTC times. */
export function searchResultTitle(record: SearchRecord): string {
  const parts = [
    record.label,
    ...record.sessions,
    ...(record.date ? [record.date] : []),
    ...record.topics,
    ...(record.instants ? [utcFact(record.instants)] : []),
  ];
  const joined = parts.find((part) => part.includes(searchTitleSeparator.trim()));
  if (joined)
    throw new Error(
      `a search result's title part holds the separator "${searchTitleSeparator.trim()}": ${joined}`,
    );
  return parts.join(searchTitleSeparator);
}

/** A result's title read back: its label, its facts (sessions, date, topics), its UTC instants. */
export interface ReadTitle {
  label: string;
  facts: string[];
  instants?: SearchInstants;
}

/** Reads a title written by `searchResultTitle`. */
export function readResultTitle(title: string): ReadTitle {
  const [label = '', ...rest] = title.split(searchTitleSeparator);
  const facts: string[] = [];
  let instants: SearchInstants | undefined;
  for (const fact of rest) {
    const utc = utcPattern.exec(fact);
    if (!utc) {
      facts.push(fact);
      continue;
    }
    const [, date, start, end] = utc;
    const startIso = `${date}T${start}:00Z`;
    let endIso: string | undefined;
    if (end) {
      endIso = `${date}T${end}:00Z`;
      // An end before the start is on the next day (UTC).
      if (endIso < startIso)
        endIso = new Date(Date.parse(endIso) + 86_400_000).toISOString().replace('.000Z', 'Z');
    }
    instants = { start: startIso, ...(endIso ? { end: endIso } : {}) };
  }
  return { label, facts, ...(instants ? { instants } : {}) };
}
