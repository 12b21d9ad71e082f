/**
 * Turns a built page into one Pagefind page: every element marked `data-search-record` becomes a
 * section of it at the element's anchor, whose sub-result title is the record's data from the site
 * model (JSON, read by the search page's script; Pagefind stores sub-result titles without
 * indexing them). A section holds the element's text as the page prints it, without the records
 * nested in it (a slot's questions), so each text is found once, where it is printed, plus the
 * context around it with a lower weight. Elements marked `data-pagefind-ignore` are left out, and
 * of the attributes only `data-pagefind-weight` is kept: no other id may start a sub-result.
 * Filters are the page's: every session and topic of its records.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HTMLElement as HTMLElementClass, parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import {
  searchContextAttribute, searchContextWeight, searchPageFilters, searchRecordAttribute, searchResultData, type SearchRecord,
} from '../domain/outputs/search-records.ts';

/** One page for Pagefind's `addHTMLFile`: its URL (without the base path), its HTML and how many records it holds. */
export interface SearchPageFile {
  url: string;
  content: string;
  records: number;
}

const recordSelector = `[${searchRecordAttribute}]`;

/** Elements without an end tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose content is never text of the page. */
const skippedElements = new Set(['script', 'style', 'template', 'svg', 'noscript']);

/** The attributes Pagefind reads inside a record; every other attribute (ids first) is dropped. */
const keptAttributes = ['data-pagefind-weight'];

/** Marks what the index leaves out (permalinks, source links, calendar links): such elements are dropped. */
const ignoreAttribute = 'data-pagefind-ignore';

/** Text as HTML (element content or a double-quoted attribute value). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The context text around a record: context elements that are children of its ancestors, up to the enclosing record. */
function contextOf(element: HTMLElement): string {
  const context: string[] = [];
  for (let ancestor = element.parentNode; ancestor; ancestor = ancestor.parentNode) {
    for (const child of ancestor.childNodes) {
      if (child instanceof HTMLElementClass && child.hasAttribute(searchContextAttribute)) context.push(child.text);
    }
    if (ancestor.hasAttribute?.(searchRecordAttribute)) break;
  }
  return context.join(' ');
}

/** The HTML of a node for the index: tags and Pagefind's attributes only, nested records left out. */
function indexedHtml(node: Node): string {
  if (node instanceof TextNode) return node.rawText;
  if (!(node instanceof HTMLElementClass)) return '';
  const tag = node.rawTagName?.toLowerCase();
  if (tag && (skippedElements.has(tag) || node.hasAttribute(searchRecordAttribute) || node.hasAttribute(ignoreAttribute))) return '';
  const children = node.childNodes.map(indexedHtml).join('');
  if (!tag) return children;
  const attributes = keptAttributes
    .filter((name) => node.hasAttribute(name))
    .map((name) => ` ${name}="${escapeHtml(node.getAttribute(name) ?? '')}"`)
    .join('');
  return voidElements.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${children}</${tag}>`;
}

/** One record as a section of the Pagefind page: its anchor, its data as sub-result title, its text and context. */
function recordSection(element: HTMLElement, record: SearchRecord): string {
  const text = element.childNodes.map(indexedHtml).join('');
  const context = contextOf(element);
  const contextHtml = context ? `<div data-pagefind-weight="${searchContextWeight}">${escapeHtml(context)}</div>` : '';
  // The text in a block of its own: Pagefind keeps the inline text of an element with an id as the
  // anchor's text, which nothing reads.
  return `<section id="${escapeHtml(element.id)}" data-pagefind-title="${escapeHtml(JSON.stringify(searchResultData(record)))}"><div>${text}</div>${contextHtml}</section>`;
}

/** The page's title without the site's suffix (`Fourth substantive session: programme`). */
function pageTitle(document: HTMLElement): string {
  const title = document.querySelector('title')?.text ?? '';
  const suffix = title.lastIndexOf(' · ');
  return suffix > 0 ? title.slice(0, suffix) : title;
}

/** The page's filter values as elements Pagefind reads (one value per element). */
function filterElements(records: Iterable<SearchRecord>): string {
  return Object.entries(searchPageFilters(records))
    .flatMap(([filter, values]) => values.map((value) => `<data data-pagefind-filter="${filter}[value]" value="${escapeHtml(value)}"></data>`))
    .join('');
}

/** The marked elements of a page with their records, checked against the model both ways. */
function markedRecords(document: HTMLElement, sitePath: string, records: ReadonlyMap<string, SearchRecord>): [HTMLElement, SearchRecord][] {
  const marked = document.querySelectorAll(recordSelector).map((element): [HTMLElement, SearchRecord] => {
    if (!element.id) throw new Error(`${sitePath}: a <${element.tagName.toLowerCase()} ${searchRecordAttribute}> has no id, so a search result could not link to it`);
    const record = records.get(element.id);
    if (!record) throw new Error(`${sitePath}#${element.id} is marked as a search record, but the site model has no search record there (searchRecordsByPage)`);
    return [element, record];
  });
  const found = new Set(marked.map(([element]) => element.id));
  const missing = [...records.keys()].filter((anchor) => !found.has(anchor));
  if (missing.length > 0) throw new Error(`${sitePath}: the site model has search records that the page does not mark: ${missing.map((anchor) => `#${anchor}`).join(', ')}`);
  return marked;
}

/**
 * The Pagefind page of one built page, or nothing for a page without records. `records` are the
 * model's records of that page (by anchor); a marked element without one, or one without a marked
 * element, fails.
 */
export function searchPageOf(html: string, sitePath: string, records: ReadonlyMap<string, SearchRecord> | undefined): SearchPageFile | undefined {
  // Most pages carry no record (index pages, calendars, data docs); they are large at scale and
  // need not be parsed at all.
  if (!html.includes(searchRecordAttribute)) {
    if (records && records.size > 0) throw new Error(`${sitePath}: the site model has search records here, but the page marks none`);
    return undefined;
  }
  const document = parse(html);
  const marked = markedRecords(document, sitePath, records ?? new Map());
  if (marked.length === 0) return undefined;
  const language = document.querySelector('html')?.getAttribute('lang') ?? 'en';
  const sections = marked.map(([element, record]) => recordSection(element, record)).join('');
  const meta = `<div data-pagefind-meta="title[data-title]" data-title="${escapeHtml(pageTitle(document))}"></div>`;
  return {
    url: sitePath,
    content: `<!doctype html><html lang="${escapeHtml(language)}"><head><title></title></head><body>${meta}${filterElements(marked.map(([, record]) => record))}${sections}</body></html>`,
    records: marked.length,
  };
}

/** The site path of a built HTML file: `sessions/x/index.html` → `/sessions/x/`. */
export function sitePathOf(outDir: string, file: string): string {
  const path = `/${relative(outDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML file under `outDir`, sorted, so the index is written the same way on every build. */
export function htmlFilesOf(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
