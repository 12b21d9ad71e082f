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
  /** The sessions whose first day falls in a year (`2022`); a session id is never four digits (an integrity rule). */
  sessionsOfYear: (year: string) => `/sessions/${year}/`,
  session: (sessionId: string) => `/sessions/${sessionId}/`,
  summaries: (sessionId: string) => `/sessions/${sessionId}/summaries/`,
  topic: (topicId: string) => `/topics/${topicId}/`,
  topics: () => '/topics/',
  questions: () => '/questions/',
  sessionQuestions: (sessionId: string) => `/questions/${sessionId}/`,
  report: (documentId: string) => `/reports/${documentId}/`,
  documents: () => '/documents/',
  search: () => '/search/',
  /** The words of the indexed content, for the search page's "Did you mean" (loaded only when a word finds nothing). */
  searchVocabulary: () => '/search/vocabulary.json',
  /** Acronyms and their expansions. */
  glossary: () => '/glossary/',
  calendar: () => '/calendar/',
  data: () => '/data/',
  /** A source document as extracted, one anchor per line (`sources/<stem>.txt` of the content). */
  source: (stem: string) => `/sources/${stem}/`,
  /** Calendar feeds. */
  allFeed: () => '/calendar/all.ics',
  sessionFeed: (sessionId: string) => `/calendar/sessions/${sessionId}.ics`,
  topicFeed: (topicId: string) => `/calendar/topics/${topicId}.ics`,
  slotEvent: (slotId: string) => `/calendar/slots/${slotId}.ics`,
  /** One meeting around a session as a file of its own (its "Add to calendar" download). */
  meetingEvent: (meetingId: string) => `/calendar/meetings/${meetingId}.ics`,
  /** Data exports. */
  dataset: (name: string) => `/data/${name}.json`,
  datasetCsv: (name: string) => `/data/${name}.csv`,
  datasetSchema: (name: string) => `/data/schema/${name}.schema.json`,
  scheduleJson: (sessionId: string) => `/sessions/${sessionId}/schedule.json`,
  scheduleXml: (sessionId: string) => `/sessions/${sessionId}/schedule.xml`,
  /** A session's own CSV file beside its page: `slots` or `questions`. */
  sessionSheet: (sessionId: string, name: string) => `/sessions/${sessionId}/${name}.csv`,
  // Static assets. The scripts are not here: they are the components' own, bundled by Astro into
  // hashed `/_astro/` files.
  /** The search index and Pagefind's JavaScript API (`pagefind.js`), written by the Pagefind integration. */
  searchBundle: () => '/pagefind/',
  favicon: () => '/favicon.svg',
} as const;

/**
 * Builds links for a deployment: `base` is Astro's base path, `site` its absolute origin. There is
 * no fallback host: a build always has one (`resolveDeployment`), and an absolute link to a made-up
 * host would break every subscription quietly.
 */
export function createUrls(base: string, site: string | URL | undefined) {
  if (site === undefined || String(site) === '')
    throw new Error('createUrls: no site origin configured (see resolveDeployment)');
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  /** A path with the base path in front, e.g. `/oewg/sessions/second-session/`. */
  const href = (path: string): string =>
    `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
  /** An absolute URL, e.g. `https://example.org/oewg/calendar/all.ics`. */
  const absolute = (path: string): string => new URL(href(path), site).toString();
  /** The permalink of an element on a page. */
  const anchor = (path: string, fragment: string): string => `${href(path)}#${fragment}`;
  return { href, absolute, anchor };
}

/** The link helpers of one deployment. */
export type Urls = ReturnType<typeof createUrls>;

/** Where `astro preview` and `astro dev` serve the site by default: the origin of a local build. */
export const localOrigin = 'http://localhost:4321';

/**
 * Environment variables that mark a build made by a static host's build service. Such a build is
 * published, so it must know its public address: without `SITE_URL` it fails instead of guessing.
 * (`OEWG_DEPLOY=1` marks any other deployment build, e.g. the GitHub Pages workflow.)
 */
export const deploymentMarkers: Readonly<Record<string, string>> = {
  OEWG_DEPLOY: '1',
  NETLIFY: 'true',
  VERCEL: '1',
  CF_PAGES: '1',
};

/** The origin and base path a build publishes its absolute links under. */
export interface Deployment {
  /** Absolute origin without a trailing slash, e.g. `https://oewg.un-ict.org`. */
  site: string;
  /** Base path with leading and trailing slash, e.g. `/` or `/oewg/`. */
  base: string;
  /** True for a local build (no `SITE_URL`): links point to the local preview server. */
  local: boolean;
}

/** A deployment setting that cannot be used; the message says which variable and what to write. */
export class DeploymentConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeploymentConfigError';
  }
}

/**
 * The deployment of a build, from `SITE_URL` and `BASE_PATH`. `SITE_URL` is the public origin
 * (scheme and host, no path); `BASE_PATH` the sub-path the site lives under. Without `SITE_URL`
 * a build is local (links to `http://localhost:4321`, where `npm start` serves it) unless a
 * deployment marker is set, in which case it fails: no build ever publishes a placeholder host.
 */
export function resolveDeployment(
  environment: Readonly<Record<string, string | undefined>>,
): Deployment {
  const base = normaliseBasePath(environment.BASE_PATH);
  const configured = environment.SITE_URL?.trim();
  if (!configured) {
    const marker = Object.entries(deploymentMarkers).find(
      ([name, value]) => environment[name] === value,
    );
    if (marker) {
      throw new DeploymentConfigError(
        `SITE_URL is not set, but ${marker[0]}=${marker[1]} marks a deployment build: set SITE_URL to the site's public origin ` +
          '(for example SITE_URL=https://your.host) so feeds, subscribe links and exports point to it',
      );
    }
    return { site: localOrigin, base, local: true };
  }
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new DeploymentConfigError(
      `SITE_URL must be an absolute http(s) origin such as https://your.host, got "${configured}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeploymentConfigError(
      `SITE_URL must start with https:// or http://, got "${configured}"`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new DeploymentConfigError(
      `SITE_URL must be an origin only (scheme and host), got "${configured}"; put a sub-path in BASE_PATH, e.g. BASE_PATH=${url.pathname}`,
    );
  }
  return { site: url.origin, base, local: false };
}

/** `BASE_PATH` with a leading and a trailing slash; `/` when unset. */
function normaliseBasePath(value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(trimmed)) {
    throw new DeploymentConfigError(
      `BASE_PATH must be a path such as /oewg/ (letters, digits, ".", "_", "~", "-" between slashes), got "${value}"`,
    );
  }
  const withLeading = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
