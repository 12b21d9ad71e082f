/**
 * Validates every HTML page of a build with html-validate (rules in .htmlvalidate.json) and checks
 * what every page must have: `lang`, a `<title>`, a meta description, one `<h1>`.
 * Usage: `node tools/check-html.ts [dist]`; exits 1 and lists the problems when there are any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/** One problem found in a built page. */
export interface HtmlProblem {
  /** Page file relative to the build folder. */
  page: string;
  /** Rule id (html-validate's, or `page-metadata`). */
  rule: string;
  message: string;
  line?: number;
}

/** Every `.html` file under a folder, sorted. */
export function htmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk(root);
  return found.sort();
}

/** Checks the metadata every page needs, on the raw HTML. */
function metadataProblems(html: string): string[] {
  const problems: string[] = [];
  if (!/<html[^>]*\slang="[a-z]{2}[^"]*"/.test(html))
    problems.push('the <html> element has no lang attribute');
  if (!/<title>[^<]+<\/title>/.test(html)) problems.push('the page has no non-empty <title>');
  if (!/<meta name="description" content="[^"]+"/.test(html))
    problems.push('the page has no meta description');
  const headings = html.match(/<h1[\s>]/g)?.length ?? 0;
  if (headings !== 1) problems.push(`the page has ${headings} <h1> elements; it needs exactly one`);
  return problems;
}

/** Validates every page under `distRoot`; returns the problems (empty when all pages pass). */
export async function checkBuiltHtml(
  distRoot: string,
  projectRoot: string = process.cwd(),
): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader({}, undefined));
  const problems: HtmlProblem[] = [];
  for (const file of htmlFiles(distRoot)) {
    const page = relative(distRoot, file);
    const html = readFileSync(file, 'utf8');
    const report = await validator.validateString(html, join(projectRoot, 'dist-page.html'));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        problems.push({ page, rule: message.ruleId, message: message.message, line: message.line });
      }
    }
    for (const message of metadataProblems(html))
      problems.push({ page, rule: 'page-metadata', message });
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const problems = await checkBuiltHtml(dist);
  for (const problem of problems)
    console.error(`${problem.page}:${problem.line ?? 0}: ${problem.rule}: ${problem.message}`);
  console.log(`${htmlFiles(dist).length} pages checked, ${problems.length} problems`);
  process.exit(problems.length > 0 ? 1 : 0);
}
