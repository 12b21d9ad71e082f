/**
 * axe-core in a page under the site's Content-Security-Policy: its source is evaluated (a script
 * file would be refused), then one run returns what it found. Used by the browser tests and by
 * `npm run figures`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The rule sets a test can ask for: axe's defaults, or every WCAG 2.0–2.2 A and AA rule. */
export type AxeStandard = 'axe-default' | 'wcag22aa';

const wcag22aaTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Which rules one run checks: axe's defaults, those of some tags, or some rules by id. */
export type AxeRunOnly = { type: 'tag' | 'rule'; values: string[] } | undefined;

/** A violated rule and the elements (as CSS selector paths) that violate it. */
export interface AxeViolation {
  id: string;
  targets: string[];
}

/** Runs axe on the page as it is now, with the rules of `runOnly`. */
export async function axeRun(page: Page, runOnly: AxeRunOnly): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, only ? { runOnly: only } : {});
    return result.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, runOnly);
}

/** Runs axe on the page as it is now and lists each violated rule with the elements it found. */
export async function axeViolations(
  page: Page,
  standard: AxeStandard = 'wcag22aa',
): Promise<string[]> {
  const violations = await axeRun(
    page,
    standard === 'wcag22aa' ? { type: 'tag', values: wcag22aaTags } : undefined,
  );
  return violations.map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}
