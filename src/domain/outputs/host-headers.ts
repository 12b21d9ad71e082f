/**
 * The HTTP headers the site needs from its static host: security headers on every response, the
 * iCalendar content type on feeds, and cross-origin reading of feeds, data and schedules. One
 * definition (`headerRules`); `dist/_headers` (Netlify, Cloudflare Pages) is written from it at
 * build time with the base path, and vercel.json, public/.htaccess (Apache) and deploy/nginx.conf
 * are written from it by `npm run hosts:write` (a test checks they are current).
 */
import { paths } from '../urls.ts';

/**
 * Content-Security-Policy: everything from the site's own origin, no inline scripts or styles.
 * 'wasm-unsafe-eval' lets the search page run Pagefind's WebAssembly; it allows no JavaScript eval.
 */
export const contentSecurityPolicyDirectives: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The policy as the Content-Security-Policy header says it. */
export const contentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');

/**
 * Directives a `<meta http-equiv>` policy cannot carry: browsers ignore them there (CSP Level 3,
 * "The meta element"), so only the header states them.
 */
export const headerOnlyDirectives: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The policy every page carries in `<meta http-equiv="Content-Security-Policy">`, for hosts that
 * send no headers (GitHub Pages): the header's policy without what only a header can say.
 */
export const metaContentSecurityPolicy = contentSecurityPolicyDirectives
  .filter((directive) => !headerOnlyDirectives.includes(directive.split(' ')[0]!))
  .join('; ');

/** Headers for every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The content type of calendar feeds (RFC 5545). */
export const calendarContentType = 'text/calendar; charset=utf-8';

/** Site paths (without base) of the calendar feeds, as `_headers` patterns. */
export const calendarFeedPatterns = [
  paths.allFeed(),
  paths.sessionFeed('*'),
  paths.topicFeed('*'),
  paths.slotEvent('*'),
].map((path) => path.replace('*.ics', '*'));

/** Lets pages on other sites read the open data, the schedules and the feeds (they hold no secrets). */
export const crossOriginHeaders: Readonly<Record<string, string>> = { 'Access-Control-Allow-Origin': '*' };

/** Headers for the paths a pattern matches. */
export interface HeaderRule {
  /**
   * Site path without the base path, in the `_headers` syntax Netlify and Cloudflare Pages share:
   * `*` matches any characters, `:name` one path segment.
   */
  pattern: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * Every header the site needs, by path: security headers everywhere; the calendar type on feeds;
 * cross-origin reading for feeds, open data (`/data/…`) and conference schedules. A request gets
 * the headers of every rule that matches it. Each host's file below is written from this list.
 */
export const headerRules: readonly HeaderRule[] = [
  { pattern: '/*', headers: securityHeaders },
  ...calendarFeedPatterns.map((pattern) => ({ pattern, headers: { 'Content-Type': calendarContentType, ...crossOriginHeaders } })),
  { pattern: `${paths.data()}*`, headers: crossOriginHeaders },
  { pattern: paths.scheduleJson(':session'), headers: crossOriginHeaders },
  { pattern: paths.scheduleXml(':session'), headers: crossOriginHeaders },
];

/** The header lines a generated file starts with. */
const generatedNote = 'Generated from src/domain/outputs/host-headers.ts: edit that file, then run `npm run hosts:write` (a test checks this file is current).';

/** Base path without its trailing slash ('' for the root). */
function basePrefix(base: string): string {
  return base.endsWith('/') ? base.slice(0, -1) : base;
}

/** The `_headers` file of Netlify and Cloudflare Pages for a build with base path `base`. */
export function netlifyHeadersFile(base: string): string {
  const lines = ['# Generated at build time from src/domain/outputs/host-headers.ts: edit that file, not this one.'];
  for (const rule of headerRules) {
    lines.push(`${basePrefix(base)}${rule.pattern}`);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A rule's pattern as a regular expression source over the path (without the base). */
function patternSource(pattern: string): string {
  return pattern
    .split(/(\*|:[a-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

/** `vercel.json` (Vercel serves the site at the domain root): the same rules as path-to-regexp sources. */
export function vercelConfig(): string {
  const toSource = (pattern: string): string => pattern
    .split(/(\*|:[a-z]+)/)
    .map((part) => (part === '*' ? '(.*)' : part.startsWith(':') ? part : part.replaceAll('.', '\\.')))
    .join('');
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    headers: headerRules.map((rule) => ({
      source: toSource(rule.pattern),
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * `.htaccess` for Apache (copied into the build from public/): the security headers on every
 * response, the calendar type by extension, and `<If>` blocks by request path. The paths are not
 * anchored at the start, so the file works under any base path.
 */
export function apacheHtaccess(): string {
  const [everyPath, ...others] = headerRules;
  const lines = [`# Apache (mod_headers, mod_mime). ${generatedNote}`, '<IfModule mod_headers.c>'];
  for (const [name, value] of Object.entries(everyPath!.headers)) lines.push(`  Header always set ${name} "${value}"`);
  for (const rule of others) {
    const headers = Object.entries(rule.headers).filter(([name]) => name !== 'Content-Type');
    if (headers.length === 0) continue;
    lines.push(`  <If "%{REQUEST_URI} =~ m#${patternSource(rule.pattern)}$#">`);
    for (const [name, value] of headers) lines.push(`    Header always set ${name} "${value}"`);
    lines.push('  </If>');
  }
  lines.push('</IfModule>', '# Calendar feeds: every .ics file of the site is a feed.', 'AddType text/calendar .ics', 'AddCharset utf-8 .ics');
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx snippet to include in the `server` block that serves the build at `base`. nginx drops
 * a server's `add_header` lines inside any location that has its own, so each location repeats
 * the security headers; and it picks one regex location per request, so the locations never overlap.
 */
export function nginxConf(base: string): string {
  const [everyPath, ...others] = headerRules;
  const addHeaders = (headers: Readonly<Record<string, string>>, indent: string): string[] => Object.entries(headers)
    .filter(([name]) => name !== 'Content-Type')
    .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  const lines = [`# nginx: include in the server block that serves dist/ at ${base}. ${generatedNote}`, ...addHeaders(everyPath!.headers, '')];
  for (const rule of others) {
    lines.push(`location ~ ^${patternSource(`${basePrefix(base)}${rule.pattern}`)}$ {`);
    const contentType = rule.headers['Content-Type'];
    if (contentType) lines.push('  types { }', `  default_type "${contentType}";`);
    lines.push(...addHeaders({ ...everyPath!.headers, ...rule.headers }, '  '), '}');
  }
  return `${lines.join('\n')}\n`;
}

/** Parses a `_headers` file into rules (pattern, headers), in file order. */
export function parseNetlifyHeaders(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else {
      const separator = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
    }
  }
  return rules;
}

/** The headers that apply to a URL path under parsed `_headers` rules (later rules add to earlier ones; `*` any characters, `:name` one segment). */
export function headersFor(pathname: string, rules: ReturnType<typeof parseNetlifyHeaders>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${patternSource(rule.pattern)}$`);
    if (pattern.test(pathname)) Object.assign(headers, rule.headers);
  }
  return headers;
}

/** The committed host files, by path from the project root, as `npm run hosts:write` writes them. */
export function hostConfigFiles(): Record<string, string> {
  return {
    'vercel.json': vercelConfig(),
    'public/.htaccess': apacheHtaccess(),
    'deploy/nginx.conf': nginxConf('/'),
  };
}
