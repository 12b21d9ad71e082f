/**
 * Minifies the scripts still hand-shipped from public/scripts/ (`<outDir>/scripts/*.js`): since the
 * enhancement became the components' own scripts (bundled and minified by Astro), only the search
 * page's `search.js` is left; this integration goes when that moves too. The sources stay readable
 * in public/scripts/ (and in `astro dev`); what a reader downloads is the minified copy, which is
 * what the browser tests run. esbuild's output is the same on every build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';

/** What minifying did to one script, in bytes. */
export interface MinifiedScript {
  file: string;
  before: number;
  after: number;
}

/**
 * Minifies every `.js` file directly in `folder`, in place. The scripts are classic scripts (one
 * function expression each, no globals of their own), so names inside them may be shortened.
 * A script esbuild cannot parse fails the build with esbuild's message.
 */
export async function minifyScripts(folder: string): Promise<MinifiedScript[]> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.js')).sort();
  const results: MinifiedScript[] = [];
  for (const name of files) {
    const path = join(folder, name);
    const source = readFileSync(path, 'utf8');
    const { code } = await transform(source, { loader: 'js', minify: true, legalComments: 'none', charset: 'utf8', sourcefile: `scripts/${name}` });
    writeFileSync(path, code);
    results.push({ file: name, before: Buffer.byteLength(source), after: Buffer.byteLength(code) });
  }
  return results;
}

/** The integration; the scripts are copied from public/ before `astro:build:done`. */
export function minifiedScripts(): AstroIntegration {
  return {
    name: 'oewg-minify-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const results = await minifyScripts(join(fileURLToPath(dir), 'scripts'));
        const before = results.reduce((sum, result) => sum + result.before, 0);
        const after = results.reduce((sum, result) => sum + result.after, 0);
        logger.info(`${results.length} scripts minified: ${before} → ${after} bytes`);
      },
    },
  };
}
