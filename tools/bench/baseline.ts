/**
 * The bare Astro baseline: a minimal project (Astro only, no integrations, no content layer) with
 * one static route whose getStaticPaths yields N pages of a given text size, built with this
 * project's node_modules. Building it in the same run as our site makes the overhead a ratio to the
 * framework itself on the same machine, not to a number from elsewhere.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Words the filler text is made of: synthetic, only for timing, never shown on the site. */
const fillerWords = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima'];

/** The page route: N pages, each a heading and paragraphs totalling about `textBytes` characters. */
export function baselineRoute(pages: number, textBytes: number): string {
  return `---
export function getStaticPaths() {
  const words = ${JSON.stringify(fillerWords)};
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { page: String(index + 1) }, props: { index } }));
}
const { index } = Astro.props;
const words = ${JSON.stringify(fillerWords)};
const paragraphs = [];
let length = 0;
for (let p = 0; length < ${Math.max(1, Math.round(textBytes))}; p++) {
  const sentence = Array.from({ length: 60 }, (_, w) => words[(index + p * 7 + w) % words.length]).join(' ') + '.';
  paragraphs.push(sentence);
  length += sentence.length + 1;
}
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Page {index + 1}</title>
  </head>
  <body>
    <main>
      <h1>Page {index + 1}</h1>
      {paragraphs.map((text) => <p>{text}</p>)}
    </main>
  </body>
</html>
`;
}

/** Writes the baseline project into `root` (which must not exist yet or be empty); returns `root`. */
export function createBaselineProject(root: string, nodeModules: string, pages: number, textBytes: number): string {
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n\n// Its own cache: node_modules is a link to the project's, where Astro's default cache lives.\nexport default defineConfig({ build: { format: 'directory' }, cacheDir: './.astro-cache' });\n",
  );
  writeFileSync(join(root, 'src', 'pages', '[page].astro'), baselineRoute(pages, textBytes));
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
  return root;
}
