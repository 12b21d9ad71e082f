/**
 * `npm run bench`: builds the real corpus and 10×, 100×, 1000× corpora, each beside a bare Astro
 * project with the same number of pages, and measures build time, memory, page weight, search
 * and Lighthouse; writes bench/out/report.json, bench/out/report.md and bench/REPORT.md.
 *
 * Options (environment): BENCH_SCALES="1,10,100,1000" (1 is the real content), BENCH_QUERIES=
 * "international law,capacity building", BENCH_LIGHTHOUSE=0 to skip Lighthouse (BENCH_LIGHTHOUSE_RUNS=3
 * runs of each page and preset, the median run reported), BENCH_DEV_SCALES=
 * "1,100" the scales at which an edit under `astro dev` is timed, BENCH_KEEP=1 to keep the temporary
 * folder, BENCH_ROUNDS=3 how many times the site and bare Astro are built, in turn, at each scale
 * below 1000× (the report takes medians: one build on a shared machine can be a third slower than
 * the next; the 1000× pair takes minutes and is built once). Every build runs in its own copy
 * under the system temp folder, from a cold cache.
 */
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/domain/content/content-reader.ts';
import { generateCorpus } from '../tools/generate-corpus.ts';
import { createBaselineProject } from '../tools/bench/baseline.ts';
import {
  copyProject,
  generatedFiles,
  growthExponent,
  listFiles,
  marginalSecondsPerPage,
  measureBuild,
  medianMeasurement,
  positiveInteger,
  type BuildMeasurement,
  type RepeatedMeasurement,
} from '../tools/bench/build-metrics.ts';
import { runLighthouse } from '../tools/bench/lighthouse.ts';
import {
  measureSite,
  pageTypeOf,
  summarizeByType,
  urlOfFile,
  type PageWeight,
} from '../tools/bench/page-weight.ts';
import {
  evaluateBudgets,
  toMarkdown,
  type BenchReport,
  type BuildFigures,
  type PageFigures,
  type ScaleResult,
} from '../tools/bench/report.ts';
import { measureDevEdit } from '../tools/bench/dev-edit.ts';
import { measureSearch } from '../tools/bench/search-metrics.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scales = (process.env.BENCH_SCALES ?? '1,10,100,1000')
  .split(',')
  .map(Number)
  .filter((scale) => Number.isInteger(scale) && scale >= 1)
  .sort((a, b) => a - b);
const [firstQuery = 'international law', laterQuery = 'capacity building'] = (
  process.env.BENCH_QUERIES ?? ''
)
  .split(',')
  .filter(Boolean);
const devScales = (process.env.BENCH_DEV_SCALES ?? '1,100').split(',').map(Number);
/** Builds of each project per scale below 1000×, in turn (site, bare Astro, site, …). */
const rounds = positiveInteger(process.env.BENCH_ROUNDS, 3);
/** Lighthouse runs of each page and preset; the median run is reported. */
const lighthouseRuns = positiveInteger(process.env.BENCH_LIGHTHOUSE_RUNS, 3);
/** Per type, how many pages of a big build are weighed (all of them for the smallest scale). */
const sampleLimit = 40;

/** Logs a step with the time since the run began. */
const started = performance.now();
function step(message: string): void {
  console.log(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`,
  );
}

/** The figures kept from a measurement (the medians, when the build was repeated). */
function figures(
  measurement: BuildMeasurement | RepeatedMeasurement,
  averagePageBytes: number,
): BuildFigures {
  return {
    ...('runs' in measurement
      ? { runs: measurement.runs, secondsRange: measurement.secondsRange }
      : {}),
    status: measurement.status,
    seconds: measurement.seconds,
    peakProcessBytes: measurement.peakProcessBytes,
    peakTreeBytes: measurement.peakTreeBytes,
    phases: measurement.phases,
    pages: measurement.pages,
    files: measurement.files,
    averagePageBytes,
    secondsPerPage: measurement.pages > 0 ? measurement.seconds / measurement.pages : 0,
  };
}

/** A measured page as kept in the report. */
function pageFigures(page: PageWeight): PageFigures {
  return {
    url: page.url,
    html: page.html,
    css: page.css,
    js: page.js,
    total: page.total,
    text: page.text,
    scripts: page.scripts,
  };
}

/** Average raw size of the files a build generated. */
function averageGeneratedBytes(root: string): number {
  const files = generatedFiles(listFiles(join(root, 'dist')), listFiles(join(root, 'public')));
  const total = files.reduce((sum, file) => sum + statSync(join(root, 'dist', file)).size, 0);
  return files.length > 0 ? total / files.length : 0;
}

const loadAtStart = loadavg()[0]!;
const work = mkdtempSync(join(tmpdir(), 'oewg-bench-'));
const realContent = join(projectRoot, 'content');
const raw = scales.some((scale) => scale > 1) ? readContent(realContent, projectRoot) : undefined;
const results: ScaleResult[] = [];
let lighthouseDist: string | undefined;
let lighthousePaths: Record<string, string> = {};

try {
  for (const scale of scales) {
    const contentDir = scale === 1 ? realContent : join(work, `corpus-${scale}x`);
    if (scale > 1) {
      step(`generating the ${scale}× corpus`);
      generateCorpus(raw!, realContent, contentDir, scale);
    }
    const sessions = readdirSync(join(contentDir, 'sessions')).filter((name) =>
      name.endsWith('.yaml'),
    ).length;
    const siteRoot = copyProject(projectRoot, join(work, `site-${scale}x`), { withContent: false });
    step(`building the site at ${scale}× (${sessions} sessions)`);
    const siteEnv = {
      OEWG_CONTENT_DIR: contentDir,
      OEWG_CACHE_DIR: join(work, `cache-${scale}x`),
    };
    const site = await measureBuild(siteRoot, siteEnv);
    if (site.status !== 0) {
      console.error(site.tail);
      step(`the ${scale}× build failed (status ${site.status}); later scales are skipped`);
      results.push({
        scale,
        sessions,
        site: figures(site, 0),
        pageTypes: [],
        pagesWeighed: 0,
        search: { status: 'not built', reason: 'the build failed' },
      });
      break;
    }
    const averagePageBytes = averageGeneratedBytes(siteRoot);
    step(`built ${site.pages} pages in ${site.seconds.toFixed(1)} s; weighing pages`);
    const htmlFiles = listFiles(site.dist).filter((file) => file.endsWith('.html'));
    const largestHtmlFile = htmlFiles
      .map((file) => ({ file, bytes: statSync(join(site.dist, file)).size }))
      .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))[0];
    const largestHtml = largestHtmlFile
      ? { url: urlOfFile(largestHtmlFile.file), bytes: largestHtmlFile.bytes }
      : undefined;
    const weights = measureSite(site.dist, htmlFiles, {
      sampleLimit: scale === scales[0] ? undefined : sampleLimit,
    });
    const pageTypes = summarizeByType(weights).map((type) => ({
      type: type.type,
      count: htmlFiles.filter((file) => pageTypeOf(urlOfFile(file)) === type.type).length,
      median: pageFigures(type.median),
      heaviest: pageFigures(type.heaviest),
      medianRatio: type.medianRatio,
      worstRatio: type.worstRatio,
      worstRatioUrl: type.worstRatioUrl,
      worstRatioPage: pageFigures(type.worstRatioPage),
      worstHtmlRatio: type.worstHtmlRatio,
      worstHtmlRatioUrl: type.worstHtmlRatioUrl,
      disallowedJsBytes: type.disallowedJsBytes,
    }));
    step('measuring search');
    const search = await measureSearch(site.dist, [firstQuery, laterQuery]);
    // The Content Layer's data store, as the cold build wrote it.
    const storeFile = join(work, `cache-${scale}x`, 'data-store.json');
    const dataStoreBytes = existsSync(storeFile) ? statSync(storeFile).size : undefined;
    let devEdit: ScaleResult['devEdit'];
    if (devScales.includes(scale)) {
      step(`timing a content edit under astro dev at ${scale}×`);
      devEdit = await measureDevEdit(projectRoot, contentDir);
    }

    const baselineRoot = join(work, `baseline-${scale}x`);
    createBaselineProject(
      baselineRoot,
      join(projectRoot, 'node_modules'),
      site.pages,
      averagePageBytes,
    );
    step(`building bare Astro with ${site.pages} pages of ~${Math.round(averagePageBytes)} bytes`);
    const firstBaseline = await measureBuild(baselineRoot, {});
    if (firstBaseline.status !== 0) console.error(firstBaseline.tail);
    const baselineBytes = averageGeneratedBytes(baselineRoot);
    const siteRuns = [site];
    const baselineRuns = [firstBaseline];
    const roundsHere = scale < 1000 && firstBaseline.status === 0 ? rounds : 1;
    for (let round = 2; round <= roundsHere; round++) {
      step(
        `round ${round} of ${roundsHere}: the site and bare Astro again, each from a cold cache`,
      );
      // As in the first round: no cache and no output. Astro empties an existing outDir with
      // rmSync at the start of a build (0.6–0.9 s at 100× for our 4,500 files), which a build of
      // a fresh checkout never pays.
      rmSync(siteEnv.OEWG_CACHE_DIR, { recursive: true, force: true });
      rmSync(site.dist, { recursive: true, force: true });
      siteRuns.push(await measureBuild(siteRoot, siteEnv));
      for (const cache of ['.astro-cache', '.astro', 'dist'])
        rmSync(join(baselineRoot, cache), { recursive: true, force: true });
      baselineRuns.push(await measureBuild(baselineRoot, {}));
    }
    const baseline = medianMeasurement(baselineRuns);
    const baselineFigures = figures(baseline, baselineBytes);
    rmSync(baselineRoot, { recursive: true, force: true });

    const siteFigures = figures(medianMeasurement(siteRuns), averagePageBytes);
    results.push({
      scale,
      sessions,
      site: siteFigures,
      ...(baseline.status === 0
        ? {
            baseline: baselineFigures,
            overhead: siteFigures.secondsPerPage / baselineFigures.secondsPerPage,
          }
        : {}),
      pageTypes,
      ...(largestHtml ? { largestHtml } : {}),
      pagesWeighed: weights.length,
      search,
      ...(dataStoreBytes === undefined ? {} : { dataStoreBytes }),
      ...(devEdit ? { devEdit } : {}),
    });
    if (scale === scales[0]) {
      lighthouseDist = site.dist;
      const session = weights.find((page) => page.type === 'session');
      lighthousePaths = {
        home: '/',
        ...(session ? { session: session.url } : {}),
        ...(htmlFiles.includes('search/index.html') ? { search: '/search/' } : {}),
      };
    } else {
      rmSync(siteRoot, { recursive: true, force: true });
      rmSync(contentDir, { recursive: true, force: true });
    }
    rmSync(join(work, `cache-${scale}x`), { recursive: true, force: true });
  }

  let lighthouse: BenchReport['lighthouse'] = { error: 'skipped (BENCH_LIGHTHOUSE=0)' };
  if (process.env.BENCH_LIGHTHOUSE !== '0' && lighthouseDist) {
    step(`Lighthouse on ${Object.keys(lighthousePaths).join(', ')}`);
    lighthouse = await runLighthouse(lighthouseDist, lighthousePaths, lighthouseRuns);
  }

  const point = (figure: BuildFigures) => ({ pages: figure.pages, seconds: figure.seconds });
  const measured = results.filter((result) => result.site.status === 0);
  const withBaseline = measured.filter((result) => result.baseline);
  const upper = measured.slice(-2);
  const upperBaseline = withBaseline.slice(-2);
  const growth: BenchReport['growth'] = {
    siteExponent: growthExponent(measured.map((result) => point(result.site))),
    baselineExponent: growthExponent(withBaseline.map((result) => point(result.baseline!))),
    siteUpperExponent:
      upper.length === 2 ? growthExponent(upper.map((result) => point(result.site))) : undefined,
    baselineUpperExponent:
      upperBaseline.length === 2
        ? growthExponent(upperBaseline.map((result) => point(result.baseline!)))
        : undefined,
    siteMarginalSecondsPerPage:
      upper.length === 2
        ? marginalSecondsPerPage(point(upper[0]!.site), point(upper[1]!.site))
        : undefined,
    baselineMarginalSecondsPerPage:
      upperBaseline.length === 2
        ? marginalSecondsPerPage(
            point(upperBaseline[0]!.baseline!),
            point(upperBaseline[1]!.baseline!),
          )
        : undefined,
  };
  const astroVersion = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8'),
  ).version as string;
  const partial: Omit<BenchReport, 'budgets'> = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryBytes: totalmem(),
      node: process.versions.node,
      astro: astroVersion,
      platform: `${process.platform}-${process.arch}`,
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    },
    queries: [firstQuery, laterQuery],
    scales: results,
    growth,
    lighthouse,
    totalSeconds: (performance.now() - started) / 1000,
  };
  const report: BenchReport = { ...partial, budgets: evaluateBudgets(partial) };
  const out = join(projectRoot, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const markdown = toMarkdown(report);
  writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, 'report.md'), markdown);
  writeFileSync(join(projectRoot, 'bench', 'REPORT.md'), markdown);
  step('wrote bench/out/report.json, bench/out/report.md and bench/REPORT.md');
  for (const budget of report.budgets)
    console.log(
      `  ${budget.status.padEnd(12)} ${budget.name}: ${budget.actual} (limit ${budget.limit})`,
    );
} finally {
  if (process.env.BENCH_KEEP === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
