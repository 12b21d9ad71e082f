/** Where a build publishes its links: SITE_URL and BASE_PATH, a local origin, never a placeholder. */
import { describe, expect, test } from 'vitest';
import { createUrls, DeploymentConfigError, localOrigin, resolveDeployment } from '../../src/domain/urls.ts';

describe('resolveDeployment', () => {
  test.each([
    [{ SITE_URL: 'https://oewg.host.test' }, { site: 'https://oewg.host.test', base: '/', local: false }],
    [{ SITE_URL: 'https://owner.github.io/', BASE_PATH: '/repo' }, { site: 'https://owner.github.io', base: '/repo/', local: false }],
    [{ SITE_URL: ' http://127.0.0.1:8080 ', BASE_PATH: 'oewg/' }, { site: 'http://127.0.0.1:8080', base: '/oewg/', local: false }],
    [{ SITE_URL: 'https://host.test', OEWG_DEPLOY: '1', NETLIFY: 'true' }, { site: 'https://host.test', base: '/', local: false }],
    [{}, { site: localOrigin, base: '/', local: true }],
    [{ SITE_URL: '', BASE_PATH: '/oewg/' }, { site: localOrigin, base: '/oewg/', local: true }],
  ])('%o → %o', (environment, expected) => {
    expect(resolveDeployment(environment)).toEqual(expected);
  });

  test.each([
    [{ OEWG_DEPLOY: '1' }, 'SITE_URL is not set, but OEWG_DEPLOY=1 marks a deployment build'],
    [{ NETLIFY: 'true' }, 'SITE_URL is not set, but NETLIFY=true marks a deployment build'],
    [{ VERCEL: '1' }, 'SITE_URL is not set, but VERCEL=1 marks a deployment build'],
    [{ CF_PAGES: '1' }, 'SITE_URL is not set, but CF_PAGES=1 marks a deployment build'],
    [{ SITE_URL: 'oewg.host.test' }, 'SITE_URL must be an absolute http(s) origin such as https://your.host, got "oewg.host.test"'],
    [{ SITE_URL: 'ftp://host.test' }, 'SITE_URL must start with https:// or http://, got "ftp://host.test"'],
    [{ SITE_URL: 'https://owner.github.io/repo/' }, 'SITE_URL must be an origin only (scheme and host), got "https://owner.github.io/repo/"; put a sub-path in BASE_PATH, e.g. BASE_PATH=/repo/'],
    [{ SITE_URL: 'https://host.test', BASE_PATH: '/a b/' }, 'BASE_PATH must be a path such as /oewg/'],
  ])('refuses %o', (environment, message) => {
    expect(() => resolveDeployment(environment)).toThrow(DeploymentConfigError);
    expect(() => resolveDeployment(environment)).toThrow(message);
  });
});

test('createUrls has no fallback host: without a site it refuses to build absolute links', () => {
  expect(() => createUrls('/', undefined)).toThrow('no site origin configured');
  expect(createUrls('/oewg/', 'https://host.test').absolute('/calendar/all.ics')).toBe('https://host.test/oewg/calendar/all.ics');
});
