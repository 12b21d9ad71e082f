/**
 * How the search page reads a query and cuts and ranks results (src/domain/search), on small
 * fixtures shaped like Pagefind's documented fragments: phrases, small words, whole words with
 * plurals and hyphen variants, glossary acronyms both ways, years met by a date, "Did you mean".
 */
import { describe, expect, test } from 'vitest';
import {
  candidatePages,
  excerptOf,
  matchResults,
  pageWords,
  rankResults,
  sequenceEnd,
  unknownRequirements,
  type SearchedPage,
} from '../../../src/domain/search/matching.ts';
import {
  onlySmallWords,
  parseQuery,
  queryTerms,
  singularKey,
  wordKey,
} from '../../../src/domain/search/query.ts';
import { closestWord, editDistance } from '../../../src/domain/search/suggest.ts';

const glossary = [
  { acronym: 'CBM', expansion: 'confidence-building measure' },
  { acronym: 'PoC', expansion: 'point of contact' },
];

describe('reading a query', () => {
  test('words become keys, plurals their singular, never a stem', () => {
    expect(
      [
        'Zero-day',
        'CBMs',
        'policies',
        'approaches',
        'process',
        'status',
        'Opening',
        '2023',
        'A/77/275',
      ].map((word) => singularKey(wordKey(word))),
    ).toEqual([
      'zeroday',
      'cbm',
      'policy',
      'approach',
      'process',
      'status',
      'opening',
      '2023',
      'a77275',
    ]);
  });

  test('small words are left out, unless quoted or the query has nothing else', () => {
    const parsed = parseQuery('points of the contact');
    expect(parsed.requirements.map((requirement) => requirement.text)).toEqual([
      'points',
      'contact',
    ]);
    expect(parsed.ignored).toEqual(['of', 'the']);
    expect(parseQuery('"point of contact"').requirements).toEqual([
      { text: '“point of contact”', phrase: true, alternatives: [['point', 'of', 'contact']] },
    ]);
    expect(onlySmallWords(parseQuery('of the'))).toBe(true);
    expect(onlySmallWords(parseQuery('of the directory'))).toBe(false);
  });

  test('a hyphenated word also stands for its parts one after the other; a year is marked', () => {
    expect(parseQuery('due-diligence 2023').requirements).toEqual([
      {
        text: 'due-diligence',
        phrase: false,
        alternatives: [['duediligence'], ['due', 'diligence']],
      },
      { text: '2023', phrase: false, alternatives: [['2023']], year: '2023' },
    ]);
  });

  test('an acronym (or its plural) stands for its expansion, and the expansion for the acronym', () => {
    const fromAcronym = parseQuery('CBMs', glossary).requirements;
    expect(fromAcronym).toHaveLength(1);
    expect(fromAcronym[0]!.alternatives).toContainEqual(['cbm']);
    expect(fromAcronym[0]!.alternatives).toContainEqual(['confidence', 'building', 'measure']);
    const fromExpansion = parseQuery('national points of contact', glossary).requirements;
    expect(fromExpansion.map((requirement) => requirement.text)).toEqual([
      'national',
      'points of contact',
    ]);
    expect(fromExpansion[1]!.alternatives).toContainEqual(['poc']);
  });

  test('Pagefind is asked for every word but the small ones', () => {
    expect(queryTerms(parseQuery('"points of contact" directory'))).toEqual([
      'points',
      'contact',
      'directory',
    ]);
  });
});

describe('whole words in the text', () => {
  const words = pageWords(
    'The Opening of the zero-day points of contact directory, open-source software and CBMs.',
  );
  test.each([
    [['open'], 1, undefined],
    [['opening'], 1, 2],
    [['zeroday'], 4, 5],
    [['zero', 'day'], 4, 5],
    [['day'], 4, 5],
    [['point', 'of', 'contact'], 5, 8],
    [['open'], 9, 10],
    [['cbm'], 12, 13],
    [['contact', 'directory'], 5, undefined],
  ])('%j from word %i ends before word %s', (sequence, start, end) => {
    expect(sequenceEnd(words, start, sequence)).toBe(end);
  });
});

/** A page as Pagefind's fragment gives it, with every word of `keys` placed where it stands (as a prefix search would). */
function page(
  id: string,
  content: string,
  anchors: [string, string, number][],
  keys: string[],
  weights: Record<number, number> = {},
): SearchedPage {
  const words = pageWords(content);
  const places = new Map(
    keys.map((key) => [
      key,
      new Map(
        words.flatMap((word, index) =>
          wordKey(word).includes(key) ? [[index, weights[index] ?? 1] as [number, number]] : [],
        ),
      ),
    ]),
  );
  return {
    id,
    url: `/${id}/`,
    title: id,
    content,
    anchors: anchors.map(([anchorId, title, location]) => ({ id: anchorId, title, location })),
    places: new Map([...places].filter(([, found]) => found.size > 0)),
  };
}

describe('results', () => {
  const content =
    'Slot heading 2023 . What points of contact directory exists? . Where the directory of points is kept . Opening of the contact point .';
  const anchors: [string, string, number][] = [
    ['slot', 'Programme slot · 6 March 2023', 0],
    ['q-1', 'Guiding question 1 · 6 March 2023', 4],
    ['q-2', 'Guiding question 2 · 6 March 2023', 11],
    ['q-3', 'Guiding question 3 · 7 May 2022', 19],
  ];
  const searched = page('p', content, anchors, [
    'points',
    'contact',
    'directory',
    'open',
    '2023',
    'opening',
  ]);

  test('a quoted phrase finds every result that holds it, and only those', () => {
    const parsed = parseQuery('"points of contact directory"');
    expect(matchResults([searched], parsed).map((result) => result.url)).toEqual(['/p/#q-1']);
  });

  test('unquoted words: results holding all of them come first, the others are not shown', () => {
    const parsed = parseQuery('points directory');
    expect(
      rankResults(matchResults([searched], parsed), parsed.requirements.length).map(
        (result) => result.url,
      ),
    ).toEqual(['/p/#q-1', '/p/#q-2']);
  });

  test('"open" is not "Opening"', () => {
    expect(matchResults([searched], parseQuery('open'))).toEqual([]);
    expect(matchResults([searched], parseQuery('opening')).map((result) => result.url)).toEqual([
      '/p/#q-3',
    ]);
  });

  test("a year is met by the text or by the result's date", () => {
    const parsed = parseQuery('2023 directory');
    expect(rankResults(matchResults([searched], parsed), 2).map((result) => result.url)).toEqual([
      '/p/#q-1',
      '/p/#q-2',
    ]);
  });

  test('a heavier place ranks first (a heading); a slot going on after its questions is one result', () => {
    const weighted = page(
      'w',
      'Funding heading . Funding in passing here . more of the slot funding',
      [
        ['s', 'Slot', 0],
        ['q', 'Question', 2],
        ['s-notes', 'Slot', 7],
      ],
      ['funding'],
      { 0: 7 },
    );
    const results = rankResults(matchResults([weighted], parseQuery('funding')), 1);
    expect(results.map((result) => [result.url, result.ranges])).toEqual([
      [
        '/w/#s',
        [
          [0, 2],
          [7, 13],
        ],
      ],
      ['/w/#q', [[2, 7]]],
    ]);
  });

  test('an excerpt marks the matched words only, not the small words of the query', () => {
    const parsed = parseQuery('points of contact');
    const [result] = matchResults([searched], parsed);
    const excerpt = excerptOf(result!);
    expect([...excerpt.marked].map((index) => excerpt.words[index])).toEqual(['points', 'contact']);
  });

  test('pages that hold every requirement are loaded first; a word no page holds is reported', () => {
    const parsed = parseQuery('contact directory');
    const scores = new Map([
      [
        'contact',
        new Map([
          ['a', 2],
          ['b', 1],
        ]),
      ],
      ['directory', new Map([['b', 1]])],
    ]);
    expect(candidatePages(parsed, scores)).toEqual(['b']);
    expect(
      unknownRequirements(parseQuery('contact vulnerabilty'), new Set(['contact'])).map(
        (requirement) => requirement.text,
      ),
    ).toEqual(['vulnerabilty']);
  });
});

describe('Did you mean', () => {
  test('the closest word of the vocabulary, the more frequent on a tie, within one edit up to five letters, two beyond', () => {
    expect(editDistance('vulnerabilty', 'vulnerability', 2)).toBe(1);
    expect(editDistance('teh', 'the', 1)).toBe(1);
    expect(closestWord('vulnerabilty', ['the', 'vulnerabilities', 'vulnerability'])).toBe(
      'vulnerability',
    );
    expect(closestWord('fundng', ['funding', 'finding'])).toBe('funding');
    expect(closestWord('xyzzy', ['funding'])).toBeUndefined();
    expect(closestWord('funding', ['funding'])).toBeUndefined();
  });
});
