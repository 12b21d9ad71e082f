/**
 * Checks a built site for broken internal links: every internal href, src and form action of every
 * HTML page must resolve to a file of the build, and every #fragment to an id in the target page.
 *
 *   node tools/check-links.ts [dist] [--base /oewg/]
 *
 * Exits 1 and lists the broken links when there are any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';

/** One broken link. */
export interface BrokenLink {
  /** The page holding the link, as a site path, e.g. `/sessions/second-session/`. */
  page: string;
  /** The link as written in the page. */
  url: string;
  /** Why it is broken. */
  reason: string;
}

/** Options of a check. */
export interface CheckOptions {
  /** The base path the site was built with (`/` or e.g. `/oewg/`). */
  base?: string;
}

/** The result of a check. */
export interface CheckResult {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

/** Every HTML file under `root`, as paths relative to it, sorted. */
function htmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** The site path of a built file: `sessions/x/index.html` → `/sessions/x/`, `404.html` → `/404.html`. */
function sitePathOf(file: string): string {
  return `/${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
}

/** The built file a site path names, or undefined. */
function fileFor(root: string, sitePath: string): string | undefined {
  const local = join(root, decodeURIComponent(sitePath));
  if (sitePath.endsWith('/'))
    return existsSync(join(local, 'index.html')) ? join(local, 'index.html') : undefined;
  if (existsSync(local) && statSync(local).isFile()) return local;
  if (existsSync(join(local, 'index.html'))) return join(local, 'index.html');
  return undefined;
}

/** The links of a page: href of a, link and area; src of script, img, iframe, source; form action. */
function linksOf(document: HTMLElement): string[] {
  const links: string[] = [];
  for (const element of document.querySelectorAll('a[href], link[href], area[href]'))
    links.push(element.getAttribute('href')!);
  for (const element of document.querySelectorAll(
    'script[src], img[src], iframe[src], source[src]',
  ))
    links.push(element.getAttribute('src')!);
  for (const element of document.querySelectorAll('form[action]'))
    links.push(element.getAttribute('action')!);
  return links;
}

/** Checks every internal link and fragment of the built site under `root`. */
export function checkLinks(root: string, options: CheckOptions = {}): CheckResult {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const files = htmlFiles(root);
  const idsCache = new Map<string, Set<string>>();
  const documents = new Map<string, HTMLElement>();
  const documentOf = (file: string): HTMLElement => {
    let document = documents.get(file);
    if (!document) {
      document = parse(readFileSync(file, 'utf8'));
      documents.set(file, document);
    }
    return document;
  };
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      const document = documentOf(file);
      ids = new Set([
        ...document.querySelectorAll('[id]').map((element) => element.getAttribute('id')!),
        ...document.querySelectorAll('a[name]').map((element) => element.getAttribute('name')!),
      ]);
      idsCache.set(file, ids);
    }
    return ids;
  };

  const result: CheckResult = { pages: files.length, links: 0, broken: [] };
  for (const file of files) {
    const pageSitePath = sitePathOf(file);
    const pageUrl = new URL(`${base.slice(0, -1)}${pageSitePath}`, 'http://site.invalid');
    for (const url of linksOf(documentOf(join(root, file)))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue; // external or mailto:
      result.links += 1;
      const report = (reason: string): void => {
        result.broken.push({ page: pageSitePath, url, reason });
      };
      if (url === '' || url === '#') {
        report('empty link');
        continue;
      }
      const target = new URL(url, pageUrl);
      if (!target.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const sitePath = `/${target.pathname.slice(base.length)}`;
      const targetFile = fileFor(root, sitePath);
      if (!targetFile) {
        report(`no file for ${sitePath}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
        report(`no element with id "${fragment}" in ${sitePath}`);
      }
    }
  }
  return result;
}

/** Formats broken links one per line. */
export function formatBroken(broken: readonly BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.url}: ${link.reason}`).join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const baseIndex = args.indexOf('--base');
  const base = baseIndex >= 0 ? args[baseIndex + 1] : '/';
  const root =
    args.find((arg, index) => !arg.startsWith('--') && index !== baseIndex + 1) ?? 'dist';
  const result = checkLinks(root, { base });
  console.log(
    `${result.pages} pages, ${result.links} internal links, ${result.broken.length} broken`,
  );
  if (result.broken.length > 0) {
    console.log(formatBroken(result.broken));
    process.exitCode = 1;
  }
}
