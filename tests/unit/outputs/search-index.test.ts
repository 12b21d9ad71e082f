/**
 * The search index's building blocks: a built page turned into one Pagefind page whose marked
 * elements are sections at their anchors (nested records cut out, context added, no other id, the
 * record's data from the model as the sub-result title, the page's filters), checked against the
 * model's records both ways; the model's records by page; and the Pagefind integration failing the
 * build on any reported error while always closing Pagefind.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, test } from 'vitest';
import { questionLocation } from '../../../src/domain/model/locations.ts';
import { loadSite } from '../../../src/domain/model/site.ts';
import {
  searchRecordsByPage, searchResultData, type SearchRecord, type SearchRecordsByPage,
} from '../../../src/domain/outputs/search-records.ts';
import { paths } from '../../../src/domain/urls.ts';
import { buildSearchIndex, type PagefindApi } from '../../../src/integrations/pagefind.ts';
import { searchPageOf, sitePathOf } from '../../../src/integrations/search-records.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const page = `<!doctype html><html lang="en"><head><title>Session X: programme · OEWG 2021–2025</title></head><body>
<header data-pagefind-ignore="all">Site name</header>
<main>
  <article id="slot-a" class="slot" aria-labelledby="slot-a-title" data-search-record>
    <h3 id="slot-a-title">10 a.m.</h3>
    <section><p class="focused" data-search-context>Focused discussion on funding &amp; partnerships</p>
      <ol><li id="q-a-1" data-search-record>What lessons can be gleaned? <a class="permalink" data-pagefind-ignore href="#q-a-1">Link to this</a></li><li id="q-a-2" data-search-record>Second question</li></ol>
    </section>
  </article>
</main></body></html>`;

const record = (title: string, topics: string[] = []): SearchRecord => ({ title, sessions: ['Session X'], topics, date: '1 May 2030' });
const records = new Map([
  ['slot-a', { ...record('Programme: slot A', ['Capacity-building', 'Confidence-building measures']), instants: { start: '2030-05-01T14:00:00Z', end: '2030-05-01T17:00:00Z', zone: 'America/New_York' } }],
  ['q-a-1', record('Guiding question 1', ['Capacity-building'])],
  ['q-a-2', record('Guiding question 2', ['Confidence-building measures'])],
]);

/** The sections of a Pagefind page, by anchor: their text and their data. */
function sectionsOf(content: string) {
  const document = parse(content);
  return document.querySelectorAll('section[data-pagefind-title]').map((section) => ({
    id: section.id,
    data: JSON.parse(section.getAttribute('data-pagefind-title')!) as unknown,
    html: section.innerHTML,
    text: section.text,
  }));
}

describe('searchPageOf', () => {
  test('a page becomes one Pagefind page at its URL, each marked element a section at its anchor, nested records cut out', () => {
    const result = searchPageOf(page, '/sessions/x/', records)!;
    expect(result.url).toBe('/sessions/x/');
    expect(result.records).toBe(3);
    const sections = sectionsOf(result.content);
    expect(sections.map((section) => section.id)).toEqual(['slot-a', 'q-a-1', 'q-a-2']);
    const [slot, question] = sections;
    expect(slot!.text).toContain('Focused discussion on funding');
    expect(slot!.text).not.toContain('What lessons');
    expect(result.content).not.toContain('Site name');
    expect(question!.text).toContain('What lessons can be gleaned?');
    expect(question!.text).not.toContain('Second question');
    expect(result.content).toContain('<html lang="en">');
  });

  test('each section carries its record as the sub-result title; the page, its title and every session and topic as filters', () => {
    const result = searchPageOf(page, '/sessions/x/', records)!;
    expect(sectionsOf(result.content).map((section) => section.data)).toEqual([...records.values()].map(searchResultData));
    const document = parse(result.content);
    expect(document.querySelector('[data-pagefind-meta="title[data-title]"]')?.getAttribute('data-title')).toBe('Session X: programme');
    const filters = document.querySelectorAll('data[data-pagefind-filter]').map((element) => `${element.getAttribute('data-pagefind-filter')}=${element.getAttribute('value')}`);
    expect(filters).toEqual(['session[value]=Session X', 'topic[value]=Capacity-building', 'topic[value]=Confidence-building measures']);
  });

  test('no id but the records\' own is left (any other would start a sub-result), nor what the index ignores', () => {
    const result = searchPageOf(page, '/sessions/x/', records)!;
    expect(parse(result.content).querySelectorAll('[id]').map((element) => element.id)).toEqual(['slot-a', 'q-a-1', 'q-a-2']);
    expect(result.content).not.toContain('slot-a-title');
    expect(result.content).not.toContain('Link to this');
    expect(result.content).not.toContain('class=');
  });

  test('a nested record gets the context of its discussion, escaped and with a lower weight', () => {
    const question = sectionsOf(searchPageOf(page, '/sessions/x/', records)!.content)[1]!;
    expect(question.html).toContain('<div data-pagefind-weight="0.5">Focused discussion on funding &amp; partnerships</div>');
  });

  test('a record without an id fails, naming the page', () => {
    expect(() => searchPageOf('<html><body><li data-search-record>text</li></body></html>', '/documents/', new Map()))
      .toThrow('/documents/: a <li data-search-record> has no id');
  });

  test('a marked element the model has no record for fails, and so does a record of the model the page does not mark', () => {
    const withoutQ2 = new Map([...records].filter(([anchor]) => anchor !== 'q-a-2'));
    expect(() => searchPageOf(page, '/sessions/x/', withoutQ2)).toThrow('/sessions/x/#q-a-2 is marked as a search record, but the site model has no search record there');
    const extra = new Map([...records, ['q-a-3', record('Guiding question 3')]]);
    expect(() => searchPageOf(page, '/sessions/x/', extra)).toThrow('/sessions/x/: the site model has search records that the page does not mark: #q-a-3');
    expect(() => searchPageOf('<html><body>nothing marked</body></html>', '/sessions/x/', records)).toThrow('/sessions/x/: the site model has search records here, but the page marks none');
  });

  test('a page without marked elements and without records is no Pagefind page', () => {
    expect(searchPageOf('<html><body>home</body></html>', '/', undefined)).toBeUndefined();
  });

  test.each([
    ['index.html', '/'],
    ['sessions/x/index.html', '/sessions/x/'],
    ['404.html', '/404.html'],
  ])('the site path of %s is %s', (file, expected) => {
    expect(sitePathOf('/out', join('/out', file))).toBe(expected);
  });
});

describe('searchRecordsByPage', () => {
  const site = loadSite(resolve(projectRoot, 'content'), projectRoot);
  const byPage = searchRecordsByPage(site);

  test('puts every guiding question at its home, and the other records on the pages that print them', () => {
    for (const question of site.questions) {
      const location = questionLocation(site, question);
      expect(byPage.get(location.path)?.get(location.anchor)?.title, question.id).toMatch(/^Guiding question \d+/);
    }
    expect([...byPage.keys()].sort()).toEqual([
      paths.documents(), paths.report('a-77-275'), paths.session('fourth-session'), paths.session('second-session'), paths.summaries('second-session'),
    ].sort());
    const count = [...byPage.values()].reduce((sum, records) => sum + records.size, 0);
    expect(count).toBe(108);
  });

  test('a slot record has its session, date, topics and UTC instants', () => {
    const slot = site.slots.find((candidate) => candidate.id === '2023-03-09-1130')!;
    expect(byPage.get(paths.session(slot.sessionId))!.get(slot.anchor)).toEqual({
      title: 'Programme: Fourth substantive session, 9 March 2023, 11.30 a.m.–1 p.m.',
      sessions: ['Fourth substantive session'],
      date: '9 March 2023, 11.30 a.m.–1 p.m.',
      topics: ['Capacity-building'],
      instants: { start: slot.startUtc, end: slot.endUtc, zone: 'America/New_York' },
    });
  });
});

/** A fake Pagefind that records calls and reports the errors it is given. */
function fakePagefind(errors: { create?: string[]; add?: string[]; write?: string[] } = {}) {
  const calls: string[] = [];
  const api: PagefindApi = {
    createIndex: () => {
      calls.push('createIndex');
      return Promise.resolve({
        errors: errors.create ?? [],
        index: {
          addHTMLFile: (file: { url?: string }) => { calls.push(`add ${file.url}`); return Promise.resolve({ errors: errors.add ?? [], file: { uniqueWords: 1, url: file.url ?? '', meta: {} } }); },
          writeFiles: (options?: { outputPath: string }) => { calls.push(`write ${options?.outputPath}`); return Promise.resolve({ errors: errors.write ?? [], outputPath: options?.outputPath ?? '' }); },
        } as never,
      });
    },
    close: () => { calls.push('close'); return Promise.resolve(null); },
  };
  return { api, calls };
}

describe('buildSearchIndex', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const siteWith = (html: string): string => {
    const outDir = mkdtempSync(join(tmpdir(), 'oewg-search-'));
    folders.push(outDir);
    mkdirSync(join(outDir, 'sessions', 'x'), { recursive: true });
    writeFileSync(join(outDir, 'sessions', 'x', 'index.html'), html);
    writeFileSync(join(outDir, 'index.html'), '<html><body>home, no records</body></html>');
    return outDir;
  };
  const modelRecords: SearchRecordsByPage = new Map([['/sessions/x/', records]]);

  test('adds one page per built page with records, writes into <outDir>/pagefind and closes', async () => {
    const outDir = siteWith(page);
    const { api, calls } = fakePagefind();
    await expect(buildSearchIndex({ outDir, records: modelRecords, pagefind: api })).resolves.toEqual({ pages: 1, records: 3, outputPath: join(outDir, 'pagefind') });
    expect(calls).toEqual(['createIndex', 'add /sessions/x/', `write ${join(outDir, 'pagefind')}`, 'close']);
  });

  test.each([
    ['createIndex', { create: ['bad config'] }, /Pagefind createIndex failed:\nbad config/],
    ['addHTMLFile', { add: ['unparseable'] }, /Pagefind addHTMLFile \(\/sessions\/x\/\) failed:\nunparseable/],
    ['writeFiles', { write: ['disk full'] }, /Pagefind writeFiles failed:\ndisk full/],
  ])('an error reported by %s fails the build, and Pagefind is closed', async (_step, errors, message) => {
    const { api, calls } = fakePagefind(errors);
    await expect(buildSearchIndex({ outDir: siteWith(page), records: modelRecords, pagefind: api })).rejects.toThrow(message);
    expect(calls.at(-1)).toBe('close');
  });

  test('a build folder that does not exist fails, and Pagefind is closed', async () => {
    const { api, calls } = fakePagefind();
    await expect(buildSearchIndex({ outDir: join(tmpdir(), 'oewg-no-such-build'), records: modelRecords, pagefind: api })).rejects.toThrow(/ENOENT/);
    expect(calls).toEqual(['createIndex', 'close']);
  });

  test('records of the model on a page that was not built fail the build, and Pagefind is closed', async () => {
    const { api, calls } = fakePagefind();
    const more: SearchRecordsByPage = new Map([...modelRecords, ['/sessions/y/', new Map([['q-y-1', record('Guiding question 1')]])]]);
    await expect(buildSearchIndex({ outDir: siteWith(page), records: more, pagefind: api })).rejects.toThrow('the site model has search records on pages that were not built: /sessions/y/');
    expect(calls.at(-1)).toBe('close');
  });

  test('pages without any record fail the build (the markup was lost), and Pagefind is closed', async () => {
    const { api, calls } = fakePagefind();
    await expect(buildSearchIndex({ outDir: siteWith('<html><body><main>no records</main></body></html>'), records: new Map(), pagefind: api }))
      .rejects.toThrow(/no search records/);
    expect(calls).toEqual(['createIndex', 'close']);
  });

  test('the real Pagefind reports an error for a page it cannot index, and the build fails', async () => {
    // A page without a URL cannot be a result: Pagefind's own validation answers with an error.
    const outDir = siteWith(page);
    const { createIndex, close } = await import('pagefind');
    let closed = false;
    const api: PagefindApi = {
      createIndex: async (config) => {
        const created = await createIndex(config);
        const index = created.index!;
        return { ...created, index: { ...index, addHTMLFile: (file) => index.addHTMLFile({ content: file.content }) } };
      },
      close: async () => { closed = true; return close(); },
    };
    await expect(buildSearchIndex({ outDir, records: modelRecords, pagefind: api })).rejects.toThrow(/Pagefind addHTMLFile \(\/sessions\/x\/\) failed:\nEither source_path or url must be provided/);
    expect(closed).toBe(true);
  });
});
