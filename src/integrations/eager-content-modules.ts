/**
 * Loads the narrative summaries' MDX modules with the prerender bundle instead of one by one.
 * Astro reaches each content module through two dynamic imports, written so that a server loads a
 * module only when a page renders it: the content module map (`.astro/content-modules.mjs`,
 * `() => import(…)` per entry) and each module's propagated-assets wrapper (`getMod()` returns
 * `import(…)`). A static build renders every entry anyway, and the bundler gives each dynamically
 * imported module a chunk of its own, or, when they are grouped into one chunk, a proxy chunk
 * that re-exports it (rolldown/rolldown#9729): at 100× the content, 1,200 chunks for 600
 * summaries, each rendered, written and then imported on its own.
 *
 * In the prerender build only (never `astro dev`, never code sent to browsers), these two imports
 * become static ones: `() => import("x")` reads `() => Promise.resolve(ns)` over
 * `import * as ns from "x"`, which is what the dynamic import resolves to. The pages are rendered
 * from the same modules in the same way, and the built site is byte for byte the same. At 100× the
 * content the prerender chunks went from 1,256 to 56 and a cold build from 13.3 s to 12.1 s (median
 * of five pairs). Should Astro write these modules otherwise one day, what is not recognised stays
 * dynamic and the build warns: its output stays right, only slower.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** `import("…")` with a double-quoted literal, as Astro writes both (JSON.stringify). */
const dynamicImport = /\bimport\(\s*("(?:[^"\\\n]|\\.)*")\s*\)/g;

/** The directive prologue (`"use astro:head-inject";` on wrappers), which must stay first. */
const directivePrologue = /^(?:\s*(["'])use [^"'\n]*\1;?)*\s*/;

/** The content module map (Astro's file, or its virtual module when there is none). */
const contentModuleMap = /(?:[\\/]content-modules\.mjs|\0astro:content-module-imports)$/;

/** A content module's propagated-assets wrapper. */
const propagatedAssets = /[?&]astroPropagatedAssets(?:[&=]|$)/;

/**
 * The code with every dynamic import of a literal made static (a namespace import, resolved at
 * once), or `undefined` when it has none.
 */
export function withStaticImports(code: string): string | undefined {
  const imports: string[] = [];
  const body = code.replace(dynamicImport, (_, specifier: string) => {
    const name = `__eagerContentModule${imports.length}`;
    imports.push(`import * as ${name} from ${specifier};`);
    return `Promise.resolve(${name})`;
  });
  if (imports.length === 0) return undefined;
  const prologue = directivePrologue.exec(body)?.[0] ?? '';
  return `${prologue}${imports.join('\n')}\n${body.slice(prologue.length)}`;
}

/** Whether a module is one of the two that import content modules dynamically. */
export function importsContentModules(id: string): boolean {
  return contentModuleMap.test(id) || propagatedAssets.test(id);
}

/** The Vite plugin: the prerender environment of `astro build` only. */
function eagerContentModulesPlugin(): Plugin {
  return {
    name: 'oewg-eager-content-modules',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.name === 'prerender',
    transform: {
      filter: { id: [contentModuleMap, propagatedAssets] },
      handler(code, id) {
        if (!importsContentModules(id)) return null;
        const rewritten = withStaticImports(code);
        if (/\bimport\(/.test(rewritten ?? code))
          this.warn(
            `${id}: an import() not of the form Astro 7 writes stays dynamic, so content ` +
              'modules load one by one (the same pages, a slower build)',
          );
        return rewritten === undefined ? null : { code: rewritten, map: null };
      },
    },
  };
}

/** The integration; its place in astro.config.mjs does not matter. */
export function eagerContentModules(): AstroIntegration {
  return {
    name: 'oewg-eager-content-modules',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [eagerContentModulesPlugin()] } });
      },
    },
  };
}
