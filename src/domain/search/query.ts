/**
 * What a search query asks for, as people type it: quoted phrases, words (small words left out),
 * hyphenated words that also match written apart or together, and acronyms of the glossary that
 * match their expansion and the reverse. Pure functions, shared by the search page's script and
 * its tests; Pagefind is asked for the words (`queryTerms`), and `matching.ts` checks the places it
 * returns against these requirements.
 */

/** Words that are too common to find anything on their own: left out of a query unless quoted. */
export const smallWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'from',
  'has',
  'have',
  'how',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'their',
  'this',
  'to',
  'was',
  'were',
  'what',
  'when',
  'which',
  'who',
  'with',
]);

/** A word as search compares it: lower case, without diacritics, letters and digits only ("Zero-day" → "zeroday"). */
export function wordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The singular of a word key, so that a plural matches its singular ("cbms" → "cbm", "policies" →
 * "policy", "approaches" → "approach"). Deliberately no stemming: "opening" is not "open".
 */
export function singularKey(key: string): string {
  if (key.length <= 3 || /\d/.test(key)) return key;
  if (key.endsWith('ies') && key.length > 4) return `${key.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('s') && !/(ss|us|is)$/.test(key)) return key.slice(0, -1);
  return key;
}

/** The parts of a word joined by hyphens or dashes (`zero-day` → `zero`, `day`), as keys. */
export function dashParts(word: string): string[] {
  return word
    .split(/\p{Pd}+/u)
    .map(wordKey)
    .filter(Boolean);
}

/** An acronym of the glossary and its expansion. */
export interface GlossaryPair {
  acronym: string;
  expansion: string;
}

/**
 * One thing a result must hold: any one of its alternatives, each a sequence of word keys that must
 * stand one after the other ("points of contact"). A phrase must be met; of the words, results that
 * hold every one come first.
 */
export interface Requirement {
  /** As the query wrote it (shown in messages). */
  text: string;
  /** A quoted phrase: only results that hold it are shown. */
  phrase: boolean;
  alternatives: string[][];
  /** A year (four digits), which a result's date also meets. */
  year?: string;
}

/** A query taken apart. */
export interface ParsedQuery {
  requirements: Requirement[];
  /** Small words left out (neither searched nor highlighted). */
  ignored: string[];
}

/** The sequences a written word stands for: itself, and its dash-separated parts one after the other. */
function wordAlternatives(word: string): string[][] {
  const key = wordKey(word);
  const parts = dashParts(word);
  return parts.length > 1 ? [[key], parts] : [[key]];
}

/** Keys of a text's words, as the glossary's expansions are compared: joined, each singular. */
function joinedSingular(words: readonly string[]): string {
  return words.map((word) => singularKey(wordKey(word))).join('');
}

/** The requirement of a run of typed words that spells a glossary entry: its words, or its acronym. */
function glossaryRequirement(text: string, pair: GlossaryPair): Requirement {
  const expansion = pair.expansion.split(/\s+/);
  const spelled = expansion.reduce<string[][]>(
    (sequences, word) => {
      const alternatives = wordAlternatives(word);
      return sequences.flatMap((sequence) =>
        alternatives.map((alternative) => [...sequence, ...alternative]),
      );
    },
    [[]],
  );
  return { text, phrase: false, alternatives: [[wordKey(pair.acronym)], ...spelled] };
}

/** Finds, at `start` of the typed words, the longest run that is a glossary acronym or expansion. */
function glossaryAt(
  words: readonly string[],
  start: number,
  glossary: readonly GlossaryPair[],
): { length: number; pair: GlossaryPair } | undefined {
  let found: { length: number; pair: GlossaryPair } | undefined;
  for (const pair of glossary) {
    const expansionLength = pair.expansion.split(/\s+/).length;
    const acronym = singularKey(wordKey(pair.acronym));
    const expansion = joinedSingular(pair.expansion.split(/\s+/));
    for (
      let length = 1;
      length <= Math.min(words.length - start, expansionLength + 1);
      length += 1
    ) {
      const typed = joinedSingular(words.slice(start, start + length));
      if ((length === 1 && typed === acronym) || typed === expansion) {
        if (!found || length > found.length) found = { length, pair };
      }
    }
  }
  return found;
}

/** Takes a query apart: `"quoted phrases"`, glossary terms, then the other words, small words left out. */
export function parseQuery(query: string, glossary: readonly GlossaryPair[] = []): ParsedQuery {
  const requirements: Requirement[] = [];
  const ignored: string[] = [];
  const loose = query.replace(/["“”]([^"“”]*)["“”]?/g, (_match, phrase: string) => {
    const words = phrase.split(/\s+/).filter((word) => wordKey(word) !== '');
    if (words.length > 0)
      requirements.push({
        text: `“${words.join(' ')}”`,
        phrase: true,
        alternatives: [
          words.flatMap((word) => (dashParts(word).length > 1 ? dashParts(word) : [wordKey(word)])),
        ],
      });
    return ' ';
  });
  const words = loose.split(/\s+/).filter((word) => wordKey(word) !== '');
  const onlySmall = words.every((word) => smallWords.has(wordKey(word)));
  for (let index = 0; index < words.length; index += 1) {
    const term = glossaryAt(words, index, glossary);
    if (term) {
      requirements.push(
        glossaryRequirement(words.slice(index, index + term.length).join(' '), term.pair),
      );
      index += term.length - 1;
      continue;
    }
    const word = words[index]!;
    const key = wordKey(word);
    if (smallWords.has(key) && !onlySmall) {
      ignored.push(word);
      continue;
    }
    requirements.push({
      text: word,
      phrase: false,
      alternatives: wordAlternatives(word),
      ...(/^\d{4}$/.test(key) ? { year: key } : {}),
    });
  }
  return { requirements, ignored };
}

/** The query is only small words (nothing to search for on its own). */
export function onlySmallWords(parsed: ParsedQuery): boolean {
  return (
    parsed.requirements.length > 0 &&
    parsed.requirements.every(
      (requirement) =>
        !requirement.phrase &&
        requirement.alternatives.every((sequence) => sequence.every((key) => smallWords.has(key))),
    )
  );
}

/**
 * The words of a sequence that Pagefind is asked for: all but the small words (which `matching.ts`
 * checks in the text around them), or all of them when the sequence has nothing else.
 */
export function searchedKeys(sequence: readonly string[]): string[] {
  const keys = sequence.filter((key) => !smallWords.has(key));
  return keys.length > 0 ? keys : [...sequence];
}

/** Every word key Pagefind is asked for, once each. */
export function queryTerms(parsed: ParsedQuery): string[] {
  return [
    ...new Set(
      parsed.requirements.flatMap((requirement) => requirement.alternatives.flatMap(searchedKeys)),
    ),
  ];
}
