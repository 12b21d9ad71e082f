/**
 * Every host configuration sends the same headers, from one definition (headerRules): the committed
 * files are what `npm run hosts:write` writes, and each host's file, read the way that host applies
 * it, gives every kind of path the headers `_headers` gives it, at the root and under a base path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  apacheHtaccess, calendarContentType, crossOriginHeaders, headerOnlyDirectives, hostConfigFiles, metaContentSecurityPolicy, netlifyHeadersFile, nginxConf,
  securityHeaders, vercelConfig,
} from '../../../src/domain/outputs/host-headers.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';
import { apacheHeaders, netlifyHeaders, nginxHeaders, vercelHeaders } from '../../helpers/host-config-readers.ts';

/** One path of each kind the site serves. */
const samplePaths = [
  '/', '/sessions/second-session/', '/sessions/second-session/summaries/', '/questions/', '/pagefind/pagefind.js', '/scripts/local-time.js',
  '/calendar/', '/calendar/all.ics', '/calendar/sessions/second-session.ics', '/calendar/topics/threats.ics', '/calendar/slots/2022-03-28-1000.ics',
  '/data/', '/data/sessions.json', '/data/schema/slots.schema.json', '/sessions/fourth-session/schedule.json', '/sessions/fourth-session/schedule.xml',
];

/** What a path must get. */
function expectedHeaders(path: string): Record<string, string> {
  const feed = path.endsWith('.ics');
  const shared = feed || path.startsWith('/data/') || /\/schedule\.(json|xml)$/.test(path);
  return { ...securityHeaders, ...(feed ? { 'Content-Type': calendarContentType } : {}), ...(shared ? crossOriginHeaders : {}) };
}

describe('host headers', () => {
  test('the CSP allows no inline script and no other origin', () => {
    const policy = securityHeaders['Content-Security-Policy']!;
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  test('the <meta> policy of every page is the header\'s, directive for directive, without what only a header can say', () => {
    const directives = (policy: string) => policy.split(';').map((directive) => directive.trim()).filter(Boolean);
    const header = directives(securityHeaders['Content-Security-Policy']!);
    const meta = directives(metaContentSecurityPolicy);
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).toEqual(header.filter((directive) => !headerOnlyDirectives.includes(directive.split(' ')[0]!)));
    expect(meta.filter((directive) => /^(frame-ancestors|report-uri|sandbox)\b/.test(directive))).toEqual([]);
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(meta.length).toBe(header.length - 1);
  });

  test.each(Object.keys(hostConfigFiles()))('the committed %s is the generated one (npm run hosts:write)', (file) => {
    expect(readFileSync(join(projectRoot, file), 'utf8')).toBe(hostConfigFiles()[file]);
  });

  test.each(samplePaths)('%s gets the same headers from every host', (path) => {
    const expected = expectedHeaders(path);
    expect(netlifyHeaders(netlifyHeadersFile('/'), path)).toEqual(expected);
    expect(vercelHeaders(vercelConfig(), path)).toEqual(expected);
    expect(apacheHeaders(apacheHtaccess(), path)).toEqual(expected);
    expect(nginxHeaders(nginxConf('/'), path)).toEqual(expected);
  });

  test.each(samplePaths)('under /oewg/, %s gets the same headers from _headers, Apache and nginx', (path) => {
    const expected = expectedHeaders(path);
    expect(netlifyHeaders(netlifyHeadersFile('/oewg/'), `/oewg${path}`)).toEqual(expected);
    expect(apacheHeaders(apacheHtaccess(), `/oewg${path}`)).toEqual(expected);
    expect(nginxHeaders(nginxConf('/oewg/'), `/oewg${path}`)).toEqual(expected);
    // Rules written for a base path do not reach the same path outside it.
    expect(netlifyHeaders(netlifyHeadersFile('/oewg/'), path)).toEqual({});
  });

  test('a test of the test: a naive nginx location loses the security headers, an .htaccess without <If> loses CORS', () => {
    const naiveNginx = nginxConf('/').replace(/\n {2}add_header (?!Access-Control)[^\n]*/g, '');
    expect(nginxHeaders(naiveNginx, '/data/sessions.json')).toEqual(crossOriginHeaders);
    const noIf = apacheHtaccess().replace(/ {2}<If[\s\S]*?<\/If>\n/g, '');
    expect(apacheHeaders(noIf, '/data/sessions.json')).toEqual(securityHeaders);
    expect(vercelHeaders(vercelConfig().replace('/data/(.*)', '/datasets/(.*)'), '/data/sessions.json')).toEqual(securityHeaders);
  });
});
