/**
 * The HTTP headers the site needs from its static host: security headers on every response and
 * the iCalendar content type on feeds. One definition; `dist/_headers` (Netlify, Cloudflare Pages)
 * is generated from it at build time with the base path, and a test holds vercel.json and
 * public/.htaccess to the same values.
 */
import { paths } from '../urls.ts';

/**
 * Content-Security-Policy: everything from the site's own origin, no inline scripts or styles.
 * 'wasm-unsafe-eval' lets the search page run Pagefind's WebAssembly; it allows no JavaScript eval.
 */
export const contentSecurityPolicy = [
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
].join('; ');

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

/** The `_headers` file of Netlify and Cloudflare Pages for a build with base path `base`. */
export function netlifyHeadersFile(base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const lines = ['# Generated at build time from src/domain/outputs/host-headers.ts: edit that file, not this one.', `${prefix}/*`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  for (const pattern of calendarFeedPatterns) lines.push(`${prefix}${pattern}`, `  Content-Type: ${calendarContentType}`);
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

/** The headers that apply to a URL path under parsed `_headers` rules (later rules add to earlier ones). */
export function headersFor(pathname: string, rules: ReturnType<typeof parseNetlifyHeaders>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (pattern.test(pathname)) Object.assign(headers, rule.headers);
  }
  return headers;
}
