/**
 * A deployment build names its own host and no other: two copies of the project built for two
 * hosts (and two base paths) link only to their own host, and give every calendar event and every
 * conference-app item the same identity as each other and as the local build. The scan is shown to
 * catch a placeholder host.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distRoot } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { isolatedBuild, type IsolatedBuild } from '../helpers/isolated-build.ts';

/** Hosts of the addresses printed in the source texts (content/sources/), which are published verbatim. */
function hostsPrintedInSources(): string[] {
  const folder = join(projectRoot, 'content', 'sources');
  return readdirSync(folder).flatMap((name) =>
    [...readFileSync(join(folder, name), 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map(
      (match) => match[1]!.toLowerCase(),
    ),
  );
}

/**
 * Other sites the pages and exports may name, each for a reason: the official documents, the link
 * printed in a source, the schemas the exports declare, the SVG namespace, schema.org's vocabulary
 * (the JSON-LD's context and enumeration values), and the add-to-calendar services. Anything else is a host the build must not publish.
 */
const outsideHosts = new Set([
  'docs.un.org', // official document links (officialDocumentUrl)
  ...hostsPrintedInSources(), // the source pages publish the sources' own text, links included
  'json-schema.org',
  'c3voc.de', // `$schema` of the datasets' schemas and of schedule.json
  'www.w3.org', // XML namespaces (SVG)
  'schema.org', // the JSON-LD's @context and values such as https://schema.org/OfflineEventAttendanceMode
  'calendar.google.com',
  'outlook.live.com',
  'outlook.office.com', // subscribe / add-to-calendar services
]);

/** Text files of a build, by path relative to it; Pagefind's own library code and binary index are not the site's words. */
function textFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(root, path);
      if (entry.isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (
        /\.(html|xml|json|ics|js|css|txt|svg|webmanifest)$|^_headers$|\.htaccess$/.test(entry.name)
      ) {
        // iCalendar folds long lines (CRLF + space): unfold so a folded address is read whole.
        files.set(name, readFileSync(path, 'utf8').replace(/\r\n[ \t]/g, ''));
      }
    }
  };
  walk(root);
  return files;
}

/** Every host a build names that is neither its own nor an outside one, with the files naming it. */
function foreignHosts(root: string, ownHost: string): string[] {
  const found = new Map<string, Set<string>>();
  for (const [name, text] of textFiles(root)) {
    // UIDs are UUIDs (calendarUuidNamespace): no domain, so nothing to set aside.
    for (const match of text.matchAll(/\b(?:https?|webcal):\/\/([a-z0-9.-]+(?::[0-9]+)?)/gi)) {
      const host = match[1]!.toLowerCase();
      if (host === ownHost || outsideHosts.has(host)) continue;
      if (!found.has(host)) found.set(host, new Set());
      found.get(host)!.add(name);
    }
    for (const placeholder of ['example.org', 'localhost']) {
      if (
        text.includes(placeholder) &&
        ownHost !== placeholder &&
        !ownHost.startsWith(`${placeholder}:`)
      ) {
        if (!found.has(placeholder)) found.set(placeholder, new Set());
        found.get(placeholder)!.add(name);
      }
    }
  }
  return [...found].map(
    ([host, names]) => `${host} in ${[...names].sort().slice(0, 5).join(', ')}`,
  );
}

/** The identities a build publishes: calendar UIDs, and the guids and integer ids of the conference schedules. */
function identities(root: string): string[] {
  const ids = new Set<string>();
  for (const [name, text] of textFiles(root)) {
    if (name.endsWith('.ics'))
      for (const match of text.matchAll(/^UID:(.*)\r$/gm)) ids.add(`uid ${match[1]}`);
    if (name.endsWith('schedule.xml'))
      for (const match of text.matchAll(/\b(guid|id)="([^"]+)"/g))
        ids.add(`${name.split('/').at(-2)} ${match[1]} ${match[2]}`);
    if (name.endsWith('schedule.json')) {
      for (const match of text.matchAll(/"(guid|id)": ?("?[^",}]+"?)/g))
        ids.add(`${name.split('/').at(-2)} ${match[1]} ${match[2]!.replaceAll('"', '')}`);
    }
  }
  return [...ids].sort();
}

describe('builds for two hosts', () => {
  let first: IsolatedBuild;
  let second: IsolatedBuild;
  beforeAll(() => {
    first = isolatedBuild({
      env: { SITE_URL: 'https://oewg.first-host.test', BASE_PATH: '/oewg/', OEWG_DEPLOY: '1' },
    });
    second = isolatedBuild({
      env: { SITE_URL: 'https://second-host.test:8443', OEWG_DEPLOY: '1' },
    });
  });
  afterAll(() => {
    first?.dispose();
    second?.dispose();
  });

  test('both builds succeed', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  test('each names its own host and no other', () => {
    expect(foreignHosts(first.dist, 'oewg.first-host.test')).toEqual([]);
    expect(foreignHosts(second.dist, 'second-host.test:8443')).toEqual([]);
    expect(readFileSync(join(first.dist, 'calendar', 'all.ics'), 'utf8')).toContain(
      'URL:https://oewg.first-host.test/oewg/calendar/all.ics\r\n',
    );
    expect(readFileSync(join(second.dist, 'index.html'), 'utf8')).toContain(
      'webcal://second-host.test:8443/calendar/all.ics',
    );
  });

  test('UIDs, guids and schedule ids are the same in both, and the same as in the local build', () => {
    const ids = identities(first.dist);
    const uids = ids.filter((id) => id.startsWith('uid '));
    expect(uids.length).toBeGreaterThan(20);
    // RFC 9562 version 5 UUIDs (RFC 7986 5.3): nothing of a host in them.
    for (const uid of uids)
      expect(uid).toMatch(
        /^uid [0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    expect(ids.some((id) => / guid /.test(id))).toBe(true);
    expect(identities(second.dist)).toEqual(ids);
    expect(identities(distRoot)).toEqual(ids);
  });
});

test('a deployment build without SITE_URL fails with one clear line and no stack trace', () => {
  const build = isolatedBuild({ env: { SITE_URL: '', OEWG_DEPLOY: '1' } });
  build.dispose();
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(
    '[oewg] SITE_URL is not set, but OEWG_DEPLOY=1 marks a deployment build',
  );
  expect(build.output).not.toMatch(/^\s+at /m);
});

test('a test of the test: the local build names localhost, which a deployment must not', () => {
  expect(foreignHosts(distRoot, 'oewg.first-host.test')).toEqual(
    expect.arrayContaining([expect.stringMatching(/^localhost:4321 in /)]),
  );
  expect(foreignHosts(distRoot, 'localhost:4321')).toEqual([]);
});

test('a test of the test: a placeholder link is caught, and so is a UID with a domain', () => {
  const folder = mkdtempSync(join(tmpdir(), 'oewg-hosts-'));
  try {
    writeFileSync(
      join(folder, 'feed.ics'),
      'BEGIN:VEVENT\r\nUID:634866cf-1196-456d-8667-13a3ccc49427\r\nURL:https://oewg.first-host.test/x\r\nEND:VEVENT\r\n',
    );
    expect(foreignHosts(folder, 'oewg.first-host.test')).toEqual([]);
    writeFileSync(
      join(folder, 'feed.ics'),
      'BEGIN:VEVENT\r\nUID:slot-x@example.org\r\nURL:https://oewg.first-host.test/x\r\nEND:VEVENT\r\n',
    );
    expect(foreignHosts(folder, 'oewg.first-host.test')).toEqual(['example.org in feed.ics']);
    rmSync(join(folder, 'feed.ics'));
    writeFileSync(
      join(folder, 'index.html'),
      '<a href="https://oewg.example.org/calendar/all.ics">feed</a>',
    );
    expect(foreignHosts(folder, 'oewg.first-host.test')).toEqual([
      'oewg.example.org in index.html',
      'example.org in index.html',
    ]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
