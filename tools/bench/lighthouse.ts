/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of a few pages of a build,
 * served locally, in Debian's Chromium launched headless by chrome-launcher. Both presets run:
 * mobile (Lighthouse's default: a mid-range phone, simulated slow 4G) and desktop.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
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
  error?: string;
}

/** Lighthouse of every page path (e.g. `{ home: '/' }`) in both presets; never throws. */
export async function runLighthouse(dist: string, pagePaths: Record<string, string>): Promise<LighthouseResult[] | { error: string }> {
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
          const result = await lighthouse(
            url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories] },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error('Lighthouse returned no result');
          const { lhr } = result;
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
          results.push({ name, url: path, preset, scores, failing, ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}) });
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
