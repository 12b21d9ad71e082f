/**
 * The one character policy of every text of the content: the schemas' labels, verbatim texts and
 * URLs, the Markdown bodies and the source texts all call `textPolicyProblem`. It refuses what no
 * source holds and what would reach a page, a calendar, a CSV cell or an XML file as something other
 * than text: control characters (C0 but tab, and line breaks where the text may have lines; DEL; C1),
 * bidirectional controls (a U+202E turns "txt.exe" around), zero-width and other invisible
 * characters, a byte-order mark inside the text, the line and paragraph separators, tag characters,
 * noncharacters and lone surrogates. Every check here is one linear pass (no nested repetition).
 */

/** Whether a text may hold line breaks: Markdown bodies and sources may, one-line fields may not (a tab is white space, allowed in both). */
export interface TextPolicy {
  multiline: boolean;
}

/** Noncharacters of the supplementary planes: U+1FFFE, U+1FFFF … U+10FFFE, U+10FFFF. */
const planeNoncharacters = Array.from({ length: 16 }, (_, index) => {
  const plane = (index + 1).toString(16).toUpperCase();
  return `\\u{${plane}FFFE}\\u{${plane}FFFF}`;
}).join('');

/** What every text refuses (with the `u` flag a surrogate range matches only lone surrogates). */
const alwaysRefused = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E'
  + '\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF9-\\uFFFB\\uFDD0-\\uFDEF\\uFFFE\\uFFFF'
  + `\\uD800-\\uDFFF\\u{E0000}-\\u{E007F}${planeNoncharacters}`;

/** The first refused character of a multi-line text; of a one-line text, line breaks too. */
const refused = {
  multiline: new RegExp(`[${alwaysRefused}]`, 'u'),
  oneLine: new RegExp(`[${alwaysRefused}\\n\\r]`, 'u'),
} as const;

/** Names of the C0 controls (their Unicode aliases), by code point. */
const c0Names = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'FILE SEPARATOR', 'GROUP SEPARATOR', 'RECORD SEPARATOR', 'UNIT SEPARATOR',
];

/** Names of the other refused characters an editor is most likely to meet. */
const names: Record<number, string> = {
  0x7f: 'DELETE', 0x85: 'NEXT LINE', 0x9b: 'CONTROL SEQUENCE INTRODUCER', 0xad: 'SOFT HYPHEN', 0x34f: 'COMBINING GRAPHEME JOINER',
  0x61c: 'ARABIC LETTER MARK', 0x180e: 'MONGOLIAN VOWEL SEPARATOR', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR', 0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION', 0x2062: 'INVISIBLE TIMES', 0x2063: 'INVISIBLE SEPARATOR', 0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
};

/** A name for a refused code point, for messages. */
function describeCodePoint(codePoint: number): string {
  if (codePoint < 0x20) return c0Names[codePoint]!;
  if (names[codePoint]) return names[codePoint];
  if (codePoint >= 0x80 && codePoint <= 0x9f) return 'a C1 control character';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'a lone surrogate (half of a character)';
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return 'a noncharacter';
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return 'an invisible tag character';
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return 'a variation selector';
  return 'an invisible formatting character';
}

/** `U+202E`: a code point as Unicode writes it. */
const codePointLabel = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** The 1-based character (code point) position of a UTF-16 index, and its line and column. */
function positionOf(text: string, index: number): { character: number; line: number; column: number } {
  let character = 1;
  let line = 1;
  let column = 1;
  for (let at = 0; at < index; at += 1) {
    const unit = text.charCodeAt(at);
    // The second half of a surrogate pair is the same character.
    if (unit >= 0xdc00 && unit <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff) continue;
    character += 1;
    if (unit === 0x0a) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return { character, line, column };
}

/**
 * What is wrong with a text under the policy, naming the first refused character, its code point and
 * where it is (`contains U+202E RIGHT-TO-LEFT OVERRIDE at character 12: remove it`); undefined when
 * the text is clean. A multi-line text gives line and column.
 */
export function textPolicyProblem(text: string, policy: TextPolicy): string | undefined {
  const match = (policy.multiline ? refused.multiline : refused.oneLine).exec(text);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0)!;
  const position = positionOf(text, match.index);
  const where = policy.multiline ? `line ${position.line}, column ${position.column}` : `character ${position.character}`;
  const lineBreak = codePoint === 0x0a || codePoint === 0x0d;
  const hint = lineBreak && !policy.multiline ? 'this text is one line, replace it with a space' : 'remove it';
  return `contains ${codePointLabel(codePoint)} ${describeCodePoint(codePoint)} at ${where}: ${hint}`;
}

/** True when `codePoint` may appear in some text of the content (multi-line): for the serialisers' guard tests. */
export function allowedInContent(codePoint: number): boolean {
  return !refused.multiline.test(String.fromCodePoint(codePoint));
}

/** The start of an HTML tag: `<` and a letter, or `</` and a letter. */
const tagStart = /<\/?[a-z]/i;

/**
 * True when a text holds an HTML tag, as `/<\/?[a-z][^>]*>/i` decides, in one pass: that pattern
 * matches exactly when some tag start has a `>` after it, so the first tag start decides. (The
 * pattern itself rescans the rest of the text from every `<a` and is quadratic on `<a<a<a…`.)
 */
export function containsHtmlTag(text: string): boolean {
  const start = tagStart.exec(text);
  return start !== null && text.indexOf('>', start.index + start[0].length) !== -1;
}
