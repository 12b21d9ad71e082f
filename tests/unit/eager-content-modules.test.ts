/**
 * The prerender build's static imports of content modules (eager-content-modules.ts): the two
 * module shapes Astro writes are rewritten, the rewritten code resolves to the very modules the
 * dynamic imports did, a directive stays first, and code without such an import is left alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import {
  importsContentModules,
  withStaticImports,
} from '../../src/integrations/eager-content-modules.ts';

/** `.astro/content-modules.mjs` as Astro 7 writes it (two entries, specifiers as JSON strings). */
const moduleMap = (first: string, second: string): string => `
export default new Map([
[${JSON.stringify('../content/summaries/a.mdx')}, () => import(${JSON.stringify(first)})],
[${JSON.stringify('../content/summaries/b.mdx')}, () => import(${JSON.stringify(second)})]]);
`;

/** A content module's propagated-assets wrapper, as Astro 7's content-assets plugin writes it. */
const wrapper = (specifier: string): string => `
					"use astro:head-inject";
					async function getMod() {
						return import(${JSON.stringify(specifier)});
					}
					const collectedLinks = "@@ASTRO-LINKS@@";
					const collectedStyles = "@@ASTRO-STYLES@@";
					const defaultMod = { __astroPropagation: true, getMod, collectedLinks,
						collectedStyles, collectedScripts: [] };
					export default defaultMod;
				`;

describe('withStaticImports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'oewg-eager-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const write = (name: string, code: string): string => {
    const file = join(folder, name);
    writeFileSync(file, code);
    return pathToFileURL(file).href;
  };

  test('the module map resolves to the same modules, imported statically', async () => {
    const a = write('a.mjs', 'export const title = "A"; export default 1;');
    const b = write('b.mjs', 'export const title = "B"; export default 2;');
    const code = withStaticImports(moduleMap(a, b));
    expect(code).toBeDefined();
    expect(code).not.toMatch(/\bimport\(/);
    const map = (await import(write('map.mjs', code!))) as {
      default: Map<string, () => Promise<unknown>>;
    };
    const loaded = await Promise.all([...map.default.values()].map((load) => load()));
    expect(loaded).toEqual([await import(a), await import(b)]);
    // The namespace itself, as a dynamic import gives it: not a copy.
    expect(loaded[0]).toBe(await import(a));
  });

  test('a wrapper keeps its directive first and its getMod resolves to the module', async () => {
    const summary = write('summary.mjs', 'export default function Content() {}');
    const code = withStaticImports(wrapper(summary))!;
    expect(code.trimStart().startsWith('"use astro:head-inject";')).toBe(true);
    expect(code.indexOf('import * as')).toBeGreaterThan(code.indexOf('"use astro:head-inject";'));
    const module = (await import(write('wrapper.mjs', code))) as {
      default: { getMod: () => Promise<unknown> };
    };
    expect(await module.default.getMod()).toBe(await import(summary));
  });

  test('code without a dynamic import of a literal is left as it is', () => {
    expect(withStaticImports('export default new Map();')).toBeUndefined();
    expect(withStaticImports('const load = (name) => import(name);')).toBeUndefined();
  });

  test('a specifier with escaped quotes is kept as written', () => {
    const code = withStaticImports('export const load = () => import("./a\\"b.mjs");')!;
    expect(code).toContain('from "./a\\"b.mjs";');
  });
});

describe('importsContentModules', () => {
  test.each([
    ['/site/.astro/content-modules.mjs', true],
    ['C:\\site\\.astro\\content-modules.mjs', true],
    ['\0astro:content-module-imports', true],
    ['/site/content/summaries/a.mdx?astroPropagatedAssets', true],
    ['/site/content/summaries/a.mdx?astroPropagatedAssets=&x=1', true],
    ['/site/content/summaries/a.mdx', false],
    ['/site/src/pages/index.astro', false],
    ['/site/src/my-content-modules.mjs.ts', false],
  ])('%s → %s', (id, expected) => {
    expect(importsContentModules(id)).toBe(expected);
  });
});
