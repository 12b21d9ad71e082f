/**
 * Cuts built pages into search records: every element marked `data-search-record` becomes one
 * small HTML document for Pagefind, at the URL of its page plus its own anchor. Filters, metadata
 * and `data-pagefind-ignore` stay in the markup and are read by Pagefind itself; records nested in
 * a record (a slot's questions) are cut out of it, so each text is found once, where it is printed.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HTMLElement as HTMLElementClass, parse, type HTMLElement } from 'node-html-parser';
import { searchContextAttribute, searchContextWeight, searchRecordAttribute } from '../domain/outputs/search-records.ts';

/** One record for Pagefind's `addHTMLFile`: its result URL (without the base path) and its HTML. */
export interface SearchRecordFile {
  url: string;
  content: string;
}

const recordSelector = `[${searchRecordAttribute}]`;

/** The context text around a record: context elements that are children of its ancestors, up to the enclosing record. */
function contextOf(element: HTMLElement): HTMLElement[] {
  const context: HTMLElement[] = [];
  for (let ancestor = element.parentNode; ancestor; ancestor = ancestor.parentNode) {
    for (const child of ancestor.childNodes) {
      if (child instanceof HTMLElementClass && child.hasAttribute(searchContextAttribute)) context.push(child);
    }
    if (ancestor.hasAttribute?.(searchRecordAttribute)) break;
  }
  return context;
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

/** The search records of one built page, in document order. */
export function searchRecordsOfPage(html: string, sitePath: string): SearchRecordFile[] {
  // Most pages carry no record (index pages, calendars, data docs); they are large at scale and
  // need not be parsed at all.
  if (!html.includes(searchRecordAttribute)) return [];
  const document = parse(html);
  const language = document.querySelector('html')?.getAttribute('lang') ?? 'en';
  return document.querySelectorAll(recordSelector).map((element: HTMLElement) => {
    if (!element.id) throw new Error(`${sitePath}: a <${element.tagName.toLowerCase()} ${searchRecordAttribute}> has no id, so a search result could not link to it`);
    const record = parse(element.outerHTML).querySelector(recordSelector)!;
    for (const nested of record.querySelectorAll(recordSelector)) nested.remove();
    const context = contextOf(element).map((node) => node.text).join(' ');
    const contextHtml = context ? `<div data-pagefind-weight="${searchContextWeight}">${escapeHtml(context)}</div>` : '';
    return {
      url: `${sitePath}#${element.id}`,
      content: `<!doctype html><html lang="${language}"><head><title></title></head><body>${record.outerHTML}${contextHtml}</body></html>`,
    };
  });
}

/** Text as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
