/**
 * axe-core in a page under the site's Content-Security-Policy: its source is evaluated (a script
 * file would be refused), then one run returns the violations as `rule: targets` lines.
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

/** Runs axe on the page as it is now and lists each violated rule with the elements it found. */
export async function axeViolations(
  page: Page,
  standard: AxeStandard = 'wcag22aa',
): Promise<string[]> {
  await page.evaluate(axeSource);
  const tags = standard === 'wcag22aa' ? wcag22aaTags : null;
  return page.evaluate(async (runOnly) => {
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
    const result = await axe.run(
      document,
      runOnly ? { runOnly: { type: 'tag', values: runOnly } } : {},
    );
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, tags);
}
