/**
 * Compares two build folders file by file (names and bytes). Used to prove that two clean builds
 * are byte-identical: pages, feeds, data exports and the search index.
 * Usage: `node tools/compare-builds.ts <dist-a> <dist-b>`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Relative path → sha256 of every file under a folder. */
export function fingerprint(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        hashes.set(
          relative(root, path),
          createHash('sha256').update(readFileSync(path)).digest('hex'),
        );
    }
  };
  walk(root);
  return new Map([...hashes].sort(([a], [b]) => a.localeCompare(b)));
}

/** The differences between two builds: files only in one, and files whose bytes differ. */
export function compareBuilds(
  first: string,
  second: string,
): { onlyInFirst: string[]; onlyInSecond: string[]; different: string[]; files: number } {
  const a = fingerprint(first);
  const b = fingerprint(second);
  return {
    onlyInFirst: [...a.keys()].filter((file) => !b.has(file)),
    onlyInSecond: [...b.keys()].filter((file) => !a.has(file)),
    different: [...a.keys()].filter((file) => b.has(file) && a.get(file) !== b.get(file)),
    files: a.size,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [first, second] = process.argv.slice(2);
  if (!first || !second) {
    console.error('usage: node tools/compare-builds.ts <dist-a> <dist-b>');
    process.exit(2);
  }
  const result = compareBuilds(first, second);
  console.log(JSON.stringify(result, null, 2));
  process.exit(
    result.onlyInFirst.length + result.onlyInSecond.length + result.different.length > 0 ? 1 : 0,
  );
}
