/**
 * ESLint for the whole tree: TypeScript (type-aware where it catches real bugs: promises,
 * needless assertions), Astro components, and the layout rules the codebase states: no import
 * cycle, leaves of src/domain import only each other, the domain never imports the site around
 * it, pages and components reach it only through src/data/ and src/client/, and tests and scripts
 * never import each other (what both need lives in tools/). Formatting
 * is Prettier's (`npm run format:check`); eslint-config-prettier turns off rules it would fight.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The leaves of src/domain: every other module may import them; they import only each other. */
const domainLeaves = ['anchors.ts', 'time.ts', 'site-paths.ts'];

/** The most lines a src/domain function may span: past that, a table of rules or named steps reads better. */
const functionLineLimit = 60;

/** Files that run in Node (everything but the browser scripts). */
const nodeFiles = ['**/*.{ts,mjs,js,astro}'];

export default defineConfig([
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'bench/', 'content/', 'tests/fixtures/']),

  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  { files: nodeFiles, languageOptions: { globals: globals.node } },

  // A component's <script>s, linted as virtual files `X.astro/N_N.ts`: they run in the browser.
  { files: ['**/*.astro/*.{ts,js}'], languageOptions: { globals: globals.browser } },

  // Type-aware rules on TypeScript modules. Astro components and their <script>s get the syntactic
  // rules only (`astro check` type-checks both): the TypeScript project does not know the virtual
  // files, and its parse error for one would be dropped, leaving the script unlinted.
  {
    files: ['**/*.ts'],
    ignores: ['**/*.astro/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // JSON.parse, YAML and test fixtures are `any` by nature; zod and `astro check` type them where it matters.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },

  // The import graph.
  {
    files: ['**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.astro'] }),
      ],
      // The modules whose own imports are followed (for cycles), and how each kind is parsed.
      'import-x/extensions': ['.ts', '.mjs', '.js', '.astro'],
      'import-x/parsers': {
        '@typescript-eslint/parser': ['.ts'],
        'astro-eslint-parser': ['.astro'],
      },
      // Packages are not followed: a cycle inside one is not ours, and parsing them costs time.
      'import-x/ignore': ['node_modules'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: domainLeaves.map((leaf) => `./src/domain/${leaf}`),
              from: './src',
              except: domainLeaves.map((leaf) => `./domain/${leaf}`),
              message: 'A leaf of src/domain (anchors, time, urls) imports only the other leaves.',
            },
            {
              target: './src/domain',
              from: [
                './src/data',
                './src/integrations',
                './src/pages',
                './src/components',
                './src/layouts',
              ],
              message:
                'src/domain is the core: the site around it imports it, never the other way.',
            },
            {
              target: ['./src/pages', './src/components', './src/layouts'],
              from: './src/domain',
              message:
                'Pages, components and layouts reach src/domain through src/data/ (their server side) or src/client/ (their <script>s).',
            },
            {
              target: ['./src/domain/content', './src/domain/model'],
              from: './src/domain/outputs',
              message: 'Content and the model do not depend on the outputs made from them.',
            },
            {
              target: './src',
              from: ['./tests', './scripts', './tools'],
              message: 'The site does not import its tests, scripts or their tools.',
            },
            {
              target: './tests',
              from: './scripts',
              message: 'Tests do not import scripts: move what both need to tools/.',
            },
            {
              target: ['./scripts', './tools'],
              from: './tests',
              message: 'Scripts and tools do not import tests: move what both need to tools/.',
            },
            {
              target: './tools',
              from: './scripts',
              message:
                'tools/ is the library scripts and tests share; it does not import a script.',
            },
          ],
        },
      ],
    },
  },

  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: functionLineLimit, skipBlankLines: false, skipComments: false, IIFEs: true },
      ],
    },
  },

  prettier,
]);
