/**
 * Guard of the XML and ICS outputs (issue 22): content cannot hold a character they cannot carry.
 * Every code point the character policy lets into a text (text-policy.ts) is a valid XML 1.0
 * character, and, in a one-line text, none is an RFC 5545 control character (tab aside); the line
 * breaks a multi-line text may hold are escaped by ical-generator. And the libraries the serialisers
 * use (xmlbuilder2, ical-generator) given such text write files that stay valid.
 */
import ical from 'ical-generator';
import { describe, expect, test } from 'vitest';
import { create } from 'xmlbuilder2';
import { textPolicyProblem } from '../../../src/domain/content/text-policy.ts';

/** XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const xmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/** RFC 5545 CONTROL: %x00-08 / %x0A-1F / %x7F (HTAB is allowed in text). */
const icsControl = (cp: number): boolean => cp <= 0x08 || (cp >= 0x0a && cp <= 0x1f) || cp === 0x7f;

/** Every code point the policy accepts in a text (a lone surrogate is tested as a lone surrogate). */
function accepted(multiline: boolean): number[] {
  const codePoints: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp += 1) {
    if (textPolicyProblem(`a${String.fromCodePoint(cp)}b`, { multiline }) === undefined)
      codePoints.push(cp);
  }
  return codePoints;
}

describe('the character policy admits only what XML and ICS carry', () => {
  const oneLine = accepted(false);
  const multiline = accepted(true);

  test('every character a text may hold is an XML 1.0 character', () => {
    expect(multiline.filter((cp) => !xmlChar(cp))).toEqual([]);
    expect(oneLine.length).toBeGreaterThan(1_000_000);
  });

  test('no character a one-line text may hold is an ICS control character; a multi-line text adds only line feed and carriage return', () => {
    expect(oneLine.filter(icsControl)).toEqual([]);
    expect(multiline.filter(icsControl)).toEqual([0x0a, 0x0d]);
  });

  test('what the policy refuses includes what breaks XML: the guard is the policy', () => {
    for (const cp of [0x0, 0x1b, 0xfffe, 0xffff, 0xd800])
      expect(textPolicyProblem(`a${String.fromCharCode(cp)}b`, { multiline: true })).toBeDefined();
  });
});

describe("the serialisers' libraries keep accepted text valid", () => {
  const edge =
    'tab\there, no-break\u00a0space, “quotes” – dash, 𝔸 astral, é accent, <&> markup, semi;colon, comma';

  test('xmlbuilder2 writes accepted text and parses back to it', () => {
    const xml = create({ version: '1.0' }).ele('schedule').ele('title').txt(edge).up().up().end();
    expect(create(xml).root().first().node.textContent).toBe(edge);
  });

  test('ical-generator escapes the line breaks of a multi-line text: no control character but CRLF line ends and tab', () => {
    const calendar = ical({ prodId: '//test//test//EN' });
    calendar.createEvent({
      start: new Date('2022-03-28T14:00:00Z'),
      end: new Date('2022-03-28T17:00:00Z'),
      summary: edge,
      description: `one\ntwo\r\nthree\rfour ${edge}`,
    });
    const text = calendar.toString();
    const controls = [...text.replace(/\r\n/g, '')].filter((character) =>
      icsControl(character.codePointAt(0)!),
    );
    expect(controls).toEqual([]);
    expect(text).toContain('one\\ntwo\\nthree\\nfour');
  });
});
