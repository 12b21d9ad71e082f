/**
 * Every URL the site builds, in one place, base path included. Published URLs (pages, feeds,
 * data exports) never change once published: add new ones, do not rename.
 */

/** The official link of a UN document symbol. */
export function officialDocumentUrl(symbol: string): string {
  return `https://docs.un.org/en/${symbol}`;
}

/** Site-relative paths (without the base path). */
export const paths = {
  home: () => '/',
  sessions: () => '/sessions/',
  session: (sessionId: string) => `/sessions/${sessionId}/`,
  summaries: (sessionId: string) => `/sessions/${sessionId}/summaries/`,
  topic: (topicId: string) => `/topics/${topicId}/`,
  topics: () => '/topics/',
  questions: () => '/questions/',
  sessionQuestions: (sessionId: string) => `/questions/${sessionId}/`,
  report: (documentId: string) => `/reports/${documentId}/`,
  documents: () => '/documents/',
  search: () => '/search/',
  calendar: () => '/calendar/',
  data: () => '/data/',
  /** Calendar feeds. */
  allFeed: () => '/calendar/all.ics',
  sessionFeed: (sessionId: string) => `/calendar/sessions/${sessionId}.ics`,
  topicFeed: (topicId: string) => `/calendar/topics/${topicId}.ics`,
  slotEvent: (slotId: string) => `/calendar/slots/${slotId}.ics`,
  /** Data exports. */
  dataset: (name: string) => `/data/${name}.json`,
  datasetCsv: (name: string) => `/data/${name}.csv`,
  datasetSchema: (name: string) => `/data/schema/${name}.schema.json`,
  scheduleJson: (sessionId: string) => `/sessions/${sessionId}/schedule.json`,
  scheduleXml: (sessionId: string) => `/sessions/${sessionId}/schedule.xml`,
  /** Static assets. */
  copyFeedScript: () => '/scripts/copy-feed-address.js',
  localTimeScript: () => '/scripts/local-time.js',
  /** The search page's script, and its styles for Pagefind's UI. */
  searchScript: () => '/scripts/search.js',
  searchStylesheet: () => '/styles/search.css',
  /** The search index and Pagefind's own UI files, written by the Pagefind integration. */
  searchBundle: () => '/pagefind/',
  searchUiScript: () => '/pagefind/pagefind-ui.js',
  searchUiStylesheet: () => '/pagefind/pagefind-ui.css',
  favicon: () => '/favicon.svg',
} as const;

/** Builds links for a deployment: `base` is Astro's base path, `site` its absolute origin. */
export function createUrls(base: string, site: string | URL | undefined) {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  /** A path with the base path in front, e.g. `/oewg/sessions/second-session/`. */
  const href = (path: string): string => `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
  /** An absolute URL, e.g. `https://example.org/oewg/calendar/all.ics`. */
  const absolute = (path: string): string => new URL(href(path), site ?? 'http://localhost/').toString();
  /** The permalink of an element on a page. */
  const anchor = (path: string, fragment: string): string => `${href(path)}#${fragment}`;
  return { href, absolute, anchor };
}

/** The link helpers of one deployment. */
export type Urls = ReturnType<typeof createUrls>;
