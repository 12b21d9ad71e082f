/**
 * Pathological texts for the linear-time tests and the benchmark (issue 22): each defeats a naive
 * pattern (a scan from every start to the end) or a per-line re-normalisation of a source.
 */

/** `unit` repeated to `length` characters. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The texts, by what they are, each `length` characters long. */
export function pathologicalTexts(length: number): Record<string, string> {
  return {
    '<a<a<a… (no >)': fill('<a', length),
    '</a</a… (no >)': fill('</a', length),
    '[[[[… (no ])': fill('[', length),
    '[x](#[x](#… (no closing paren)': fill('[x](#', length),
    '<sup><sup>… (never closed)': fill('<sup>', length),
    'one short line after another': fill('a -\n', length),
    'white space and line breaks': fill(' \n\u00a0\t', length),
    'one line of hyphens and spaces': fill(' - ', length),
  };
}
