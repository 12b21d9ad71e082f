/** Where a build publishes its links: SITE_URL and BASE_PATH, a local origin, never a placeholder. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import {
  createUrls,
  DeploymentConfigError,
  localOrigin,
  resolveDeployment,
} from '../../src/domain/site-paths.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

describe('resolveDeployment', () => {
  test.each([
    [
      { SITE_URL: 'https://oewg.host.test' },
      { site: 'https://oewg.host.test', base: '/', local: false },
    ],
    [
      { SITE_URL: 'https://owner.github.io/', BASE_PATH: '/repo' },
      { site: 'https://owner.github.io', base: '/repo/', local: false },
    ],
    [
      { SITE_URL: ' http://127.0.0.1:8080 ', BASE_PATH: 'oewg/' },
      { site: 'http://127.0.0.1:8080', base: '/oewg/', local: false },
    ],
    [
      { SITE_URL: 'https://host.test', OEWG_DEPLOY: '1', NETLIFY: 'true' },
      { site: 'https://host.test', base: '/', local: false },
    ],
    [{}, { site: localOrigin, base: '/', local: true }],
    [
      { SITE_URL: '', BASE_PATH: '/oewg/' },
      { site: localOrigin, base: '/oewg/', local: true },
    ],
  ])('%o → %o', (environment, expected) => {
    expect(resolveDeployment(environment)).toEqual(expected);
  });

  test.each([
    [{ OEWG_DEPLOY: '1' }, 'SITE_URL is not set, but OEWG_DEPLOY=1 marks a deployment build'],
    [{ NETLIFY: 'true' }, 'SITE_URL is not set, but NETLIFY=true marks a deployment build'],
    [{ VERCEL: '1' }, 'SITE_URL is not set, but VERCEL=1 marks a deployment build'],
    [{ CF_PAGES: '1' }, 'SITE_URL is not set, but CF_PAGES=1 marks a deployment build'],
    [
      { SITE_URL: 'oewg.host.test' },
      'SITE_URL must be an absolute http(s) origin such as https://your.host, got "oewg.host.test"',
    ],
    [
      { SITE_URL: 'ftp://host.test' },
      'SITE_URL must start with https:// or http://, got "ftp://host.test"',
    ],
    [
      { SITE_URL: 'https://owner.github.io/repo/' },
      'SITE_URL must be an origin only (scheme and host), got "https://owner.github.io/repo/"; put a sub-path in BASE_PATH, e.g. BASE_PATH=/repo/',
    ],
    [
      { SITE_URL: 'https://host.test', BASE_PATH: '/a b/' },
      'BASE_PATH must be a path such as /oewg/',
    ],
  ])('refuses %o', (environment, message) => {
    expect(() => resolveDeployment(environment)).toThrow(DeploymentConfigError);
    expect(() => resolveDeployment(environment)).toThrow(message);
  });
});

test('createUrls has no fallback host: without a site it refuses to build absolute links', () => {
  expect(() => createUrls('/', undefined)).toThrow('no site origin configured');
  expect(createUrls('/oewg/', 'https://host.test').absolute('/calendar/all.ics')).toBe(
    'https://host.test/oewg/calendar/all.ics',
  );
});

describe('the GitHub Pages workflow', () => {
  type Step = {
    id?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  };
  const workflow = load(
    readFileSync(join(projectRoot, '.github', 'workflows', 'pages.yml'), 'utf8'),
  ) as {
    jobs: Record<
      string,
      { needs?: string | string[]; outputs?: Record<string, string>; steps: Step[] }
    >;
  };
  const steps = workflow.jobs.build!.steps;
  const build = steps.find((step) => step.run === 'npm run build')!;

  test('builds with the address configure-pages reports, as a deployment build', () => {
    const address = workflow.jobs.address!;
    expect(address.steps.find((step) => step.id === 'pages')?.uses).toMatch(
      /^actions\/configure-pages@/,
    );
    expect(address.outputs).toEqual({
      origin: '${{ steps.pages.outputs.origin }}',
      base_path: '${{ steps.pages.outputs.base_path }}',
    });
    expect(workflow.jobs.build!.needs).toContain('address');
    expect(build.env).toEqual({
      SITE_URL: '${{ needs.address.outputs.origin }}',
      BASE_PATH: '${{ needs.address.outputs.base_path }}',
      OEWG_DEPLOY: '1',
    });
    expect(steps.indexOf(build)).toBeGreaterThan(
      steps.findIndex((step) => step.run?.startsWith('npm ci')),
    );
  });

  test('what configure-pages reports for a project site and a user site resolves to a deployment', () => {
    expect(
      resolveDeployment({
        SITE_URL: 'https://owner.github.io',
        BASE_PATH: '/oewg-programmes',
        OEWG_DEPLOY: '1',
      }),
    ).toEqual({ site: 'https://owner.github.io', base: '/oewg-programmes/', local: false });
    expect(
      resolveDeployment({ SITE_URL: 'https://owner.github.io', BASE_PATH: '', OEWG_DEPLOY: '1' }),
    ).toEqual({ site: 'https://owner.github.io', base: '/', local: false });
  });

  test('uploads dist/ and deploys it', () => {
    expect(steps.at(-1)?.uses).toMatch(/^actions\/upload-pages-artifact@/);
    expect(steps.at(-1)?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  });
});
