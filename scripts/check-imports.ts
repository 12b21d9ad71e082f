/**
 * The import graph of `src/domain`: no cycles, and the leaves (anchors, time, urls) import nothing
 * above them. Usage: `node scripts/check-imports.ts [src/domain]`; exits 1 and lists what is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Module (path relative to the root) → the modules it imports, relative imports only. */
export type ImportGraph = Map<string, string[]>;

/** Reads every `.ts` module under `root` and the relative modules each imports. */
export function readImportGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        const targets = [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'(\.{1,2}\/[^']+)'/g)]
          .map((match) => relative(root, resolve(dirname(path), match[1]!)));
        graph.set(relative(root, path), [...new Set(targets)]);
      }
    }
  };
  walk(root);
  return graph;
}

/** Every import cycle, each as the list of modules that close it (first module repeated last). */
export function findCycles(graph: ImportGraph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (module: string): void => {
    state.set(module, 'open');
    stack.push(module);
    for (const target of graph.get(module) ?? []) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(module, 'done');
  };
  for (const module of [...graph.keys()].sort()) if (!state.has(module)) visit(module);
  return cycles;
}

/** Imports by a leaf module (`leaves`) of anything that is not itself a leaf, as `leaf → target`. */
export function leafViolations(graph: ImportGraph, leaves: readonly string[]): string[] {
  return leaves.flatMap((leaf) => (graph.get(leaf) ?? [])
    .filter((target) => !leaves.includes(target))
    .map((target) => `${leaf} → ${target}`));
}

/** The leaves of src/domain: every other module may import them; they import only each other. */
export const domainLeaves = ['anchors.ts', 'time.ts', 'urls.ts'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = readImportGraph(process.argv[2] ?? 'src/domain');
  const problems = [
    ...findCycles(graph).map((cycle) => `import cycle: ${cycle.join(' → ')}`),
    ...leafViolations(graph, domainLeaves).map((line) => `leaf imports a module above it: ${line}`),
  ];
  for (const problem of problems) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}
