/**
 * From the places Pagefind found to the results the search page shows. Pagefind ranks pages (a
 * session's programme, a report), and its sub-results come in page order; a page here holds many
 * results (each element with an id and `data-pagefind-title`), so the results are cut and ranked
 * here, from Pagefind's documented fragment fields only: `content` split at white space, indexed
 * by the `location` of `anchors` (their `title`) and of `weighted_locations` (their `weight`).
 *
 * A result meets a requirement of the query (query.ts) where one of its sequences stands in its
 * text as whole words: each word the same or its plural, a hyphenated word also written apart or
 * together; never a word that merely starts like a query word ("open" is not "Opening").
 */
import {
  dashParts,
  searchedKeys,
  singularKey,
  smallWords,
  wordKey,
  type ParsedQuery,
  type Requirement,
} from './query.ts';
import { readResultTitle, type ReadTitle } from './result-title.ts';

/** What the matching reads of one Pagefind page: its fragment, and where each searched word is on it. */
export interface SearchedPage {
  /** Pagefind's id of the page. */
  id: string;
  /** The page's URL (Pagefind's, with the base path). */
  url: string;
  /** The page's title (Pagefind's `title` metadata). */
  title: string;
  /** The page's indexed text (Pagefind's `content`). */
  content: string;
  /** Elements with ids (Pagefind's `anchors`); those with a `title` start a result. */
  anchors: readonly { id: string; title?: string; location: number }[];
  /** For each searched word key: its locations on the page, with Pagefind's weight of each. */
  places: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** Where a requirement stands in a result: words `from` to `to` (exclusive), with the highest weight among them. */
export interface Occurrence {
  from: number;
  to: number;
  weight: number;
}

/** One result: a titled part of a page and what of the query it holds. */
export interface MatchedResult {
  page: SearchedPage;
  /** Link to the element, e.g. `/sessions/fourth-session/#q-2023-03-09-1130-1`. */
  url: string;
  title: ReadTitle;
  /** Word ranges of the page that belong to the result (more than one where a slot goes on after its questions). */
  ranges: [number, number][];
  /** The requirements met (by index into the query's), with their occurrences (none for a year met by the date). */
  met: Map<number, Occurrence[]>;
  /** Rank within its batch: higher first (see `rankResults`). */
  score: number;
}

/** The indexed words of a page, as Pagefind locations count them. */
export function pageWords(content: string): string[] {
  return content.split(/[\r\n\s]+/g);
}

/** The keys of a word's parts as sequences are compared: each part singular ("Zero-days" → "zero", "day"). */
function partKeys(word: string): string[] {
  const parts = dashParts(word);
  return (parts.length > 0 ? parts : [wordKey(word)]).filter(Boolean).map(singularKey);
}

/**
 * Where `sequence` stands as whole words from word `start` (at a part boundary of it): the end
 * (exclusive) of the words it covers, or undefined. Parts and keys are compared joined, so
 * "zero-day", "zero day" and "zeroday" are the same.
 */
export function sequenceEnd(
  words: readonly string[],
  start: number,
  sequence: readonly string[],
  limit = words.length,
): number | undefined {
  const target = sequence.map(singularKey).join('');
  if (target === '') return undefined;
  const firstParts = partKeys(words[start] ?? '');
  for (let firstPart = 0; firstPart < Math.max(firstParts.length, 1); firstPart += 1) {
    let joined = '';
    for (let index = start; index < limit; index += 1) {
      const parts = index === start ? firstParts.slice(firstPart) : partKeys(words[index]!);
      let failed = false;
      for (const part of parts) {
        joined += part;
        if (joined === target) return index + 1;
        if (!target.startsWith(joined)) {
          failed = true;
          break;
        }
      }
      if (failed || (index === start && parts.length === 0)) break;
    }
  }
  return undefined;
}

/** The occurrences of a requirement on a page within words `from`–`to`, found from Pagefind's places of its words. */
export function occurrencesIn(
  page: SearchedPage,
  words: readonly string[],
  requirement: Requirement,
  from: number,
  to: number,
): Occurrence[] {
  const found = new Map<number, Occurrence>();
  for (const sequence of requirement.alternatives) {
    const keys = searchedKeys(sequence);
    if (!keys.every((key) => page.places.has(key))) continue;
    const anchorKey = keys[0]!;
    const before = sequence.indexOf(anchorKey);
    for (const [location, weight] of page.places.get(anchorKey)!) {
      if (location < from || location >= to) continue;
      // The sequence starts at most `before` words earlier (fewer where a word holds several keys).
      for (let start = Math.max(from, location - before); start <= location; start += 1) {
        if (found.has(start)) break;
        const end = sequenceEnd(words, start, sequence, to);
        if (end === undefined || end <= location) continue;
        found.set(start, { from: start, to: end, weight });
        break;
      }
    }
  }
  return [...found.values()].sort((a, b) => a.from - b.from);
}

/** The results of a page: its titled anchors, a slot's later parts (`<anchor>-…`, same title) merged into it. */
function resultsOf(
  page: SearchedPage,
  wordCount: number,
): { url: string; title: string; ranges: [number, number][] }[] {
  const titled = page.anchors
    .filter((anchor) => anchor.title)
    .sort((a, b) => a.location - b.location);
  const results: { id: string; url: string; title: string; ranges: [number, number][] }[] = [];
  titled.forEach((anchor, index) => {
    const range: [number, number] = [anchor.location, titled[index + 1]?.location ?? wordCount];
    if (range[0] >= range[1]) return;
    const owner = results.find(
      (result) => result.title === anchor.title && anchor.id.startsWith(`${result.id}-`),
    );
    if (owner) owner.ranges.push(range);
    else
      results.push({
        id: anchor.id,
        url: `${page.url}#${anchor.id}`,
        title: anchor.title!,
        ranges: [range],
      });
  });
  return results;
}

/** The results of the pages that meet at least one requirement (every phrase among them), unranked. */
export function matchResults(pages: readonly SearchedPage[], parsed: ParsedQuery): MatchedResult[] {
  return pages.flatMap((page) => {
    const words = pageWords(page.content);
    return resultsOf(page, words.length).flatMap(({ url, title, ranges }) => {
      const read = readResultTitle(title);
      const met = new Map<number, Occurrence[]>();
      parsed.requirements.forEach((requirement, index) => {
        const occurrences = ranges.flatMap(([from, to]) =>
          occurrencesIn(page, words, requirement, from, to),
        );
        if (occurrences.length > 0) met.set(index, occurrences);
        else if (requirement.year && read.facts.some((fact) => fact.includes(requirement.year!)))
          met.set(index, []);
      });
      const phrasesMet = parsed.requirements.every(
        (requirement, index) => !requirement.phrase || met.has(index),
      );
      return met.size > 0 && phrasesMet ? [{ page, url, title: read, ranges, met, score: 0 }] : [];
    });
  });
}

/** How many words a result holds. */
function resultLength(result: MatchedResult): number {
  return result.ranges.reduce((sum, [from, to]) => sum + to - from, 0);
}

/**
 * Ranks results, best first, keeping those that meet the most of the query (all of it, where any
 * result does: every word of the query is in each result shown); then by a BM25-like score
 * of what they hold (a requirement counts more when few results meet it, more when it stands
 * more often or in a heavier place, e.g. a heading, less in a longer result); then the shorter.
 */
export function rankResults(results: MatchedResult[], requirementCount: number): MatchedResult[] {
  const most = Math.max(0, ...results.map((result) => result.met.size));
  results = results.filter((result) => result.met.size === most);
  if (results.length === 0) return results;
  const meeting = Array.from(
    { length: requirementCount },
    (_unused, index) => results.filter((result) => result.met.has(index)).length,
  );
  const averageLength =
    results.reduce((sum, result) => sum + resultLength(result), 0) / results.length;
  for (const result of results) {
    let strength = 0;
    for (const [index, occurrences] of result.met) {
      const rarity = Math.log(1 + results.length / meeting[index]!);
      const weight =
        occurrences.reduce((highest, occurrence) => Math.max(highest, occurrence.weight), 0) || 1;
      strength += rarity * weight * (1 + Math.log(Math.max(occurrences.length, 1)));
    }
    result.score = strength / (0.5 + 0.5 * (resultLength(result) / averageLength));
  }
  return results.sort((a, b) => b.score - a.score || resultLength(a) - resultLength(b));
}

/** The words of a result an excerpt shows (about `length` of them, around its best occurrence) and those it marks. */
export function excerptOf(
  result: MatchedResult,
  length = 26,
): {
  words: string[];
  marked: Set<number>;
  from: number;
  to: number;
  cutStart: boolean;
  cutEnd: boolean;
} {
  const all = pageWords(result.page.content);
  const occurrences = [...result.met.values()].flat();
  const best = occurrences.reduce<Occurrence | undefined>(
    (top, occurrence) => (!top || occurrence.weight > top.weight ? occurrence : top),
    undefined,
  );
  const [rangeStart, rangeEnd] =
    result.ranges.find(([from, to]) => best && best.from >= from && best.from < to) ??
    result.ranges[0]!;
  const from = best ? Math.max(rangeStart, Math.min(best.from - 6, rangeEnd - length)) : rangeStart;
  const to = Math.min(rangeEnd, from + length);
  const marked = new Set<number>();
  // Small words are never highlighted, not even inside a phrase or an expansion.
  for (const occurrence of occurrences) {
    for (let index = occurrence.from; index < occurrence.to; index += 1)
      if (!smallWords.has(wordKey(all[index] ?? ''))) marked.add(index);
  }
  return { words: all, marked, from, to, cutStart: from > rangeStart, cutEnd: to < rangeEnd };
}

/**
 * The pages to load, best first: those that meet the most requirements (a page meets one when
 * Pagefind found every searched word of one of its sequences there; a year may be met by a
 * result's date instead, so it never excludes a page), ordered by Pagefind's score of those words.
 */
export function candidatePages(
  parsed: ParsedQuery,
  scores: ReadonlyMap<string, ReadonlyMap<string, number>>,
): string[] {
  const pages = new Set([...scores.values()].flatMap((byPage) => [...byPage.keys()]));
  const ranked = [...pages].map((page) => {
    let met = 0;
    let score = 0;
    for (const requirement of parsed.requirements) {
      const best = Math.max(
        0,
        ...requirement.alternatives.map((sequence) => {
          const keys = searchedKeys(sequence);
          return keys.every((key) => scores.get(key)?.has(page))
            ? keys.reduce((sum, key) => sum + scores.get(key)!.get(page)!, 0) / keys.length
            : 0;
        }),
      );
      if (best > 0 || requirement.year) met += 1;
      score += best;
    }
    return { page, met, score };
  });
  const most = Math.max(0, ...ranked.filter((entry) => entry.score > 0).map((entry) => entry.met));
  return ranked
    .filter((entry) => entry.score > 0 && entry.met === most)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.page);
}

/** The requirements that no page meets at all (a word not in the index): what "Did you mean" is offered for. */
export function unknownRequirements(
  parsed: ParsedQuery,
  found: ReadonlySet<string>,
): Requirement[] {
  return parsed.requirements.filter(
    (requirement) =>
      !requirement.year &&
      !requirement.alternatives.some((sequence) =>
        searchedKeys(sequence).every((key) => found.has(key)),
      ),
  );
}
