/**
 * Every host configuration sends the same headers, from one definition (headerRules, itself from the
 * output registry): the committed files are what `npm run hosts:write` writes, and each host's
 * file, read the way that host applies it, gives every kind of path the headers `_headers` gives
 * it (HSTS everywhere; every output file its registry type and CORS), at the root and under a base
 * path; Apache and nginx refuse the host files. (Real nginx and Apache: tests/e2e/real-hosts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  apacheHtaccess,
  crossOriginHeaders,
  headerOnlyDirectives,
  hostConfigFiles,
  hostFilePaths,
  metaContentSecurityPolicy,
  netlifyHeadersFile,
  nginxConf,
  securityHeaders,
  vercelConfig,
} from '../../../src/domain/outputs/host-headers.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';
import {
  apacheHeaders,
  apacheRefuses,
  netlifyHeaders,
  nginxHeaders,
  nginxRefuses,
  vercelHeaders,
} from '../../helpers/host-config-readers.ts';

/** One path of each kind the site serves. */
const samplePaths = [
  '/',
  '/sessions/second-session/',
  '/sessions/second-session/summaries/',
  '/questions/',
  '/pagefind/pagefind.js',
  '/scripts/local-time.js',
  '/calendar/',
  '/calendar/all.ics',
  '/calendar/sessions/second-session.ics',
  '/calendar/topics/threats.ics',
  '/calendar/slots/2022-03-28-1000.ics',
  '/data/',
  '/data/sessions.json',
  '/data/sessions.csv',
  '/data/schema/slots.schema.json',
  '/sessions/fourth-session/schedule.json',
  '/sessions/fourth-session/schedule.xml',
];

/** The content type each kind of output file must be served with, by how its path ends (written out here, not taken from the registry). */
const outputTypes: [RegExp, string][] = [
  [/\.ics$/, 'text/calendar; charset=utf-8'],
  [/^\/data\/schema\/[^/]+\.schema\.json$/, 'application/schema+json; charset=utf-8'],
  [/^\/data\/[^/]+\.json$/, 'application/json; charset=utf-8'],
  [/^\/data\/[^/]+\.csv$/, 'text/csv; charset=utf-8; header=present'],
  [/\/schedule\.json$/, 'application/json; charset=utf-8'],
  [/\/schedule\.xml$/, 'application/xml; charset=utf-8'],
];

/** What a path must get: security headers (HSTS among them); an output file its type and CORS. */
function expectedHeaders(path: string): Record<string, string> {
  const type = outputTypes.find(([pattern]) => pattern.test(path))?.[1];
  return { ...securityHeaders, ...(type ? { 'Content-Type': type, ...crossOriginHeaders } : {}) };
}

describe('host headers', () => {
  test('the CSP allows no inline script and no other origin', () => {
    const policy = securityHeaders['Content-Security-Policy']!;
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  test('every host sends HSTS', () => {
    expect(securityHeaders['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}$/);
  });

  test("the <meta> policy of every page is the header's, directive for directive, without what only a header can say", () => {
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((directive) => directive.trim())
        .filter(Boolean);
    const header = directives(securityHeaders['Content-Security-Policy']!);
    const meta = directives(metaContentSecurityPolicy);
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).toEqual(
      header.filter((directive) => !headerOnlyDirectives.includes(directive.split(' ')[0]!)),
    );
    expect(
      meta.filter((directive) => /^(frame-ancestors|report-uri|sandbox)\b/.test(directive)),
    ).toEqual([]);
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(meta.length).toBe(header.length - 1);
  });

  test.each(Object.keys(hostConfigFiles()))(
    'the committed %s is the generated one (npm run hosts:write)',
    (file) => {
      expect(readFileSync(join(projectRoot, file), 'utf8')).toBe(hostConfigFiles()[file]);
    },
  );

  test.each(samplePaths)('%s gets the same headers from every host', (path) => {
    const expected = expectedHeaders(path);
    expect(netlifyHeaders(netlifyHeadersFile('/'), path)).toEqual(expected);
    expect(vercelHeaders(vercelConfig(), path)).toEqual(expected);
    expect(apacheHeaders(apacheHtaccess(), path)).toEqual(expected);
    expect(nginxHeaders(nginxConf('/'), path)).toEqual(expected);
  });

  test.each(samplePaths)(
    'under /oewg/, %s gets the same headers from _headers, Apache and nginx',
    (path) => {
      const expected = expectedHeaders(path);
      expect(netlifyHeaders(netlifyHeadersFile('/oewg/'), `/oewg${path}`)).toEqual(expected);
      expect(apacheHeaders(apacheHtaccess(), `/oewg${path}`)).toEqual(expected);
      expect(nginxHeaders(nginxConf('/oewg/'), `/oewg${path}`)).toEqual(expected);
      // Rules written for a base path do not reach the same path outside it.
      expect(netlifyHeaders(netlifyHeadersFile('/oewg/'), path)).toEqual({});
    },
  );

  test.each([...hostFilePaths, '/oewg/_headers', '/oewg/.htaccess'])(
    'Apache and nginx refuse to serve %s; pages and outputs are served',
    (path) => {
      expect(apacheRefuses(apacheHtaccess(), path)).toBe(true);
      expect(nginxRefuses(nginxConf('/'), path)).toBe(true);
      for (const served of samplePaths) {
        expect(apacheRefuses(apacheHtaccess(), served)).toBe(false);
        expect(nginxRefuses(nginxConf('/'), served)).toBe(false);
      }
    },
  );

  test('a test of the test: a naive nginx location loses the security headers, an .htaccess without <If> loses types and CORS', () => {
    const naiveNginx = nginxConf('/').replace(/\n {2}add_header (?!Access-Control)[^\n]*/g, '');
    expect(nginxHeaders(naiveNginx, '/data/sessions.json')).toEqual({
      'Content-Type': 'application/json; charset=utf-8',
      ...crossOriginHeaders,
    });
    const noIf = apacheHtaccess().replace(/<If[\s\S]*?<\/If>\n/g, '');
    expect(apacheHeaders(noIf, '/data/sessions.json')).toEqual(securityHeaders);
    expect(apacheRefuses(apacheHtaccess().replace(/^RedirectMatch.*\n/m, ''), '/_headers')).toBe(
      false,
    );
    expect(
      vercelHeaders(
        vercelConfig().replace('/data/:dataset', '/datasets/:dataset'),
        '/data/sessions.json',
      ),
    ).toEqual(securityHeaders);
  });
});
