/**
 * The bench report: its shape, the budgets it is read against, and its Markdown form. Pure
 * functions of the measured figures, so they are unit-tested without running a build.
 */
import type { BuildMeasurement } from './build-metrics.ts';
import type { DevEditMetrics } from './dev-edit.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight, Sizes } from './page-weight.ts';
import type { SearchMetrics } from './search-metrics.ts';

/** Build figures of one project at one scale: the measurement without its folder and log, plus derived figures. */
export interface BuildFigures extends Omit<BuildMeasurement, 'dist' | 'tail'> {
  /** Average raw bytes of a generated file. */
  averagePageBytes: number;
  secondsPerPage: number;
  /** Builds the figures are medians of (absent: one build, as in older reports). */
  runs?: number;
  /** Fastest and slowest of those builds, in seconds. */
  secondsRange?: [number, number];
}

/** A build's time, with the range and count when it is the median of several builds. */
export function formatBuildSeconds(figures: BuildFigures): string {
  if (figures.status !== 0) return `failed (${figures.status})`;
  if (!figures.runs || figures.runs < 2 || !figures.secondsRange) return formatSeconds(figures.seconds);
  const [fastest, slowest] = figures.secondsRange;
  return `${formatSeconds(figures.seconds)} (${formatSeconds(fastest)}–${formatSeconds(slowest)}, median of ${figures.runs})`;
}

/** A page of a type, as kept in the report. */
export type PageFigures = Omit<PageWeight, 'type' | 'disallowedJsBytes'>;

/** A page type, as kept in the report. */
export interface PageTypeFigures {
  type: string;
  count: number;
  median: PageFigures;
  heaviest: PageFigures;
  medianRatio: number;
  worstRatio: number;
  worstRatioUrl: string;
  /** Absent in reports written before it was measured. */
  worstRatioPage?: PageFigures;
  worstHtmlRatio?: number;
  worstHtmlRatioUrl?: string;
  disallowedJsBytes: number;
}

/** Everything measured at one scale. */
export interface ScaleResult {
  scale: number;
  sessions: number;
  site: BuildFigures;
  baseline?: BuildFigures;
  /** Our seconds per page over the baseline's. */
  overhead?: number;
  pageTypes: PageTypeFigures[];
  /** The largest HTML file of the build (every file looked at, not a sample); absent in older reports. */
  largestHtml?: { url: string; bytes: number };
  /** How many pages the weights were measured on (all, or a spread sample of a huge build). */
  pagesWeighed: number;
  search: SearchMetrics;
  /** Size of the Content Layer's data store (data-store.json) after the cold build. */
  dataStoreBytes?: number;
  /** A content edit under `astro dev`, where it was timed. */
  devEdit?: DevEditMetrics;
}

/** One budget and where the figures stand. */
export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  status: 'pass' | 'fail' | 'not measured';
  note?: string;
}

/** The whole report. */
export interface BenchReport {
  generatedAt: string;
  machine: { cpu: string; cores: number; memoryBytes: number; node: string; astro: string; platform: string; loadAverage?: { start: number; end: number } };
  queries: [string, string];
  scales: ScaleResult[];
  growth: {
    siteExponent?: number;
    baselineExponent?: number;
    /** Exponent between the two largest scales, where fixed start-up cost no longer hides the trend. */
    siteUpperExponent?: number;
    baselineUpperExponent?: number;
    siteMarginalSecondsPerPage?: number;
    baselineMarginalSecondsPerPage?: number;
  };
  lighthouse: LighthouseResult[] | { error: string };
  budgets: BudgetResult[];
  totalSeconds: number;
}

/** The budgets of the issue, in one place. */
export const budgetLimits = {
  /** Build cost per page against bare Astro at 100×. */
  overheadAt100: 2,
  /** Build cost per page against bare Astro at the largest scale (issue 19: the content layer is worth it). */
  overheadAtLargest: 3,
  /** Peak memory of one process of the build (in practice Astro's Node process), by scale. */
  peakProcessBytesAt100: 1024 ** 3,
  peakProcessBytesAt1000: 4 * 1024 ** 3,
  /** No HTML page of the 1000× build over this many bytes. */
  largestHtmlBytesAt1000: 1024 ** 2,
  growthExponent: 1.1,
  sessionTextRatio: 3,
  contentJsBytes: 0,
  /** The one enhancement script (times in the reader's zone, filter, now/next, print), brotli. */
  enhancementJsBrotliBytes: 3 * 1024,
  firstSearchBytes: 150 * 1024,
  /** Last keystroke to results on the search page at 1×, the slowest of the queries typed. */
  keystrokeMilliseconds: 100,
  /** A content edit visible in `astro dev`, by scale. */
  devEditMillisecondsAt1: 1000,
  devEditMillisecondsAt100: 3000,
  lighthouseScore: 100,
} as const;

/** Bytes in the largest unit that keeps the number at least 1 (B, KB, MB, GB; 1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

/** Seconds with a unit suited to their size (µs, ms, s). */
export function formatSeconds(seconds: number): string {
  if (seconds < 0.001) return `${(seconds * 1_000_000).toFixed(0)} µs`;
  if (seconds < 1) return `${(seconds * 1000).toFixed(seconds < 0.01 ? 2 : 0)} ms`;
  return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

/** A ratio such as `2.31×`. */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || Number.isNaN(ratio)) return 'n/a';
  if (!Number.isFinite(ratio)) return '∞';
  return `${ratio.toFixed(2)}×`;
}

/** A budget on one scale's figures, "not measured" when that scale was not run or built. */
function scaleBudget(scales: readonly ScaleResult[], scale: number, name: string, limit: string, measure: (result: ScaleResult) => { value: number | undefined; actual: string }, within: (value: number) => boolean): BudgetResult {
  const result = scales.find((entry) => entry.scale === scale);
  const measured = result ? measure(result) : undefined;
  if (!measured || measured.value === undefined) return { name, limit, actual: result ? 'not measured' : `${scale}× not run`, status: 'not measured' };
  return { name, limit, actual: measured.actual, status: within(measured.value) ? 'pass' : 'fail' };
}

/** The budgets of the issue that hold at one given scale: cost per page at 100×, memory, the largest page. */
function scaleBudgets(scales: readonly ScaleResult[]): BudgetResult[] {
  const built = (result: ScaleResult): boolean => result.site.status === 0;
  const memory = (result: ScaleResult) => ({ value: built(result) ? result.site.peakProcessBytes : undefined, actual: `${formatBytes(result.site.peakProcessBytes)} (process; tree ${formatBytes(result.site.peakTreeBytes)})` });
  return [
    scaleBudget(scales, 100, 'Build cost per page vs bare Astro at 100×', `≤ ${budgetLimits.overheadAt100}×`,
      (result) => ({ value: result.overhead, actual: formatRatio(result.overhead) }), (value) => value <= budgetLimits.overheadAt100),
    scaleBudget(scales, 100, 'Peak memory of the build at 100×', `≤ ${formatBytes(budgetLimits.peakProcessBytesAt100)}`, memory, (value) => value <= budgetLimits.peakProcessBytesAt100),
    scaleBudget(scales, 1000, 'Peak memory of the build at 1000×', `≤ ${formatBytes(budgetLimits.peakProcessBytesAt1000)}`, memory, (value) => value <= budgetLimits.peakProcessBytesAt1000),
    scaleBudget(scales, 1000, 'Largest HTML page at 1000×', `< ${formatBytes(budgetLimits.largestHtmlBytesAt1000)}`,
      (result) => ({ value: result.largestHtml?.bytes, actual: result.largestHtml ? `${formatBytes(result.largestHtml.bytes)} (${result.largestHtml.url})` : '' }),
      (value) => value < budgetLimits.largestHtmlBytesAt1000),
  ];
}

/**
 * Where the bytes of the session page with the highest ratio go (brotli), and what the budget would
 * leave for its HTML: the stylesheet and the script are the same file on every page.
 */
export function sessionWeightParagraph(page: PageFigures): string {
  const allowed = budgetLimits.sessionTextRatio * page.text.brotli;
  const htmlRoom = allowed - page.css.brotli - page.js.brotli;
  return `Session page with the highest ratio (${page.url}), brotli: HTML ${formatBytes(page.html.brotli)}, CSS ${formatBytes(page.css.brotli)}, `
    + `JS ${formatBytes(page.js.brotli)}, against ${formatBytes(page.text.brotli)} of text: the HTML alone is `
    + `${formatRatio(page.text.brotli > 0 ? page.html.brotli / page.text.brotli : Number.POSITIVE_INFINITY)} the text. `
    + `Under ${budgetLimits.sessionTextRatio}× with this stylesheet and script (shared by every page, cached after the first), `
    + `its HTML would have to fit in ${formatBytes(Math.max(0, htmlRoom))}, ${htmlRoom < page.text.brotli ? 'less than its text alone' : 'at least its text'}.`;
}

/** Evaluates every budget against the figures. */
export function evaluateBudgets(report: Omit<BenchReport, 'budgets'>): BudgetResult[] {
  const budgets: BudgetResult[] = [];
  const largest = [...report.scales].sort((a, b) => b.scale - a.scale)[0];

  if (largest?.overhead === undefined) {
    budgets.push({ name: 'Build cost per page vs bare Astro at 1000×', limit: `≤ ${budgetLimits.overheadAtLargest}×`, actual: 'n/a', status: 'not measured' });
  } else {
    budgets.push({
      name: 'Build cost per page vs bare Astro at 1000×',
      limit: `≤ ${budgetLimits.overheadAtLargest}×`,
      actual: `${formatRatio(largest.overhead)} at ${largest.scale}×`,
      status: largest.overhead <= budgetLimits.overheadAtLargest ? 'pass' : 'fail',
      ...(largest.scale < 1000 ? { note: `largest scale measured is ${largest.scale}×` } : {}),
    });
  }

  budgets.push(...scaleBudgets(report.scales));

  const exponent = report.growth.siteUpperExponent;
  budgets.push({
    name: 'Linear growth (exponent between the two largest scales)',
    limit: `≤ ${budgetLimits.growthExponent}`,
    actual: exponent === undefined ? 'n/a' : exponent.toFixed(2),
    status: exponent === undefined ? 'not measured' : exponent <= budgetLimits.growthExponent ? 'pass' : 'fail',
  });

  const real = [...report.scales].sort((a, b) => a.scale - b.scale)[0];
  const sessionType = real?.pageTypes.find((type) => type.type === 'session');
  budgets.push(
    sessionType
      ? {
          name: 'Session page vs its text alone (brotli, HTML + CSS + JS)',
          limit: `< ${budgetLimits.sessionTextRatio}×`,
          actual: `${formatRatio(sessionType.worstRatio)} (worst: ${sessionType.worstRatioUrl})`,
          status: sessionType.worstRatio < budgetLimits.sessionTextRatio ? 'pass' : 'fail',
          ...(sessionType.worstHtmlRatio === undefined ? {} : { note: `HTML alone: ${formatRatio(sessionType.worstHtmlRatio)}, worst: ${sessionType.worstHtmlRatioUrl}` }),
        }
      : { name: 'Session page vs its text alone (brotli, HTML + CSS + JS)', limit: `< ${budgetLimits.sessionTextRatio}×`, actual: 'no session pages built', status: 'not measured' },
  );

  const contentTypes = real?.pageTypes.filter((type) => ['home', 'session', 'summaries', 'topic', 'topics', 'questions', 'report', 'documents'].includes(type.type)) ?? [];
  const jsBytes = contentTypes.reduce((sum, type) => sum + type.disallowedJsBytes, 0);
  budgets.push({
    name: 'JavaScript on content pages beyond the local-time enhancement',
    limit: `${budgetLimits.contentJsBytes} B`,
    actual: contentTypes.length === 0 ? 'no content pages built' : `${formatBytes(jsBytes)} on ${contentTypes.map((type) => type.type).join(', ')}`,
    status: contentTypes.length === 0 ? 'not measured' : jsBytes <= budgetLimits.contentJsBytes ? 'pass' : 'fail',
  });

  // The enhancement itself, as the heaviest session page loads it (session pages load only it).
  const enhancement = sessionType?.heaviest?.js?.brotli;
  budgets.push({
    name: 'The local-time enhancement (JavaScript of a session page, brotli)',
    limit: `≤ ${formatBytes(budgetLimits.enhancementJsBrotliBytes)}`,
    actual: enhancement === undefined ? 'no session pages built' : `${formatBytes(enhancement)} (${sessionType!.heaviest.url})`,
    status: enhancement === undefined ? 'not measured' : enhancement <= budgetLimits.enhancementJsBrotliBytes ? 'pass' : 'fail',
  });

  const searches = report.scales.flatMap((scale) => (scale.search.status === 'measured' ? [{ scale: scale.scale, bytes: scale.search.firstSearchBytes }] : []));
  if (searches.length === 0) {
    const reason = report.scales[0]?.search.status === 'not built' ? 'search not built' : 'search not measured';
    budgets.push({ name: 'First search transferred (page + first query)', limit: `< ${formatBytes(budgetLimits.firstSearchBytes)}`, actual: reason, status: 'not measured' });
  } else {
    const worst = searches.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    budgets.push({
      name: 'First search transferred (page + first query)',
      limit: `< ${formatBytes(budgetLimits.firstSearchBytes)}`,
      actual: `${formatBytes(worst.bytes)} (worst, at ${worst.scale}×)`,
      status: worst.bytes < budgetLimits.firstSearchBytes ? 'pass' : 'fail',
    });
  }

  const real1 = report.scales.find((scale) => scale.scale === 1)?.search;
  const keystrokes = real1?.status === 'measured' ? real1.keystrokes : undefined;
  budgets.push(
    keystrokes
      ? {
          name: 'Search results after the last keystroke at 1× (slowest query)',
          limit: `≤ ${budgetLimits.keystrokeMilliseconds} ms`,
          actual: `${keystrokes.slowestMilliseconds} ms (median ${keystrokes.medianMilliseconds} ms, ${keystrokes.delays.length} queries)`,
          status: keystrokes.slowestMilliseconds <= budgetLimits.keystrokeMilliseconds ? 'pass' : 'fail',
        }
      : { name: 'Search results after the last keystroke at 1× (slowest query)', limit: `≤ ${budgetLimits.keystrokeMilliseconds} ms`, actual: '1× search not measured', status: 'not measured' },
  );

  for (const [scale, limit] of [[1, budgetLimits.devEditMillisecondsAt1], [100, budgetLimits.devEditMillisecondsAt100]] as const) {
    const devEdit = report.scales.find((entry) => entry.scale === scale)?.devEdit;
    const name = `A content edit visible in astro dev at ${scale}× (slowest edit)`;
    budgets.push(
      !devEdit
        ? { name, limit: `≤ ${limit} ms`, actual: `${scale}× not measured`, status: 'not measured' }
        : 'error' in devEdit
          ? { name, limit: `≤ ${limit} ms`, actual: `did not run: ${devEdit.error}`, status: 'fail' }
          : {
              name,
              limit: `≤ ${limit} ms`,
              actual: `${devEdit.slowestMilliseconds} ms (median ${devEdit.medianMilliseconds} ms, ${devEdit.edits.length} edits)`,
              status: devEdit.slowestMilliseconds <= limit ? 'pass' : 'fail',
            },
    );
  }

  if ('error' in report.lighthouse) {
    budgets.push({ name: 'Lighthouse 100 in every category', limit: '100', actual: `did not run: ${report.lighthouse.error}`, status: 'not measured' });
  } else {
    const runs = report.lighthouse;
    const below = runs.flatMap((run) =>
      Object.entries(run.scores).filter(([, score]) => score !== budgetLimits.lighthouseScore).map(([category, score]) => `${run.name} ${run.preset} ${category} ${score ?? 'n/a'}`),
    );
    const errors = runs.filter((run) => run.error);
    budgets.push({
      name: 'Lighthouse 100 in every category',
      limit: '100',
      actual: runs.length === 0 ? 'no pages' : below.length === 0 && errors.length === 0 ? `all 100 (${runs.length} page and preset pairs${runs.some((run) => (run.runs ?? 1) > 1) ? `, each the median of ${Math.max(...runs.map((run) => run.runs ?? 1))} runs` : ''})` : [...below, ...errors.map((run) => `${run.name} ${run.preset}: ${run.error}`)].join('; '),
      status: runs.length === 0 ? 'not measured' : below.length === 0 && errors.length === 0 ? 'pass' : 'fail',
    });
  }
  return budgets;
}

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** The three sizes as `raw / gzip / br`. */
function sizeTriple(sizes: Sizes): string {
  return `${formatBytes(sizes.raw)} / ${formatBytes(sizes.gzip)} / ${formatBytes(sizes.brotli)}`;
}

/** The report in Markdown. */
export function toMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push('# Benchmark report', '');
  lines.push(
    `Run ${report.generatedAt} on ${machine.cores} × ${machine.cpu}, ${formatBytes(machine.memoryBytes)} memory, ${machine.platform}; `
      + `Node ${machine.node}, Astro ${machine.astro}. Whole run: ${formatSeconds(report.totalSeconds)}.`
      + (machine.loadAverage ? ` One-minute load average ${machine.loadAverage.start.toFixed(2)} at the start, ${machine.loadAverage.end.toFixed(2)} at the end${Math.max(machine.loadAverage.start, machine.loadAverage.end) > machine.cores ? ': above the core count, so other work shared the CPU and times are inflated (ratios to bare Astro, built in the same run, suffer less)' : ''}.` : ''),
    '',
    'Produced by `npm run bench` (scripts/bench.ts). Scales are the real content repeated N times on later dates '
      + '(tools/generate-corpus.ts); "bare Astro" is a minimal Astro project with the same number of pages of the same '
      + 'average size, built in the same run. Where a scale was built several times (BENCH_ROUNDS, the site and bare Astro in turn, '
      + 'each from a cold cache), times, peaks and phases are medians and the range is shown. Pages are every file the build generates '
      + '(HTML, feeds, data), not copies of public/.',
    '',
  );

  lines.push('## Budgets', '');
  lines.push(markdownTable(['Budget', 'Limit', 'Measured', 'Status'], report.budgets.map((budget) => [
    budget.name, budget.limit, budget.note ? `${budget.actual} (${budget.note})` : budget.actual, budget.status === 'pass' ? 'pass' : budget.status === 'fail' ? '**fail**' : 'not measured',
  ])), '');

  lines.push('## Build time and memory', '');
  lines.push(markdownTable(
    ['Scale', 'Sessions', 'Pages', 'Build', 'Per page', 'Peak memory (process / tree)', 'Bare Astro', 'Bare per page', 'Bare peak', 'Overhead'],
    report.scales.map((scale) => [
      `${scale.scale}×`,
      String(scale.sessions),
      String(scale.site.pages),
      formatBuildSeconds(scale.site),
      formatSeconds(scale.site.secondsPerPage),
      `${formatBytes(scale.site.peakProcessBytes)} / ${formatBytes(scale.site.peakTreeBytes)}`,
      scale.baseline ? formatBuildSeconds(scale.baseline) : 'n/a',
      scale.baseline ? formatSeconds(scale.baseline.secondsPerPage) : 'n/a',
      scale.baseline ? formatBytes(scale.baseline.peakProcessBytes) : 'n/a',
      formatRatio(scale.overhead),
    ]),
  ), '');
  const { growth } = report;
  lines.push(
    `Growth exponent (least-squares slope of log time on log pages; 1 is linear): ours ${growth.siteExponent?.toFixed(2) ?? 'n/a'} over all scales, `
      + `${growth.siteUpperExponent?.toFixed(2) ?? 'n/a'} between the two largest; bare Astro ${growth.baselineExponent?.toFixed(2) ?? 'n/a'} and `
      + `${growth.baselineUpperExponent?.toFixed(2) ?? 'n/a'}. Marginal cost per added page between the two largest scales: ours `
      + `${growth.siteMarginalSecondsPerPage === undefined ? 'n/a' : formatSeconds(growth.siteMarginalSecondsPerPage)}, bare Astro `
      + `${growth.baselineMarginalSecondsPerPage === undefined ? 'n/a' : formatSeconds(growth.baselineMarginalSecondsPerPage)}.`,
    '',
  );
  const phaseNames = [...new Set(report.scales.flatMap((scale) => Object.keys(scale.site.phases)))];
  if (phaseNames.length > 0) {
    lines.push('Phases of our build, as Astro logs them:', '');
    lines.push(markdownTable(['Scale', ...phaseNames], report.scales.map((scale) => [
      `${scale.scale}×`, ...phaseNames.map((name) => (scale.site.phases[name] === undefined ? '' : formatSeconds(scale.site.phases[name]))),
    ])), '');
  }

  if (report.scales.some((scale) => scale.dataStoreBytes !== undefined)) {
    lines.push(
      "The Content Layer's cost: its data store (the cache's data-store.json after the cold build) and the phase Astro logs as content sync (loaders, digests, schemas, the store written).",
      '',
    );
    lines.push(markdownTable(['Scale', 'Data store', 'Per session', 'Content sync'], report.scales.map((scale) => {
      const sync = Object.entries(scale.site.phases).find(([name]) => /sync/.test(name))?.[1];
      return [
        `${scale.scale}×`,
        scale.dataStoreBytes === undefined ? 'n/a' : formatBytes(scale.dataStoreBytes),
        scale.dataStoreBytes === undefined || scale.sessions === 0 ? 'n/a' : formatBytes(Math.round(scale.dataStoreBytes / scale.sessions)),
        sync === undefined ? 'n/a' : formatSeconds(sync),
      ];
    })), '');
  }
  const devEdits = report.scales.filter((scale) => scale.devEdit);
  if (devEdits.length > 0) {
    lines.push('## Editing under astro dev', '');
    lines.push(
      'A guiding question shortened by its last word, restored, and shortened again in a scratch copy while `astro dev` runs; each figure is from the file written to the first response of the session page that shows the change (requested every 50 ms).',
      '',
    );
    lines.push(markdownTable(['Scale', 'Edits (ms)', 'Median', 'Slowest'], devEdits.map((scale) => {
      const edit = scale.devEdit!;
      if ('error' in edit) return [`${scale.scale}×`, `did not run: ${edit.error}`, '', ''];
      return [`${scale.scale}×`, edit.edits.map((entry) => `${entry.edit} ${entry.milliseconds}`).join(', '), `${edit.medianMilliseconds} ms`, `${edit.slowestMilliseconds} ms`];
    })), '');
  }

  lines.push('## Page weight', '');
  lines.push('Sizes are raw / gzip / brotli. "Ratio" is brotli bytes of HTML + CSS + JS over brotli bytes of the visible text of the main content alone.', '');
  for (const scale of report.scales) {
    if (scale.pageTypes.length === 0) continue;
    lines.push(`### ${scale.scale}× (${scale.pagesWeighed} HTML pages weighed)`, '');
    lines.push(markdownTable(
      ['Type', 'Pages', 'Median page', 'HTML', 'CSS', 'JS', 'Text alone', 'Ratio (median / worst)', 'Heaviest page (HTML+CSS+JS)'],
      scale.pageTypes.map((type) => [
        type.type,
        String(type.count),
        type.median.url,
        sizeTriple(type.median.html),
        sizeTriple(type.median.css),
        sizeTriple(type.median.js),
        sizeTriple(type.median.text),
        `${formatRatio(type.medianRatio)} / ${formatRatio(type.worstRatio)}`,
        `${type.heaviest.url}: ${sizeTriple(type.heaviest.total)}`,
      ]),
    ), '');
  }
  const real = report.scales[0];
  const worstSession = real?.pageTypes.find((type) => type.type === 'session')?.worstRatioPage;
  if (worstSession) lines.push(sessionWeightParagraph(worstSession), '');
  if (real) {
    const withScripts = real.pageTypes.filter((type) => type.median.scripts.length > 0 || type.heaviest.scripts.length > 0);
    lines.push('JavaScript by page type (real corpus): '
      + (withScripts.length === 0 ? 'none on any page.' : withScripts.map((type) => `${type.type}: ${[...new Set([...type.median.scripts, ...type.heaviest.scripts])].join(', ')}`).join('; ')), '');
  }

  lines.push('## Search', '');
  lines.push(`Queries: "${report.queries[0]}" then "${report.queries[1]}", typed into /search/ in a fresh Chromium profile; bytes are the response bodies the server sent (compressed with brotli like a static host; HTTP headers not counted), including any requests of a Pagefind web worker.`, '');
  lines.push(markdownTable(
    ['Scale', 'Index (files, bytes)', 'Page load', 'First query', 'Later query', 'First search total', 'Keystroke to results (median / slowest)'],
    report.scales.map((scale) => {
      const search = scale.search;
      if (search.status === 'not built') return [`${scale.scale}×`, 'not built', '', '', '', '', ''];
      if (search.status === 'failed') return [`${scale.scale}×`, `${search.index.files}, ${formatBytes(search.index.bytes)}`, `failed: ${search.reason}`, '', '', '', ''];
      return [
        `${scale.scale}×`,
        `${search.index.files}, ${formatBytes(search.index.bytes)}`,
        `${formatBytes(search.pageLoad.bytes)} in ${search.pageLoad.requests} requests`,
        `${formatBytes(search.firstQuery.bytes)}, ${search.firstQuery.requests} requests, ${search.firstQuery.milliseconds.toFixed(0)} ms`,
        `${formatBytes(search.laterQuery.bytes)}, ${search.laterQuery.requests} requests, ${search.laterQuery.milliseconds.toFixed(0)} ms`,
        formatBytes(search.firstSearchBytes),
        search.keystrokes ? `${search.keystrokes.medianMilliseconds} / ${search.keystrokes.slowestMilliseconds} ms` : 'n/a',
      ];
    }),
  ), '');
  for (const scale of report.scales) {
    const search = scale.search;
    if (search.status !== 'measured' || !search.firstQuery.byKind) continue;
    // Page load and first query together, by kind of file, largest first.
    const byKind = new Map<string, number>();
    for (const step of [search.pageLoad, search.firstQuery]) {
      for (const [kind, entry] of Object.entries(step.byKind ?? {})) byKind.set(kind, (byKind.get(kind) ?? 0) + entry.bytes);
    }
    const parts = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`);
    lines.push(`First search at ${scale.scale}× by kind of file: ${parts.join(', ')}.`, '');
  }

  lines.push('## Lighthouse', '');
  if ('error' in report.lighthouse) {
    lines.push(`Lighthouse did not run: ${report.lighthouse.error}`, '');
  } else {
    lines.push('Lighthouse with Debian\'s Chromium (headless), real corpus served locally; mobile is Lighthouse\'s default preset (simulated slow 4G, mid-range phone), desktop its desktop preset.'
      + `${report.lighthouse.some((run) => (run.runs ?? 1) > 1) ? ` Each row is the median of ${Math.max(...report.lighthouse.map((run) => run.runs ?? 1))} runs, chosen by Lighthouse's own computeMedianRun (closest to the median first contentful paint and time to interactive).` : ''}`, '');
    lines.push(markdownTable(
      ['Page', 'Preset', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Audits below 1'],
      report.lighthouse.map((run) => [
        `${run.name} (${run.url})`,
        run.preset,
        ...['performance', 'accessibility', 'best-practices', 'seo'].map((category) => String(run.scores[category] ?? 'n/a')),
        run.error ? `error: ${run.error}` : run.failing.map((audit) => (audit.items.length > 0 ? `${audit.id} (${audit.items.join('; ')})` : audit.id)).join(', ') || 'none',
      ]),
    ), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
