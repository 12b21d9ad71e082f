/**
 * "Did you mean": the known name nearest to a mistyped one (`qestions` → `questions`, a topic id
 * with a letter swapped), by edit distance. Names are short and lists small (fields of one object,
 * the topics, the sessions), so the plain dynamic programme is enough.
 */

/** Edit distance with adjacent transpositions (optimal string alignment): `tpoic` is one edit from `topic`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const cost: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1, cost[i - 1]![j - 1]! + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, cost[i - 2]![j - 2]! + 1);
      cost[i]![j] = best;
    }
  }
  return cost[a.length]![b.length]!;
}

/**
 * The known name nearest to `name`, when it is near enough to be a slip: at most
 * a quarter of its letters changed (at least one), compared without case (`formal` is not a slip for
 * `informal`). Ties go to the first in `known`.
 */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === name) return undefined;
    // Cheap bound first: the distance is at least the difference in length.
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `: did you mean "questions"?` when a known name is near, else the empty string. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const nearest = nearestName(name, known);
  return nearest === undefined ? '' : `: did you mean ${JSON.stringify(nearest)}?`;
}
