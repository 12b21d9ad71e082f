/**
 * The layout of the code is enforced by `npm run lint` (eslint.config.js): no import cycle, the
 * leaves of src/domain (anchors, time, urls) import only each other, the domain imports nothing of
 * the site around it, tests and scripts never import each other (what both need is in tools/), and
 * no src/domain function is longer than about a screen. These tests show that the configuration
 * catches each of those (a test of the test): a rule switched off or a zone mistyped fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-fixture.ts';

// Only the rule under test (no-cycle reads every module an import leads to: it has a test of its
// own), without type information: the type-aware rules need files on disk that the TypeScript
// project knows, and these texts are given paths that need not exist.
const linters = new Map<string, ESLint>();
function linterFor(rule: string): ESLint {
  let linter = linters.get(rule);
  if (!linter) {
    linter = new ESLint({
      cwd: projectRoot,
      ignore: false,
      ruleFilter: ({ ruleId }) => ruleId === rule,
      overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    });
    linters.set(rule, linter);
  }
  return linter;
}

/** What `rule` reports for `code` as the file at `path` (from the project root), as `line rule`. */
async function problems(
  path: string,
  code: string,
  rule = 'import-x/no-restricted-paths',
): Promise<string[]> {
  const [result] = await linterFor(rule).lintText(code, { filePath: join(projectRoot, path) });
  return (result?.messages ?? []).map(
    (message) => `${message.line} ${message.ruleId ?? message.message}`,
  );
}

/** A function of `lines` lines, its signature and closing brace included. */
const functionOf = (lines: number, opening = 'export function long(): void {'): string =>
  [
    opening,
    ...Array.from({ length: lines - 2 }, (_, index) => `  const v${index} = ${index};`),
    '}',
  ].join('\n');

describe('the import graph rules', () => {
  it('refuse an import cycle', async () => {
    const file = 'tests/fixtures/lint/cycle-a.ts';
    expect(
      await problems(file, readFileSync(join(projectRoot, file), 'utf8'), 'import-x/no-cycle'),
    ).toEqual(['2 import-x/no-cycle']);
  });

  it('let a leaf of src/domain import another leaf, not a module above it', async () => {
    const code =
      "import { paths } from './site-paths.ts';\nimport type { SiteModel } from './model/model.ts';\nexport type X = [typeof paths, SiteModel];\n";
    expect(await problems('src/domain/time.ts', code)).toEqual(['2 import-x/no-restricted-paths']);
    expect(await problems('src/domain/model/example.ts', code.replaceAll("'./", "'../"))).toEqual(
      [],
    );
  });

  it('keep the domain from importing the site around it', async () => {
    expect(
      await problems(
        'src/domain/model/example.ts',
        "import Home from '../../pages/index.astro';\nexport default Home;\n",
      ),
    ).toEqual(['1 import-x/no-restricted-paths']);
  });

  it('keep tests and scripts apart, both free to use tools/', async () => {
    expect(
      await problems('tests/unit/example.test.ts', "import '../../scripts/bench.ts';\n"),
    ).toEqual(['1 import-x/no-restricted-paths']);
    expect(
      await problems(
        'scripts/example.ts',
        "import { distRoot } from '../tests/helpers/built-site.ts';\nconsole.log(distRoot);\n",
      ),
    ).toEqual(['1 import-x/no-restricted-paths']);
    expect(await problems('tools/example.ts', "import '../scripts/bench.ts';\n")).toEqual([
      '1 import-x/no-restricted-paths',
    ]);
    expect(
      await problems(
        'tests/unit/example.test.ts',
        "import { launchBrowser } from '../../tools/browser.ts';\nconsole.log(launchBrowser);\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'scripts/example.ts',
        "import { launchBrowser } from '../tools/browser.ts';\nconsole.log(launchBrowser);\n",
      ),
    ).toEqual([]);
  });
});

describe('the function length rule', () => {
  it('allows 60 lines in src/domain and refuses 61, for functions, arrows and methods', async () => {
    expect(
      await problems('src/domain/example.ts', functionOf(60), 'max-lines-per-function'),
    ).toEqual([]);
    expect(
      await problems('src/domain/example.ts', functionOf(61), 'max-lines-per-function'),
    ).toEqual(['1 max-lines-per-function']);
    expect(
      await problems(
        'src/domain/model/example.ts',
        `export const arrow = ${functionOf(61, '(): void => {')};`,
        'max-lines-per-function',
      ),
    ).toEqual(['1 max-lines-per-function']);
    expect(
      await problems(
        'src/domain/model/example.ts',
        `export const rules = { ${functionOf(61, 'check(): void {')} };`,
        'max-lines-per-function',
      ),
    ).toEqual(['1 max-lines-per-function']);
  });

  it('applies to src/domain only', async () => {
    expect(await problems('src/data/example.ts', functionOf(61), 'max-lines-per-function')).toEqual(
      [],
    );
  });
});

describe('component scripts', () => {
  it('are linted with the whole configuration (a <script> in an .astro file is not skipped)', async () => {
    // With type information on, as `npm run lint` runs: were the virtual `.astro/N_N.ts` file given
    // to the TypeScript project, its error would be dropped and the script go unlinted.
    const linter = new ESLint({
      cwd: projectRoot,
      ignore: false,
      ruleFilter: ({ ruleId }) => ruleId === 'no-debugger',
    });
    const component =
      '<p>x</p>\n<script>\n  const button: HTMLButtonElement | null = document.querySelector("button");\n  debugger;\n</script>\n';
    const [result] = await linter.lintText(component, {
      filePath: join(projectRoot, 'src/components/Example.astro'),
    });
    expect(
      result?.messages.map((message) => `${message.line} ${message.ruleId ?? message.message}`),
    ).toEqual(['4 no-debugger']);
  });
});
