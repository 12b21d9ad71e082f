/**
 * Reads a build's Pagefind index back: its pages (one per built page with search results) and its
 * records (each page's anchors with a `data-pagefind-title`: the anchor, the title the search page
 * shows, and the indexed words from the anchor to the next titled one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A Pagefind fragment as written to `pagefind/fragment/*.pf_fragment`. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; title?: string; location: number }[];
}

/** One record of the index. */
export interface IndexedRecord {
  /** Page URL and anchor, e.g. `/sessions/fourth-session/#q-2023-03-09-1130-1`. */
  url: string;
  /** The result's title, as the page wrote it (`data-pagefind-title`). */
  title: string;
  /** The words indexed for it, as Pagefind stored them. */
  text: string;
}

/** One page of the index and its records. */
export interface IndexedPage {
  url: string;
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  records: IndexedRecord[];
}

/** Pagefind's fragment files are gzip-compressed JSON behind a `pagefind_dcd` signature. */
function fragmentsOf(dist: string): Fragment[] {
  const folder = join(dist, 'pagefind', 'fragment');
  return readdirSync(folder).map(
    (file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Fragment,
  );
}

/** The pages of a build's search index, with their records. */
export function indexedPages(dist: string): IndexedPage[] {
  return fragmentsOf(dist).map((fragment) => {
    const words = fragment.content.split(/[\r\n\s]+/g);
    const anchors = fragment.anchors
      .filter((anchor) => anchor.title)
      .sort((a, b) => a.location - b.location);
    return {
      url: fragment.url,
      title: fragment.meta.title ?? '',
      meta: fragment.meta,
      filters: fragment.filters,
      records: anchors.map((anchor, index) => ({
        url: `${fragment.url}#${anchor.id}`,
        title: anchor.title!,
        text: words.slice(anchor.location, anchors[index + 1]?.location ?? words.length).join(' '),
      })),
    };
  });
}

/** Every record of a build's search index. */
export function indexedRecords(dist: string): IndexedRecord[] {
  return indexedPages(dist).flatMap((page) => page.records);
}
