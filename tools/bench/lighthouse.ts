/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of a few pages of a build,
 * served locally, in Debian's Chromium launched headless by chrome-launcher. Both presets run:
 * mobile (Lighthouse's default: a mid-range phone, simulated slow 4G) and desktop. Each page and
 * preset is run several times and the median run is kept, chosen by Lighthouse's own
 * `computeMedianRun` (closest to the median first contentful paint and time to interactive), as
 * Lighthouse's guide on score variability advises: on a shared machine one run's total blocking
 * time can cost a point that the next run does not.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { chromiumFlags, chromiumPath } from './search-metrics.ts';
import { serveStatic } from './static-server.ts';

/** The categories scored, as Lighthouse names them. */
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Scores 0–100 of one page with one preset, and the audits that cost points. */
export interface LighthouseResult {
  name: string;
  url: string;
  preset: 'mobile' | 'desktop';
  scores: Record<string, number | null>;
  /** Audits with a score below 1 that weigh in a category, by id, with their title. */
  failing: { id: string; title: string; score: number | null; items: string[] }[];
  /** How many runs the median run was chosen from (absent: one run, as in older reports). */
  runs?: number;
  error?: string;
}

/** A Lighthouse report, as `lighthouse()` returns it. */
type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The median of several runs of one page and preset (the first run when none has the timings it needs). */
export function medianRun(runs: readonly LighthouseReport[]): LighthouseReport {
  const valid = filterToValidRuns([...runs]);
  if (valid.length === 0) {
    const [first] = runs;
    if (!first) throw new Error('medianRun: no run');
    return first;
  }
  return computeMedianRun(valid);
}

/** The scores of a run and the audits that cost points, with what each audit points at. */
export function resultOf(
  page: Pick<LighthouseResult, 'name' | 'url' | 'preset'>,
  lhr: LighthouseReport,
  runs: number,
): LighthouseResult {
  const scores: Record<string, number | null> = {};
  const failing: LighthouseResult['failing'] = [];
  for (const category of lighthouseCategories) {
    const entry = lhr.categories[category];
    scores[category] = entry?.score == null ? null : Math.round(entry.score * 100);
    for (const reference of entry?.auditRefs ?? []) {
      const audit = lhr.audits[reference.id];
      if (reference.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        // What the audit points at (a console message, a URL, a node), so the report says why.
        const details = audit.details as { items?: { description?: string; url?: string; node?: { snippet?: string } }[] } | undefined;
        const items = (details?.items ?? []).slice(0, 3).map((item) => item.description ?? item.url ?? item.node?.snippet ?? '');
        failing.push({ id: reference.id, title: audit.title, score: audit.score, items });
      }
    }
  }
  return { ...page, scores, failing, runs, ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}) };
}

/** Lighthouse of every page path (e.g. `{ home: '/' }`) in both presets, `runs` times each; never throws. */
export async function runLighthouse(
  dist: string,
  pagePaths: Record<string, string>,
  runs = 3,
): Promise<LighthouseResult[] | { error: string }> {
  if (!existsSync(chromiumPath)) return { error: `no Chromium at ${chromiumPath} (apt-get install chromium)` };
  const server = await serveStatic(dist);
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  const results: LighthouseResult[] = [];
  try {
    chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const [name, path] of Object.entries(pagePaths)) {
        const url = `${server.origin}${path}`;
        try {
          const reports: LighthouseReport[] = [];
          for (let run = 0; run < runs; run++) {
            const result = await lighthouse(
              url,
              { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories] },
              preset === 'desktop' ? desktopConfig : undefined,
            );
            if (!result) throw new Error('Lighthouse returned no result');
            reports.push(result.lhr);
          }
          results.push(resultOf({ name, url: path, preset }, medianRun(reports), reports.length));
        } catch (error) {
          results.push({ name, url: path, preset, scores: {}, failing: [], error: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    return results;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    chrome?.kill();
    await server.close();
  }
}
