/**
 * Build measurements: wall time, peak memory and the phases Astro reports, for one `astro build`
 * run as a child process in a throw-away copy of a project (so bench builds never touch the
 * repository's dist/ or .astro/), plus the pure arithmetic of growth.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnvironment } from '../build-environment.ts';

/** One timed build. */
export interface BuildMeasurement {
  /** Exit status of the build (0 when it succeeded). */
  status: number | null;
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  /** Highest VmHWM of any single process of the build (bytes): the peak of the Node process in practice. */
  peakProcessBytes: number;
  /** Highest sum of VmRSS over the build's process tree at one sample (bytes), Pagefind's binary included. */
  peakTreeBytes: number;
  /** Phases as Astro logs them, in seconds (content sync, Vite bundling, page generation, …). */
  phases: Record<string, number>;
  /** Files in the output folder that the build generated (pages, feeds, data; not public/ copies, not the search index). */
  pages: number;
  /** Every file in the output folder. */
  files: number;
  /** The output folder. */
  dist: string;
  /** The last lines the build printed (kept when it failed). */
  tail: string;
}

/** What a project copy needs: sources, config and the content folder (when the content is not elsewhere). */
const projectEntries = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the project into `target` with `node_modules` linked, as tests/helpers/isolated-build.ts
 * does, so `.astro/`, caches and `dist/` of a bench build are its own.
 */
export function copyProject(projectRoot: string, target: string, options: { withContent: boolean }): string {
  mkdirSync(target, { recursive: true });
  const entries = options.withContent ? [...projectEntries, 'content'] : projectEntries;
  for (const entry of entries) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(target, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}

/** Reads one `Key:   value kB` line of /proc/<pid>/status, in bytes (0 when the process is gone). */
function statusBytes(pid: number, key: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The pids of `root` and all its descendants, from /proc/<pid>/stat parent links. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may contain spaces.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** Lines of a build log that parseAstroPhases reads. */
const phaseLine = /\[types\] Generated|\[vite\] ✓ built in|generating static routes|✓ Completed in|pagefind/i;

/** Sums of seconds per phase from Astro's log lines ("[content] Synced content", "✓ Completed in 55.06s", …). */
export function parseAstroPhases(log: string): Record<string, number> {
  const text = stripVTControlCharacters(log);
  const phases: Record<string, number> = {};
  const seconds = (value: string, unit: string): number => (unit === 'ms' ? Number(value) / 1000 : Number(value));
  const duration = /(?:(\d+)m\s+)?([\d.]+)(ms|s)\b/;
  const toSeconds = (match: RegExpExecArray): number => Number(match[1] ?? 0) * 60 + seconds(match[2]!, match[3]!);
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const types = /\[types\] Generated (.+)$/.exec(line);
    if (types) {
      const match = duration.exec(types[1]!);
      if (match) phases['content sync and types'] = toSeconds(match);
    }
    const vite = /\[vite\] ✓ built in (.+)$/.exec(line);
    if (vite) {
      const match = duration.exec(vite[1]!);
      if (match) phases['vite bundling'] = (phases['vite bundling'] ?? 0) + toSeconds(match);
    }
    // "generating static routes" is followed by one line per route, then "✓ Completed in …".
    if (/generating static routes/.test(line)) {
      for (let next = index + 1; next < lines.length; next++) {
        const completed = /^\S*\s*✓ Completed in (.+)$/.exec(lines[next]!.trim());
        if (completed) {
          const match = duration.exec(completed[1]!);
          if (match) phases['page generation'] = toSeconds(match);
          index = next;
          break;
        }
      }
    }
    const pagefind = /\[(?:oewg-)?pagefind[^\]]*\].*?(?:in|took) (\d[\d.]*\s*m?s)\b/i.exec(line);
    if (pagefind) {
      const match = duration.exec(pagefind[1]!.replace(/\s+/g, ''));
      if (match) phases['pagefind'] = toSeconds(match);
    }
  }
  return phases;
}

/** Every file under `folder`, as paths relative to it with forward slashes, sorted. */
export function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
  return files.sort();
}

/** Files a build generated: everything in dist/ except copies of public/ and the search index. */
export function generatedFiles(distFiles: readonly string[], publicFiles: readonly string[]): string[] {
  const copied = new Set(publicFiles);
  return distFiles.filter((file) => !copied.has(file) && !file.startsWith('pagefind/'));
}

/**
 * Runs `astro build` in `root` with Node (the same binary as the bench) and measures it: wall time
 * from spawn to exit, and memory sampled every 50 ms from /proc (VmHWM is a high-water mark, so the
 * per-process peak is exact up to the last sample; the tree sum is sampled). Pending writes are
 * flushed (`sync`) before the clock starts.
 */
export async function measureBuild(root: string, env: Record<string, string>): Promise<BuildMeasurement> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Files the bench just wrote (a corpus, a project copy, the last build's output) are flushed
  // first, so the kernel's write-back of earlier work is not timed as this build's.
  spawnSync('sync');
  const started = performance.now();
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd: root,
    env: { ...process.env, ...buildEnvironment, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A 1000× build prints a line per file and a warning per MDX module: keep only the lines that
  // name a phase, and the last lines for a failure, not the megabytes in between.
  const phaseLines: string[] = [];
  let tailLines: string[] = [];
  let partial = '';
  const keep = (chunk: Buffer): void => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (phaseLine.test(line)) phaseLines.push(line);
    tailLines = [...tailLines, ...lines].slice(-40);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const peakByPid = new Map<number, number>();
  let peakTreeBytes = 0;
  const sample = (): void => {
    if (child.pid === undefined) return;
    let tree = 0;
    for (const pid of processTree(child.pid)) {
      peakByPid.set(pid, Math.max(peakByPid.get(pid) ?? 0, statusBytes(pid, 'VmHWM')));
      tree += statusBytes(pid, 'VmRSS');
    }
    peakTreeBytes = Math.max(peakTreeBytes, tree);
  };
  const timer = setInterval(sample, 50);
  const status = await new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const log = [...phaseLines, partial].join('\n');
  const dist = join(root, 'dist');
  const distFiles = listFiles(dist);
  return {
    status,
    seconds,
    peakProcessBytes: Math.max(0, ...peakByPid.values()),
    peakTreeBytes,
    phases: parseAstroPhases(log),
    pages: generatedFiles(distFiles, listFiles(join(root, 'public'))).length,
    files: distFiles.length,
    dist,
    tail: [...tailLines, partial].join('\n'),
  };
}

/**
 * A count option read from the environment (BENCH_ROUNDS, BENCH_LIGHTHOUSE_RUNS): `fallback` when
 * unset or empty, otherwise its whole part, and never less than 1 (a value that is not a number
 * counts as 1).
 */
export function positiveInteger(value: string | undefined, fallback: number): number {
  const number = value === undefined || value.trim() === '' ? fallback : Number(value);
  return Math.max(1, Math.trunc(number) || 1);
}

/** The median of numbers (the mean of the middle two for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Several builds of one project summed up: medians of time, memory and each phase, with the range of times. */
export interface RepeatedMeasurement extends BuildMeasurement {
  /** How many successful builds the medians are of. */
  runs: number;
  /** Fastest and slowest wall-clock seconds of those builds. */
  secondsRange: [number, number];
}

/**
 * The median build of several runs of the same project: wall time, process and tree peaks, and
 * each phase are medians taken separately (one slow run, from a noisy machine, does not move
 * them); the output folder, file counts and log tail are the first run's. Failed runs are left
 * out, unless every run failed: then the first is returned as it was.
 */
export function medianMeasurement(measurements: readonly BuildMeasurement[]): RepeatedMeasurement {
  const first = measurements[0];
  if (!first) throw new Error('medianMeasurement: no measurement');
  const succeeded = measurements.filter((measurement) => measurement.status === 0);
  if (succeeded.length === 0) {
    return { ...first, runs: 0, secondsRange: [first.seconds, first.seconds] };
  }
  const of = (pick: (measurement: BuildMeasurement) => number): number => median(succeeded.map(pick))!;
  const phaseNames = [...new Set(succeeded.flatMap((measurement) => Object.keys(measurement.phases)))];
  const phases = Object.fromEntries(
    phaseNames.map((name) => [
      name,
      median(succeeded.flatMap((measurement) => measurement.phases[name] ?? []))!,
    ]),
  );
  const seconds = succeeded.map((measurement) => measurement.seconds);
  return {
    ...succeeded[0]!,
    seconds: of((measurement) => measurement.seconds),
    peakProcessBytes: of((measurement) => measurement.peakProcessBytes),
    peakTreeBytes: of((measurement) => measurement.peakTreeBytes),
    phases,
    runs: succeeded.length,
    secondsRange: [Math.min(...seconds), Math.max(...seconds)],
  };
}

/** A point of a growth curve: build time for a number of pages. */
export interface GrowthPoint {
  pages: number;
  seconds: number;
}

/**
 * The growth exponent k of time ∝ pages^k: the least-squares slope of log(time) against log(pages).
 * 1 is linear, below 1 means fixed start-up cost still dominates, above 1 is super-linear.
 * Undefined with fewer than two distinct page counts.
 */
export function growthExponent(points: readonly GrowthPoint[]): number | undefined {
  const usable = points.filter((point) => point.pages > 0 && point.seconds > 0);
  if (new Set(usable.map((point) => point.pages)).size < 2) return undefined;
  const xs = usable.map((point) => Math.log(point.pages));
  const ys = usable.map((point) => Math.log(point.seconds));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (let index = 0; index < xs.length; index++) {
    covariance += (xs[index]! - meanX) * (ys[index]! - meanY);
    variance += (xs[index]! - meanX) ** 2;
  }
  return covariance / variance;
}

/**
 * Marginal cost per page between two builds: (t₂ − t₁)/(p₂ − p₁), which leaves out the fixed
 * start-up cost that dominates small builds. Undefined when the page counts are equal.
 */
export function marginalSecondsPerPage(smaller: GrowthPoint, larger: GrowthPoint): number | undefined {
  if (larger.pages === smaller.pages) return undefined;
  return (larger.seconds - smaller.seconds) / (larger.pages - smaller.pages);
}
