/**
 * The passage of a source nearest to a text that is not in it, and what differs, so the message
 * of a typo says where the words are and which word to correct ("vulnerabilty" → "vulnerability").
 *
 * Only called for a text that failed: a window of as many words as the text slides over the source's
 * words once, scored by the words it shares with the text (kept up to date as it slides, so one pass);
 * the best window, widened, is then compared word by word with `diff` (jsdiff's `diffArrays`).
 */
import { diffArrays } from 'diff';

/** Where the nearest passage stands in the normalised source, and the differences from the text. */
export interface NearestPassage {
  /** Offsets in the normalised source (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** Each difference: the text's words, and the source's words in their place (either may be empty). */
  differences: { text: string; source: string }[];
}

/** The words of a normalised text, with their offsets. */
export interface Words {
  words: string[];
  starts: number[];
  ends: number[];
}

/**
 * The words of a normalised text (single spaces) with their offsets. A hyphen is a word of its own:
 * normalisation closes up "- New" after a list's colon ("A/77/275):-New"), which must not hide "New".
 */
const wordPattern = /[^ -]+|-/g;

/** Splits a normalised text into words with their offsets. */
export function wordsOf(normalised: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of normalised.matchAll(wordPattern)) {
    words.push(match[0]);
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { words, starts, ends };
}

/**
 * The nearest passage to `needle` (normalised) in a source's words: undefined
 * when no window shares at least half of the text's words (the text is not a slip of any passage).
 */
export function nearestPassage(needle: string, sourceWords: Words): NearestPassage | undefined {
  const needleWords = wordsOf(needle).words;
  const size = needleWords.length;
  const { words } = sourceWords;
  if (size === 0 || words.length === 0) return undefined;
  const wanted = new Map<string, number>();
  for (const word of needleWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  const inWindow = new Map<string, number>();
  let shared = 0;
  const enter = (word: string): void => {
    const count = (inWindow.get(word) ?? 0) + 1;
    inWindow.set(word, count);
    if (count <= (wanted.get(word) ?? 0)) shared += 1;
  };
  const leave = (word: string): void => {
    const count = inWindow.get(word)!;
    inWindow.set(word, count - 1);
    if (count <= (wanted.get(word) ?? 0)) shared -= 1;
  };
  const width = Math.min(size, words.length);
  for (let index = 0; index < width; index += 1) enter(words[index]!);
  let best = shared;
  let bestStart = 0;
  for (let start = 1; start + width <= words.length; start += 1) {
    leave(words[start - 1]!);
    enter(words[start + width - 1]!);
    if (shared > best) {
      best = shared;
      bestStart = start;
    }
  }
  if (best * 2 < size) return undefined;
  // The window may sit a few words off the passage (a word left out or added shifts it): compare a
  // wider stretch and drop the source's words before the first and after the last word in common.
  const pad = Math.ceil(width / 2) + 2;
  const from = Math.max(0, bestStart - pad);
  const to = Math.min(words.length, bestStart + width + pad) - 1;
  // Whole words on both sides (the source's are single-spaced after normalisation): indices stay exact.
  const changes = diffArrays(words.slice(from, to + 1), needleWords);
  let first = from;
  while (changes.length > 0 && changes[0]!.removed) first += changes.shift()!.count ?? changes.length;
  while (changes.length > 0 && changes.at(-1)!.removed) changes.pop();
  const sourceCount = changes.filter((change) => !change.added).reduce((total, change) => total + change.value.length, 0);
  const last = Math.max(first, first + sourceCount - 1);
  return { start: sourceWords.starts[first]!, end: sourceWords.ends[last]!, differences: differencesOf(changes) };
}

/** The word-level differences of a comparison (source → text), in order, as text → source pairs. */
function differencesOf(changes: readonly { value: string[]; added: boolean; removed: boolean }[]): { text: string; source: string }[] {
  const differences: { text: string; source: string }[] = [];
  let pending: { text: string; source: string } | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (pending) differences.push(pending);
      pending = undefined;
      continue;
    }
    pending ??= { text: '', source: '' };
    const words = change.value.join(' ');
    if (change.added) pending.text += ` ${words}`;
    else pending.source += ` ${words}`;
  }
  if (pending) differences.push(pending);
  // At either end, the source's words beyond as many as the text has there are the passage's
  // surroundings (the text stops mid-line), not a difference.
  const trim = (difference: { text: string; source: string } | undefined, fromEnd: boolean): void => {
    if (!difference) return;
    const textWords = difference.text.trim().split(' ').filter(Boolean).length;
    const sourceWords = difference.source.trim().split(' ').filter(Boolean);
    if (textWords > 0 && sourceWords.length > textWords) {
      difference.source = (fromEnd ? sourceWords.slice(0, textWords) : sourceWords.slice(-textWords)).join(' ');
    }
  };
  if (changes[0]?.added || changes[0]?.removed) trim(differences[0], false);
  if (changes.at(-1)?.added || changes.at(-1)?.removed) trim(differences.at(-1), true);
  return differences
    .map((difference) => ({ text: closeHyphens(difference.text), source: closeHyphens(difference.source) }))
    .filter((difference) => difference.text !== difference.source);
}

/** Words joined back as the text writes them: a hyphen without spaces. */
const closeHyphens = (words: string): string => words.trim().replace(/ ?- ?/g, '-');

/** `"vulnerabilty" → "vulnerability"` (an empty side shown as "(nothing)"). */
export function describeDifference({ text, source }: { text: string; source: string }): string {
  const shown = (words: string): string => (words ? JSON.stringify(words) : '(nothing)');
  return `${shown(text)} → ${shown(source)}`;
}
