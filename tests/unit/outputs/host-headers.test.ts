/** Every host configuration sends the same headers, from one definition. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { calendarContentType, headersFor, netlifyHeadersFile, parseNetlifyHeaders, securityHeaders } from '../../../src/domain/outputs/host-headers.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

describe('host headers', () => {
  test('the CSP allows no inline script and no other origin', () => {
    const policy = securityHeaders['Content-Security-Policy']!;
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  test('_headers for a sub-path deployment carries the base path', () => {
    const rules = parseNetlifyHeaders(netlifyHeadersFile('/oewg/'));
    expect(headersFor('/oewg/sessions/second-session/', rules)).toEqual(securityHeaders);
    expect(headersFor('/oewg/calendar/sessions/second-session.ics', rules)['Content-Type']).toBe(calendarContentType);
    expect(headersFor('/calendar/sessions/second-session.ics', rules)['Content-Type']).toBeUndefined();
  });

  test('vercel.json sends the same security headers on every path', () => {
    const config = JSON.parse(readFileSync(join(projectRoot, 'vercel.json'), 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const everyPath = config.headers.find((rule) => rule.source === '/(.*)')!;
    expect(Object.fromEntries(everyPath.headers.map((header) => [header.key, header.value]))).toEqual(securityHeaders);
  });

  test('.htaccess (Apache) sets the same security headers', () => {
    const htaccess = readFileSync(join(projectRoot, 'public', '.htaccess'), 'utf8');
    const set = Object.fromEntries([...htaccess.matchAll(/Header always set (\S+) "([^"]*)"/g)].map((match) => [match[1], match[2]]));
    expect(set).toEqual(securityHeaders);
  });
});
