/** The pure helpers of the benchmark: growth fit, log parsing, page types, text extraction, budgets, formatting. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  generatedFiles,
  growthExponent,
  marginalSecondsPerPage,
  median,
  medianMeasurement,
  parseAstroPhases,
  positiveInteger,
  type BuildMeasurement,
} from '../../../tools/bench/build-metrics.ts';
import {
  measurePage,
  pageTypeOf,
  htmlTextRatio,
  staticImports,
  summarizeByType,
  textRatio,
  urlOfFile,
  visibleText,
  type PageWeight,
  type Sizes,
} from '../../../tools/bench/page-weight.ts';
import {
  budgetLimits,
  evaluateBudgets,
  formatBuildSeconds,
  formatBytes,
  formatRatio,
  markdownTable,
  sessionWeightParagraph,
  type BenchReport,
  type ScaleResult,
} from '../../../tools/bench/report.ts';
import { medianRun, resultOf } from '../../../tools/bench/lighthouse.ts';
import { pagefindFileKind, transferKind } from '../../../tools/bench/search-metrics.ts';

describe('growthExponent', () => {
  test.each([
    { law: 'linear', k: 1 },
    { law: 'quadratic', k: 2 },
    { law: 'square root', k: 0.5 },
    { law: 'constant', k: 0 },
  ])('recovers the exponent of a $law law', ({ k }) => {
    const points = [50, 500, 5000, 50000].map((pages) => ({ pages, seconds: 0.003 * pages ** k }));
    expect(growthExponent(points)).toBeCloseTo(k, 10);
  });

  test('fits the least-squares slope through noisy points', () => {
    // log-log points (0,0), (1,1), (2,3): slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 3/2.
    const points = [
      { pages: 1, seconds: 1 },
      { pages: Math.E, seconds: Math.E },
      { pages: Math.E ** 2, seconds: Math.E ** 3 },
    ];
    expect(growthExponent(points)).toBeCloseTo(1.5, 10);
  });

  test('is undefined without two distinct page counts', () => {
    expect(growthExponent([{ pages: 10, seconds: 1 }])).toBeUndefined();
    expect(
      growthExponent([
        { pages: 10, seconds: 1 },
        { pages: 10, seconds: 2 },
      ]),
    ).toBeUndefined();
  });
});

test('marginal cost per page leaves out the fixed start-up cost', () => {
  expect(
    marginalSecondsPerPage(
      { pages: 100, seconds: 2 + 100 * 0.01 },
      { pages: 1100, seconds: 2 + 1100 * 0.01 },
    ),
  ).toBeCloseTo(0.01, 12);
  expect(
    marginalSecondsPerPage({ pages: 5, seconds: 1 }, { pages: 5, seconds: 2 }),
  ).toBeUndefined();
});

test('parseAstroPhases reads the phases of an Astro build log', () => {
  const log = [
    '20:08:53 [content] Syncing content',
    '20:09:01 [types] Generated 8.03s',
    '20:09:17 [vite] ✓ built in 16.16s',
    '20:09:17 [vite] ✓ built in 29ms',
    ' generating static routes ',
    '20:10:13   ├─ /index.html (+1ms) ',
    '20:10:13 ✓ Completed in 55.06s.',
    '20:10:14 [build] ✓ Completed in 1m 14s.',
    '20:10:37 [oewg-pagefind] 97011 search records from 3002 pages indexed in 22.77s, written to /x/dist/pagefind',
  ].join('\n');
  const phases = parseAstroPhases(log);
  expect(phases['content sync and types']).toBeCloseTo(8.03, 10);
  expect(phases['vite bundling']).toBeCloseTo(16.189, 10);
  expect(phases['page generation']).toBeCloseTo(55.06, 10);
  expect(phases['pagefind']).toBeCloseTo(22.77, 10);
});

describe('repeated builds', () => {
  const build = (
    seconds: number,
    peak: number,
    phases: Record<string, number>,
    status: number | null = 0,
  ): BuildMeasurement => ({
    status,
    seconds,
    peakProcessBytes: peak,
    peakTreeBytes: peak * 2,
    phases,
    pages: 10,
    files: 12,
    dist: `/tmp/dist-${seconds}`,
    tail: '',
  });

  test('median of odd and even counts, undefined for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  test('each figure is its own median: one slow build does not move them', () => {
    const summary = medianMeasurement([
      build(20, 900, { 'page generation': 9, pagefind: 1 }),
      build(31, 1000, { 'page generation': 18 }),
      build(19, 950, { 'page generation': 10, pagefind: 3 }),
    ]);
    expect(summary.seconds).toBe(20);
    expect(summary.peakProcessBytes).toBe(950);
    expect(summary.peakTreeBytes).toBe(1900);
    expect(summary.phases).toEqual({ 'page generation': 10, pagefind: 2 });
    expect(summary.runs).toBe(3);
    expect(summary.secondsRange).toEqual([19, 31]);
    expect(summary.dist).toBe('/tmp/dist-20');
  });

  test('failed builds are left out, and all failing keeps the first as it was', () => {
    const summary = medianMeasurement([
      build(5, 100, {}, 1),
      build(20, 900, {}),
      build(22, 800, {}),
    ]);
    expect(summary.runs).toBe(2);
    expect(summary.seconds).toBe(21);
    const failed = medianMeasurement([build(5, 100, {}, 1), build(6, 100, {}, null)]);
    expect(failed).toMatchObject({ status: 1, seconds: 5, runs: 0 });
    expect(() => medianMeasurement([])).toThrow();
  });

  test('the report shows the median with its range and count', () => {
    const figures = { ...build(20, 900, {}), averagePageBytes: 1, secondsPerPage: 2 };
    expect(formatBuildSeconds(figures)).toBe('20.0 s');
    expect(formatBuildSeconds({ ...figures, runs: 3, secondsRange: [19, 31] })).toBe(
      '20.0 s (19.0 s–31.0 s, median of 3)',
    );
    expect(formatBuildSeconds({ ...figures, status: 1 })).toBe('failed (1)');
  });
});

describe('Lighthouse runs', () => {
  /** A Lighthouse report with just what the median and the scores read. */
  const report = (fcp: number, tti: number, performance: number) =>
    ({
      categories: {
        performance: { score: performance, auditRefs: [{ id: 'total-blocking-time', weight: 30 }] },
        accessibility: { score: 1, auditRefs: [] },
        'best-practices': { score: 1, auditRefs: [] },
        seo: { score: 1, auditRefs: [] },
      },
      audits: {
        'first-contentful-paint': { numericValue: fcp, score: 1 },
        interactive: { numericValue: tti, score: 1 },
        'total-blocking-time': {
          id: 'total-blocking-time',
          title: 'Total Blocking Time',
          score: performance < 1 ? 0.9 : 1,
          numericValue: 0,
        },
      },
    }) as unknown as Parameters<typeof medianRun>[0][number];

  test('the median run is the one nearest the median paint and interactive times, not the best or worst', () => {
    const slow = report(3000, 6000, 0.97);
    const middle = report(1200, 1500, 0.99);
    const fast = report(900, 1000, 1);
    expect(medianRun([slow, fast, middle])).toBe(middle);
    expect(medianRun([fast])).toBe(fast);
  });

  test('runs without the timings are left out; with none valid the first is kept', () => {
    const broken = { ...report(0, 0, 0), audits: {} };
    const valid = report(1000, 1000, 1);
    expect(medianRun([broken, valid])).toBe(valid);
    expect(medianRun([broken])).toBe(broken);
    expect(() => medianRun([])).toThrow();
  });

  test('a result keeps the rounded scores, the audits that cost points and the number of runs', () => {
    const result = resultOf(
      { name: 'session', url: '/s/', preset: 'mobile' },
      report(1, 1, 0.986),
      3,
    );
    expect(result.scores).toEqual({
      performance: 99,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
    expect(result.failing.map((audit) => audit.id)).toEqual(['total-blocking-time']);
    expect(result.runs).toBe(3);
  });
});

test('generated files leave out copies of public/ and the search index', () => {
  expect(
    generatedFiles(['_headers', 'index.html', 'pagefind/pagefind.js', 'data/a.json'], ['_headers']),
  ).toEqual(['index.html', 'data/a.json']);
});

describe('page types', () => {
  test.each([
    ['index.html', '/', 'home'],
    ['sessions/second-session/index.html', '/sessions/second-session/', 'session'],
    ['sessions/2023/index.html', '/sessions/2023/', 'sessions of a year'],
    [
      'sessions/second-session/summaries/index.html',
      '/sessions/second-session/summaries/',
      'summaries',
    ],
    ['topics/threats/index.html', '/topics/threats/', 'topic'],
    ['questions/index.html', '/questions/', 'questions'],
    ['reports/a-77-275/index.html', '/reports/a-77-275/', 'report'],
    ['documents/index.html', '/documents/', 'documents'],
    ['search/index.html', '/search/', 'search'],
    ['calendar/index.html', '/calendar/', 'calendar'],
    ['data/index.html', '/data/', 'data'],
    ['404.html', '/404', '404'],
    ['about/index.html', '/about/', 'other'],
  ])('%s is %s, a %s page', (file, url, type) => {
    expect(urlOfFile(file)).toBe(url);
    expect(pageTypeOf(url)).toBe(type);
  });
});

test('visibleText keeps the main content text and drops scripts, styles and hidden parts', () => {
  const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style></head><body>
    <nav>Menu</nav><main><h1>Fourth  session</h1><p>Guiding &amp; questions</p><script>var x = 1;</script>
    <template><p>later</p></template><div hidden>secret</div></main></body></html>`;
  expect(visibleText(html)).toBe('Fourth session Guiding & questions');
  expect(visibleText('<html><body><p>No main</p></body></html>')).toBe('No main');
});

/** Sizes where all three numbers are the same, for readable fixtures. */
const flat = (bytes: number): Sizes => ({ raw: bytes, gzip: bytes, brotli: bytes });

/** A measured page for fixtures. */
function page(
  url: string,
  type: string,
  total: number,
  text: number,
  disallowedJsBytes = 0,
): PageWeight {
  return {
    url,
    type,
    html: flat(total),
    css: flat(0),
    js: flat(0),
    total: flat(total),
    text: flat(text),
    scripts: [],
    disallowedJsBytes,
  };
}

test('summarizeByType gives the median page, the heaviest page and the worst ratio per type', () => {
  const summary = summarizeByType([
    page('/sessions/a/', 'session', 300, 200),
    page('/sessions/b/', 'session', 900, 100, 12),
    page('/sessions/c/', 'session', 600, 300),
    page('/', 'home', 100, 50),
  ]);
  expect(summary.map((type) => type.type)).toEqual(['home', 'session']);
  const session = summary[1]!;
  expect(session.count).toBe(3);
  expect(session.median.url).toBe('/sessions/c/');
  expect(session.heaviest.url).toBe('/sessions/b/');
  expect(session.medianRatio).toBe(2);
  expect(session.worstRatio).toBe(9);
  expect(session.worstRatioUrl).toBe('/sessions/b/');
  expect(session.disallowedJsBytes).toBe(12);
  // The fixture's pages have no CSS or JS, so the HTML alone is the whole page.
  expect(session.worstHtmlRatio).toBe(9);
  expect(session.worstHtmlRatioUrl).toBe('/sessions/b/');
  expect(htmlTextRatio({ ...page('/y/', 'session', 600, 200), html: flat(300) })).toBe(1.5);
  expect(textRatio(page('/x/', 'other', 10, 0))).toBe(Number.POSITIVE_INFINITY);
});

test.each([
  ['pagefind/pagefind.js', 'runtime (JS, CSS)'],
  ['pagefind/wasm.en.pagefind', 'wasm'],
  ['pagefind/index/en_1a2b.pf_index', 'index chunks'],
  ['pagefind/fragment/en_3c4d.pf_fragment', 'fragments'],
  ['pagefind/pagefind-entry.json', 'other'],
])('pagefind file %s is counted as %s', (file, kind) => {
  expect(pagefindFileKind(file)).toBe(kind);
});

test.each([
  ['/search/', 'page HTML'],
  ['/search/?q=x', 'page HTML'],
  ['/scripts/search.js', 'site scripts'],
  ['/_astro/site.1a2b.css', 'site CSS'],
  ['/pagefind/pagefind.js', 'Pagefind runtime (JS, CSS)'],
  ['/pagefind/pagefind-entry.json?ts=1', 'Pagefind other'],
  ['/pagefind/filter/en_1a2b.pf_filter', 'Pagefind filters'],
  ['/favicon.svg', 'other'],
])('a download of %s is counted as %s', (path, kind) => {
  expect(transferKind(path)).toBe(kind);
});

describe('formatting', () => {
  test.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [150 * 1024, '150 KB'],
    [3.5 * 1024 * 1024, '3.5 MB'],
  ])('%d bytes read %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  test('ratios', () => {
    expect(formatRatio(1.234)).toBe('1.23×');
    expect(formatRatio(undefined)).toBe('n/a');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  test('markdown tables escape pipes', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'z']])).toBe(
      '| a | b |\n| --- | --- |\n| x\\|y | z |',
    );
  });
});

/** A scale result for budget fixtures. */
function scale(
  scaleValue: number,
  seconds: number,
  baselineSeconds: number,
  extra: Partial<ScaleResult> = {},
): ScaleResult {
  const figures = (total: number) => ({
    status: 0,
    seconds: total,
    peakProcessBytes: 0,
    peakTreeBytes: 0,
    phases: {},
    pages: 50 * scaleValue,
    files: 50 * scaleValue,
    averagePageBytes: 1000,
    secondsPerPage: total / (50 * scaleValue),
  });
  return {
    scale: scaleValue,
    sessions: 2 * scaleValue,
    site: figures(seconds),
    baseline: figures(baselineSeconds),
    overhead: seconds / baselineSeconds,
    pageTypes: [],
    pagesWeighed: 0,
    search: { status: 'not built', reason: 'no index' },
    ...extra,
  };
}

/** The fields every report of these tests shares: when, where, which queries. */
const reportHead = {
  generatedAt: '2026-01-01T00:00:00Z',
  machine: {
    cpu: 'cpu',
    cores: 2,
    memoryBytes: 1,
    node: '24',
    astro: '7',
    platform: 'linux-x64',
  },
  queries: ['a', 'b'],
} satisfies Partial<BenchReport>;

describe('evaluateBudgets', () => {
  const base: Omit<BenchReport, 'budgets'> = {
    ...reportHead,
    scales: [scale(1, 2, 1), scale(1000, 60, 50)],
    growth: { siteUpperExponent: 1.02 },
    lighthouse: [
      {
        name: 'home',
        url: '/',
        preset: 'mobile',
        scores: { performance: 100, accessibility: 100, 'best-practices': 96, seo: 100 },
        failing: [],
      },
    ],
    totalSeconds: 1,
  };

  test('all-100 Lighthouse says how many pages and runs it stands for', () => {
    const run = {
      name: 'home',
      url: '/',
      preset: 'mobile' as const,
      scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
      failing: [],
    };
    const actual = (lighthouse: BenchReport['lighthouse']) =>
      evaluateBudgets({ ...base, lighthouse }).find(
        (budget) => budget.name === 'Lighthouse 100 in every category',
      )!.actual;
    expect(actual([run, { ...run, preset: 'desktop' }])).toBe('all 100 (2 page and preset pairs)');
    expect(actual([{ ...run, runs: 3 }])).toBe(
      'all 100 (1 page and preset pairs, each the median of 3 runs)',
    );
  });

  test('reads the overhead at the largest scale, the growth exponent and Lighthouse scores', () => {
    const budgets = Object.fromEntries(
      evaluateBudgets(base).map((budget) => [budget.name, budget]),
    );
    expect(budgets['Build cost per page vs bare Astro at 1000×']!.status).toBe('pass');
    expect(budgets['Build cost per page vs bare Astro at 1000×']!.actual).toBe('1.20× at 1000×');
    expect(budgets['Linear growth (exponent between the two largest scales)']!.status).toBe('pass');
    expect(budgets['Lighthouse 100 in every category']!.status).toBe('fail');
    expect(budgets['Lighthouse 100 in every category']!.actual).toContain('best-practices 96');
    expect(budgets['First search transferred (page + first query)']!.status).toBe('not measured');
    expect(budgets['Session page vs its text alone (brotli, HTML + CSS + JS)']!.status).toBe(
      'not measured',
    );
    expect(
      budgets['The local-time enhancement (JavaScript of a session page, brotli)']!.status,
    ).toBe('not measured');
  });

  test.each([
    [2900, 'pass'],
    [3 * 1024, 'pass'],
    [3 * 1024 + 1, 'fail'],
  ] as const)('the enhancement script of %i brotli bytes: %s', (brotli, status) => {
    const sizes = { raw: brotli * 3, gzip: brotli, brotli };
    const heaviest = {
      url: '/sessions/a/',
      html: sizes,
      css: sizes,
      js: sizes,
      total: sizes,
      text: sizes,
      scripts: [],
    };
    const session = {
      type: 'session',
      count: 1,
      median: heaviest,
      heaviest,
      medianRatio: 2,
      worstRatio: 2,
      worstRatioUrl: '/sessions/a/',
      disallowedJsBytes: 0,
    };
    const report = {
      ...base,
      scales: [scale(1, 2, 1, { pageTypes: [session] }), scale(1000, 60, 50)],
    };
    const budget = evaluateBudgets(report).find(
      (entry) => entry.name === 'The local-time enhancement (JavaScript of a session page, brotli)',
    )!;
    expect(budget.status).toBe(status);
    expect(budget.actual).toContain('/sessions/a/');
  });

  test('budgets of one scale: cost per page at 100×, peak memory at 100× and 1000×, the largest HTML page at 1000×; not measured when the scale did not run', () => {
    const within = {
      ...base,
      scales: [
        scale(100, 19, 10, { site: { ...scale(100, 19, 10).site, peakProcessBytes: 1024 ** 3 } }),
        scale(1000, 140, 100, {
          site: {
            ...scale(1000, 140, 100).site,
            peakProcessBytes: budgetLimits.peakProcessBytesAt1000,
          },
          largestHtml: { url: '/calendar/', bytes: 1024 ** 2 - 1 },
        }),
      ],
    };
    const over = {
      ...base,
      scales: [
        scale(100, 21, 10, {
          site: { ...scale(100, 21, 10).site, peakProcessBytes: 1024 ** 3 + 1 },
        }),
        scale(1000, 140, 100, {
          site: {
            ...scale(1000, 140, 100).site,
            peakProcessBytes: budgetLimits.peakProcessBytesAt1000 + 1,
          },
          largestHtml: { url: '/calendar/', bytes: 1024 ** 2 },
        }),
      ],
    };
    const names = [
      'Build cost per page vs bare Astro at 100×',
      'Peak memory of the build at 100×',
      'Peak memory of the build at 1000×',
      'Largest HTML page at 1000×',
    ];
    const statusOf = (report: typeof within) =>
      names.map((name) => evaluateBudgets(report).find((budget) => budget.name === name)!.status);
    expect(statusOf(within)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(statusOf(over)).toEqual(['fail', 'fail', 'fail', 'fail']);
    expect(statusOf({ ...base, scales: [scale(1, 2, 1)] })).toEqual([
      'not measured',
      'not measured',
      'not measured',
      'not measured',
    ]);
    expect(
      evaluateBudgets(over).find((budget) => budget.name === 'Largest HTML page at 1000×')!.actual,
    ).toBe('1.0 MB (/calendar/)');
  });

  test('fails on overhead, super-linear growth, a heavy session page, content JavaScript and a heavy first search', () => {
    const session = {
      type: 'session',
      count: 1,
      median: {} as never,
      heaviest: {} as never,
      medianRatio: 3.5,
      worstRatio: 3.5,
      worstRatioUrl: '/sessions/a/',
      worstHtmlRatio: 2.25,
      worstHtmlRatioUrl: '/sessions/a/',
      disallowedJsBytes: 10,
    };
    const search = {
      status: 'measured' as const,
      index: { files: 1, bytes: 1, byKind: {} },
      pageLoad: { bytes: 100 * 1024, requests: 3, milliseconds: 1, byKind: {} },
      firstQuery: { query: 'a', bytes: 60 * 1024, requests: 4, milliseconds: 1, byKind: {} },
      laterQuery: { query: 'b', bytes: 1024, requests: 1, milliseconds: 1, byKind: {} },
      firstSearchBytes: budgetLimits.firstSearchBytes + 1,
    };
    const report = {
      ...base,
      scales: [
        scale(1, 2, 1, { pageTypes: [session], search }),
        scale(1000, 50 * budgetLimits.overheadAtLargest + 1, 50),
      ],
      growth: { siteUpperExponent: 1.3 },
    };
    const failed = evaluateBudgets(report)
      .filter((budget) => budget.status === 'fail')
      .map((budget) => budget.name);
    expect(failed).toEqual([
      'Build cost per page vs bare Astro at 1000×',
      'Linear growth (exponent between the two largest scales)',
      'Session page vs its text alone (brotli, HTML + CSS + JS)',
      'JavaScript on content pages beyond the local-time enhancement',
      'First search transferred (page + first query)',
      'Lighthouse 100 in every category',
    ]);
    const sessionBudget = evaluateBudgets(report).find(
      (budget) => budget.name === 'Session page vs its text alone (brotli, HTML + CSS + JS)',
    )!;
    expect(sessionBudget.note).toBe('HTML alone: 2.25×, worst: /sessions/a/');
  });
});

test('the session page paragraph says where its bytes go and what room the budget leaves its HTML', () => {
  const sizes = (brotli: number): Sizes => ({ raw: brotli * 5, gzip: brotli, brotli });
  const page = {
    url: '/sessions/a/',
    html: sizes(6000),
    css: sizes(3000),
    js: sizes(1500),
    total: sizes(10500),
    text: sizes(2400),
    scripts: [],
  };
  expect(sessionWeightParagraph(page)).toBe(
    'Session page with the highest ratio (/sessions/a/), brotli: HTML 5.9 KB, CSS 2.9 KB, JS 1.5 KB, against 2.3 KB of text: ' +
      'the HTML alone is 2.50× the text. Under 3× with this stylesheet and script (shared by every page, cached after the first), its HTML would have to fit in 2.6 KB, at least its text.',
  );
  expect(sessionWeightParagraph({ ...page, css: sizes(5000) })).toContain(
    'would have to fit in 700 B, less than its text alone.',
  );
});

test('staticImports finds the relative imports of a minified module, bare and named', () => {
  expect(
    staticImports(
      'import{a as e}from"./enhancement.B1.js";import"./side.js";import * as x from \'../up.js\';const y="import(./no.js)";',
    ),
  ).toEqual(['./enhancement.B1.js', './side.js', '../up.js']);
  expect(staticImports('import{a}from"https://cdn.example/x.js";')).toEqual([]);
});

test("a page's module scripts are measured with the chunks they import, each once; only /_astro/ bundles are the enhancement", () => {
  const dist = mkdtempSync(join(tmpdir(), 'oewg-weight-'));
  try {
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'scripts'));
    writeFileSync(join(dist, '_astro', 'a.1.js'), 'import{x}from"./shared.2.js";x();');
    writeFileSync(join(dist, '_astro', 'b.3.js'), 'import{y}from"./shared.2.js";y();');
    writeFileSync(join(dist, '_astro', 'shared.2.js'), 'export const x=1,y=2;');
    writeFileSync(join(dist, 'scripts', 'other.js'), 'alert(1)');
    writeFileSync(
      join(dist, 'index.html'),
      '<main><p>Text</p></main><script type="module" src="/oewg/_astro/a.1.js"></script>' +
        '<script type="module" src="/oewg/_astro/b.3.js"></script><script src="/oewg/scripts/other.js"></script>',
    );
    const weight = measurePage(dist, 'index.html', '/oewg/');
    expect(weight.scripts).toEqual([
      '/oewg/_astro/a.1.js',
      '/oewg/_astro/shared.2.js',
      '/oewg/_astro/b.3.js',
      '/oewg/scripts/other.js',
    ]);
    expect(weight.js.raw).toBe(33 + 21 + 33 + 8);
    expect(weight.disallowedJsBytes).toBe(8);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

describe('the editing and keystroke budgets', () => {
  const base: Omit<BenchReport, 'budgets'> = {
    ...reportHead,
    scales: [],
    growth: {},
    lighthouse: { error: 'skipped' },
    totalSeconds: 1,
  };
  const keystrokeBudget = 'Search results after the last keystroke at 1× (slowest query)';
  const search = (slowest: number) => ({
    status: 'measured' as const,
    index: { files: 1, bytes: 1, byKind: {} },
    pageLoad: { bytes: 1, requests: 1, milliseconds: 1, byKind: {} },
    firstQuery: { query: 'a', bytes: 1, requests: 1, milliseconds: 1, byKind: {} },
    laterQuery: { query: 'b', bytes: 1, requests: 1, milliseconds: 1, byKind: {} },
    firstSearchBytes: 2,
    keystrokes: {
      medianMilliseconds: 40,
      slowestMilliseconds: slowest,
      delays: [{ query: 'a', milliseconds: slowest }],
    },
  });
  const statusOf = (report: Omit<BenchReport, 'budgets'>, name: string) =>
    evaluateBudgets(report).find((budget) => budget.name === name)!;

  test.each([
    [budgetLimits.keystrokeMilliseconds, 'pass'],
    [budgetLimits.keystrokeMilliseconds + 1, 'fail'],
  ] as const)('the slowest query at %i ms: %s', (slowest, status) => {
    const report = { ...base, scales: [scale(1, 2, 1, { search: search(slowest) })] };
    expect(statusOf(report, keystrokeBudget).status).toBe(status);
  });

  test('not measured without a 1× search', () => {
    expect(statusOf({ ...base, scales: [scale(100, 2, 1)] }, keystrokeBudget).status).toBe(
      'not measured',
    );
  });

  test.each([
    [1, budgetLimits.devEditMillisecondsAt1, 'pass'],
    [1, budgetLimits.devEditMillisecondsAt1 + 1, 'fail'],
    [100, budgetLimits.devEditMillisecondsAt100, 'pass'],
    [100, budgetLimits.devEditMillisecondsAt100 + 1, 'fail'],
  ] as const)('an edit under astro dev at %i× taking %i ms at worst: %s', (at, slowest, status) => {
    const devEdit = {
      medianMilliseconds: 1,
      slowestMilliseconds: slowest,
      edits: [{ edit: 'shorten', milliseconds: slowest }],
    };
    const report = { ...base, scales: [scale(at, 2, 1, { devEdit })] };
    const budget = statusOf(report, `A content edit visible in astro dev at ${at}× (slowest edit)`);
    expect(budget.status).toBe(status);
  });

  test('an edit that could not be made fails its budget with the reason', () => {
    const report = { ...base, scales: [scale(1, 2, 1, { devEdit: { error: 'no programme' } })] };
    const budget = statusOf(report, 'A content edit visible in astro dev at 1× (slowest edit)');
    expect(budget.status).toBe('fail');
    expect(budget.actual).toContain('no programme');
  });
});

describe('count options', () => {
  test.each([
    [undefined, 3],
    ['', 3],
    [' ', 3],
    ['5', 5],
    ['2.7', 2],
    ['0', 1],
    ['-4', 1],
    ['many', 1],
  ])('%o with a fallback of 3 → %d', (value, expected) => {
    expect(positiveInteger(value, 3)).toBe(expected);
  });
});
