/**
 * Seconds each content check and the source indexing take on pathological text (issue 22), by
 * size, to show they grow linearly: `npx node tools/bench/hostile-inputs.ts [megabytes…]` (default
 * 0.2 1 4). The test (tests/unit/content/linear-time.test.ts) only asserts they complete.
 */
import { indexSource } from '../../src/domain/content/source-passages.ts';
import { label, verbatim, verbatimParagraphs } from '../../src/domain/content/schemas/common.ts';
import { containsHtmlTag, textPolicyProblem } from '../../src/domain/content/text-policy.ts';
import { pathologicalTexts } from './pathological-text.ts';

/** Seconds `work` takes. */
function seconds(work: () => unknown): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

const sizes = (process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [0.2, 1, 4]).map((megabytes) => Math.round(megabytes * 1_000_000));
const checks: Record<string, (text: string) => unknown> = {
  'HTML-tag check': containsHtmlTag,
  'character policy': (text) => textPolicyProblem(text, { multiline: true }),
  'text schemas': (text) => [label, verbatim, verbatimParagraphs].map((schema) => schema.safeParse(text)),
  'source indexing': indexSource,
};

console.log(['input', 'check', ...sizes.map((size) => `${(size / 1_000_000).toString()} MB (s)`)].join('\t'));
const textsBySize = sizes.map((size) => pathologicalTexts(size));
for (const name of Object.keys(pathologicalTexts(10))) {
  for (const [check, run] of Object.entries(checks)) {
    const row = textsBySize.map((texts) => seconds(() => run(texts[name]!)).toFixed(3));
    console.log([name, check, ...row].join('\t'));
  }
}
