/**
 * The build served by real nginx (with deploy/nginx.conf) and real Apache (with the build's
 * .htaccess): every output family of the registry comes with its content type (CSV as
 * `text/csv; charset=utf-8…`), CORS and the security headers, HSTS included, with the built bytes;
 * pages with the security headers and no CORS; `/_headers` and `/.htaccess` are not served. The test
 * of the test: the same servers without the project's host file serve CSV without a charset (nginx:
 * as `application/octet-stream`) and hand out `/_headers`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/domain/outputs/host-headers.ts';
import { outputFamilies } from '../../src/domain/outputs/registry.ts';
import { distRoot } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';
import { startApache, startNginx, type HostOptions, type RealHost } from '../helpers/real-hosts.ts';

/** Site paths of every file of the build. */
function builtPaths(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(`/${relative(root, path).split(sep).join('/')}`);
    }
  };
  walk(root);
  return found;
}

/** A family's pattern as a regular expression over site paths (`:name`: any characters but `/`). */
function patternOf(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split(/(:[a-z]+)/)
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
}

const built = builtPaths(distRoot);
/** One built file of each output family. */
const samples = outputFamilies.map((family) => {
  const path = built.find((candidate) => patternOf(family.pattern).test(candidate));
  return { family, path };
});

const servers: [string, (options: HostOptions) => Promise<RealHost>][] = [
  ['nginx', (options) => startNginx(projectRoot, options)],
  ['Apache', (options) => startApache(options)],
];

describe.each(servers)('%s', (_name, start) => {
  let host: RealHost;
  beforeAll(async () => {
    host = await start({ root: distRoot });
  });
  afterAll(async () => {
    await host?.stop();
  });

  test('the build has a file of every output family', () => {
    expect(samples.filter((sample) => !sample.path).map((sample) => sample.family.id)).toEqual([]);
  });

  test.each(samples.map(({ family, path }) => [family.id, path, family] as const))(
    '%s (%s): its content type, CORS, the security headers and the built bytes',
    async (_id, path, family) => {
      const response = await fetch(`${host.url}${path!.slice(1)}`);
      expect(response.status, host.log()).toBe(200);
      expect(response.headers.get('content-type')).toBe(family.contentType);
      expect(response.headers.get('access-control-allow-origin')).toBe(family.cors ? '*' : null);
      for (const [name, value] of Object.entries(securityHeaders))
        expect(response.headers.get(name), name).toBe(value);
      expect(
        Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(distRoot, path!))),
      ).toBe(true);
    },
  );

  test('CSV is text/csv in UTF-8', async () => {
    const csv = samples.find(({ path }) => path?.endsWith('.csv'))!.path!;
    const response = await fetch(`${host.url}${csv.slice(1)}`);
    await response.arrayBuffer();
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8(;|$)/);
  });

  test.each(['', 'sessions/', 'calendar/', 'data/'])(
    'the page /%s: HTML with the security headers (HSTS among them), no CORS',
    async (path) => {
      const response = await fetch(`${host.url}${path}`);
      await response.arrayBuffer();
      expect(response.status, host.log()).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('strict-transport-security')).toBe(
        securityHeaders['Strict-Transport-Security'],
      );
      for (const [name, value] of Object.entries(securityHeaders))
        expect(response.headers.get(name), name).toBe(value);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  test.each(['_headers', '.htaccess'])('/%s is in the build and not served', async (file) => {
    expect(built).toContain(`/${file}`);
    const response = await fetch(`${host.url}${file}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy');
  });
});

describe.each(servers)("a test of the test: %s without the project's host file", (name, start) => {
  let host: RealHost;
  beforeAll(async () => {
    host = await start({ root: distRoot, withSiteConfig: false });
  });
  afterAll(async () => {
    await host?.stop();
  });

  test('serves CSV without a charset, sends no HSTS, and hands out /_headers', async () => {
    const csv = samples.find(({ path }) => path?.endsWith('.csv'))!.path!;
    const response = await fetch(`${host.url}${csv.slice(1)}`);
    await response.arrayBuffer();
    expect(response.headers.get('content-type')).toBe(
      name === 'nginx' ? 'application/octet-stream' : 'text/csv',
    );
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const hostFile = await fetch(`${host.url}_headers`);
    expect(hostFile.status).toBe(200);
    expect(await hostFile.text()).toContain('Content-Security-Policy');
  });
});
