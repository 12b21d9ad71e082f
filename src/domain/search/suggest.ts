/**
 * "Did you mean": the word of the site's vocabulary (the words of the indexed content, most
 * frequent first, written by the build) closest to a word that the index does not hold.
 */

/** Edit distance with adjacent transpositions (optimal string alignment), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  let previous: number[] = [];
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let lowest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(before[j]! + 1, current[j - 1]! + 1, before[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous[j - 2]! + 1);
      current.push(value);
      lowest = Math.min(lowest, value);
    }
    if (lowest > limit) return limit + 1;
    previous = before;
    before = current;
  }
  return before[b.length]!;
}

/** How far a word of `length` letters may be from its suggestion: one edit up to five letters, two beyond. */
export function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/** The closest word of `vocabulary` (most frequent first) to `key`, or undefined when none is close enough. */
export function closestWord(key: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(key.length);
  let best: { word: string; distance: number } | undefined;
  for (const word of vocabulary) {
    if (word === key) return undefined;
    const distance = editDistance(key, word, limit);
    // Vocabulary order breaks ties: the more frequent word wins.
    if (distance <= limit && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}
