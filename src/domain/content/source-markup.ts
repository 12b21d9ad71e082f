/**
 * The Markdown marks the extraction left in a source text, read for display: links `[x](#)`,
 * `<https://…>`, `<sup>1</sup>`, `**bold**`, `*italic*`, `#` headings and `---` rules. Only these
 * constructs are recognised; everything else, `<` and `&` included, stays text (the page escapes it).
 * No HTML of the source is ever passed through.
 */

/** A run of a line's text with the marks it had. */
export interface Segment {
  text: string;
  /** Where the run links to: a lost target `(#)` resolved by the caller, or a printed URL. */
  href?: string;
  /** True for a run printed as a link whose target the extraction lost and no rule resolves. */
  unresolvedLink?: boolean;
  sup?: boolean;
  strong?: boolean;
  em?: boolean;
}

/** One source line read for display: a rule, or text (a heading's with its level). */
export type DisplayLine =
  | { kind: 'rule' }
  | { kind: 'blank' }
  | { kind: 'text'; heading?: number; segments: Segment[] };

/**
 * Resolves the target of a link the extraction printed as `[text](#)`: `before` is the line up to
 * the `[`, so "resolution [75/240](#)" can be read as "resolution 75/240".
 */
export type LinkResolver = (text: string, before: string) => string | undefined;

// Each alternative stops at the next character of its own delimiter ('[', '<', '*'), so a failed
// attempt scans no further than the next attempt would start: linear in the line.
const inline =
  /\[([^[\]]*)\]\(#\)|<sup>([^<]*)<\/sup>|<(https:\/\/[^<>\s]+)>|\*\*([^*]+)\*\*|\*([^*]+)\*/g;

/** The segments of a line's text, marks read as what they stand for. */
export function lineSegments(
  text: string,
  resolve: LinkResolver,
  marks: Pick<Segment, 'strong' | 'em'> = {},
  offset = '',
): Segment[] {
  const segments: Segment[] = [];
  const pattern = new RegExp(inline.source, 'g');
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), ...marks });
    const [, link, sup, url, strong, em] = match;
    if (link !== undefined) {
      const href = resolve(link, offset + text.slice(0, match.index));
      segments.push(href ? { text: link, href, ...marks } : { text: link, unresolvedLink: true, ...marks });
    } else if (sup !== undefined) segments.push({ text: sup, sup: true, ...marks });
    else if (url !== undefined) segments.push({ text: url, href: url, ...marks });
    else {
      const inner = strong ?? em!;
      const nested = { ...marks, ...(strong !== undefined ? { strong: true } : { em: true }) };
      segments.push(...lineSegments(inner, resolve, nested, offset + text.slice(0, match.index)));
    }
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), ...marks });
  return segments;
}

/** A source line read for display (a `---` rule, a `#` heading, or text with inline marks). */
export function displayLine(line: string, resolve: LinkResolver): DisplayLine {
  if (/^\s*$/.test(line)) return { kind: 'blank' };
  if (/^\s*-{3,}\s*$/.test(line)) return { kind: 'rule' };
  const heading = /^(#{1,6}) (.*)$/.exec(line);
  if (heading) return { kind: 'text', heading: heading[1]!.length, segments: lineSegments(heading[2]!, resolve) };
  return { kind: 'text', segments: lineSegments(line, resolve) };
}

/** The text a reader sees of a line once its marks are read (rules and blank lines: nothing). */
export function displayText(line: DisplayLine): string {
  return line.kind === 'text' ? line.segments.map((segment) => segment.text).join('') : '';
}
