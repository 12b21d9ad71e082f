/**
 * Checks of what the exports say against the built site: every URL of an export resolves to a
 * built file and, with a fragment, to an element with that id; every slot event carries the notes
 * and footnotes of its slot. Pure functions over texts, so each check is shown to fail on a broken input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** URLs written in a text (descriptions carry "Permalink: https://…" and similar). */
export function urlsInText(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>()\\]+/g)].map((match) =>
    match[0].replace(/[.,;:]+$/, ''),
  );
}

/** Every string value of a JSON document, at any depth. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/**
 * The URLs among `urls` under `siteBase` (the deployment's absolute base URL, ending in `/`) that
 * do not resolve in `distRoot`: no built file, or no element with the fragment as id. Each is given
 * with the reason.
 */
export function unresolvedUrls(
  urls: readonly string[],
  siteBase: string,
  distRoot: string,
): string[] {
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set(
        parse(readFileSync(file, 'utf8'))
          .querySelectorAll('[id]')
          .map((element) => element.id),
      );
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const problems: string[] = [];
  for (const url of new Set(urls)) {
    if (!url.startsWith(siteBase)) continue;
    const [pathPart, fragment] = url.slice(siteBase.length).split('#') as [
      string,
      string | undefined,
    ];
    const path = decodeURI(pathPart.split('?')[0]!);
    const file = join(distRoot, path === '' || path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) {
      problems.push(`${url}: no such file in the build`);
      continue;
    }
    if (fragment !== undefined && !idsOf(file).has(decodeURIComponent(fragment))) {
      problems.push(`${url}: no element with id "${fragment}"`);
    }
  }
  return problems;
}

/** The notes a slot's event must carry that its description leaves out. */
export function missingNotes(description: string, expectedNotes: readonly string[]): string[] {
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  const haystack = flat(description);
  return expectedNotes.filter((note) => !haystack.includes(flat(note)));
}
