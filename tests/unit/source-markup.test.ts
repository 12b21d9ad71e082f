/**
 * The extraction's marks read for display: only links, superscripts, bold, italics, headings and
 * rules are recognised; anything else, HTML included, stays text. And the names the site gives a
 * source and its passages, by rule from the metadata.
 */
import { describe, expect, test } from 'vitest';
import {
  displayLine,
  displayText,
  lineSegments,
  type LinkResolver,
} from '../../src/domain/content/source-markup.ts';
import {
  linesLabel,
  notesOrigin,
  passageLabel,
  sourceAuthor,
  sourceName,
} from '../../src/domain/model/source-names.ts';

const docs: LinkResolver = (text, before) =>
  text === 'A/77/275'
    ? 'https://docs.un.org/en/A/77/275'
    : text === '75/240' && before.endsWith('resolution ')
      ? 'https://docs.un.org/en/A/RES/75/240'
      : undefined;

describe('marks read for display', () => {
  test('a link whose target was lost goes where the resolver says, with the words before it', () => {
    expect(lineSegments('see [A/77/275](#), para. 11', docs)).toEqual([
      { text: 'see ' },
      { text: 'A/77/275', href: 'https://docs.un.org/en/A/77/275' },
      { text: ', para. 11' },
    ]);
    expect(lineSegments('General Assembly resolution [75/240](#)', docs)[1]).toEqual({
      text: '75/240',
      href: 'https://docs.un.org/en/A/RES/75/240',
    });
    expect(lineSegments('paragraph [75/240](#)', docs)[1]).toEqual({
      text: '75/240',
      unresolvedLink: true,
    });
  });

  test('superscripts, printed URLs, bold and italics, nested and run together', () => {
    expect(lineSegments('75/240<sup>1</sup>', docs)).toEqual([
      { text: '75/240' },
      { text: '1', sup: true },
    ]);
    expect(lineSegments('at <https://meetings.unoda.org/x>.', docs)[1]).toEqual({
      text: 'https://meetings.unoda.org/x',
      href: 'https://meetings.unoda.org/x',
    });
    expect(lineSegments('**Agenda item 5****(g) Capacity-building**', docs)).toEqual([
      { text: 'Agenda item 5', strong: true },
      { text: '(g) Capacity-building', strong: true },
    ]);
    expect(lineSegments('*Date/time**Agenda item/programme*', docs)).toEqual([
      { text: 'Date/time', em: true },
      { text: 'Agenda item/programme', em: true },
    ]);
    expect(lineSegments('**see [A/77/275](#)**', docs)).toEqual([
      { text: 'see ', strong: true },
      { text: 'A/77/275', href: 'https://docs.un.org/en/A/77/275', strong: true },
    ]);
  });

  test('lines: rules, headings, blank lines, text', () => {
    expect(displayLine('---', docs)).toEqual({ kind: 'rule' });
    expect(displayLine('  ', docs)).toEqual({ kind: 'blank' });
    expect(displayLine('#### Monday, 6 March', docs)).toEqual({
      kind: 'text',
      heading: 4,
      segments: [{ text: 'Monday, 6 March' }],
    });
    // A list's dash and a dash in a sentence are text, not rules.
    expect(displayText(displayLine('- Initiatives of States', docs))).toBe(
      '- Initiatives of States',
    );
    expect(displayLine('-- not a rule --', docs).kind).toBe('text');
  });

  test('nothing else is markup: HTML, a javascript: link, a half-written mark stay text', () => {
    for (const text of [
      '<script>alert(1)</script>',
      '<b>bold</b> <img src=x onerror=alert(1)>',
      '<javascript:alert(1)>',
      '<http://example.org>',
      '[x](javascript:alert(1))',
      '[x](#) [[y](#)',
      '**unclosed',
      '<sup>1',
    ]) {
      const segments = lineSegments(text, () => undefined);
      expect(
        segments.every((segment) => !segment.href),
        text,
      ).toBe(true);
      expect(segments.filter((segment) => segment.sup)).toEqual([]);
    }
    expect(displayText(displayLine('<script>alert(1)</script>', docs))).toBe(
      '<script>alert(1)</script>',
    );
  });

  test('linear in the line: long runs of delimiters are read at once', () => {
    const started = performance.now();
    for (const text of [
      '['.repeat(100_000),
      '*'.repeat(100_000),
      '<sup>'.repeat(20_000),
      '[a]('.repeat(25_000),
    ])
      lineSegments(text, () => undefined);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('names by rule from the metadata', () => {
  const letter = {
    kind: 'chair-letter',
    date: '2022-03-07',
    signedBy: { name: 'Burhan Gafoor', title: 'Chair' },
  } as const;
  const note = { kind: 'secretariat-note', date: '2023-02-23' } as const;

  test('a source, its author, its passages, its notes', () => {
    expect(sourceName(letter)).toBe('Chair’s letter of 7 March 2022');
    expect(sourceName(note)).toBe('Secretariat’s note of 23 February 2023');
    expect(sourceAuthor(letter)).toBe('Burhan Gafoor, Chair');
    expect(sourceAuthor(note)).toBe('the Secretariat');
    expect(passageLabel(letter, 18, 24)).toBe('Chair’s letter of 7 March 2022, lines 18–24');
    expect(linesLabel(8, 8)).toBe('line 8');
    expect(notesOrigin(letter)).toBe(
      'From the Chair’s letter of 7 March 2022, signed Burhan Gafoor, Chair',
    );
    expect(notesOrigin(note)).toBe('From the Secretariat’s note of 23 February 2023');
  });
});
