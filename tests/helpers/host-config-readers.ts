/**
 * Reads each host's configuration the way that host applies it, to say which headers a request
 * path gets: Netlify/Cloudflare `_headers` (every matching rule adds), Vercel (every matching
 * source adds), Apache `.htaccess` (top-level `Header` lines, `<If>` blocks by request path,
 * `AddType` by extension) and nginx (server-level `add_header` lines unless the first matching
 * regex location has its own, which then replace them). Only the subset the generated files use.
 */
import { headersFor, parseNetlifyHeaders } from '../../src/domain/outputs/host-headers.ts';

/** Headers by name. */
export type Headers = Record<string, string>;

/** Netlify / Cloudflare Pages. */
export function netlifyHeaders(file: string, path: string): Headers {
  return headersFor(path, parseNetlifyHeaders(file));
}

/** Vercel: path-to-regexp sources as the generated file writes them (`(.*)`, `:name`, `\.`). */
export function vercelHeaders(file: string, path: string): Headers {
  const config = JSON.parse(file) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
  const headers: Headers = {};
  for (const rule of config.headers) {
    const source = rule.source.replace(/:[a-z]+/g, '[^/]+').replaceAll('(.*)', '.*');
    if (new RegExp(`^${source}$`).test(path)) for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}

/** Apache `.htaccess` (mod_headers, mod_mime). */
export function apacheHeaders(file: string, path: string): Headers {
  const headers: Headers = {};
  let condition: RegExp | undefined;
  let types: Record<string, string> = {};
  let charsets: Record<string, string> = {};
  for (const line of file.split('\n').map((text) => text.trim())) {
    const ifBlock = /^<If "%\{REQUEST_URI\} =~ m#(.*)#">$/.exec(line);
    if (ifBlock) condition = new RegExp(ifBlock[1]!);
    else if (line === '</If>') condition = undefined;
    const set = /^Header always set (\S+) "(.*)"$/.exec(line);
    if (set && (!condition || condition.test(path))) headers[set[1]!] = set[2]!;
    const type = /^AddType (\S+) \.(\w+)$/.exec(line);
    if (type) types = { ...types, [type[2]!]: type[1]! };
    const charset = /^AddCharset (\S+) \.(\w+)$/.exec(line);
    if (charset) charsets = { ...charsets, [charset[2]!]: charset[1]! };
  }
  const extension = /\.(\w+)$/.exec(path)?.[1];
  if (extension && types[extension]) headers['Content-Type'] = `${types[extension]}${charsets[extension] ? `; charset=${charsets[extension]}` : ''}`;
  return headers;
}

/** nginx snippet: server-level `add_header`, regex locations with `add_header` and `default_type`. */
export function nginxHeaders(file: string, path: string): Headers {
  const server: Headers = {};
  const locations: { pattern: RegExp; headers: Headers; contentType?: string }[] = [];
  let current: (typeof locations)[number] | undefined;
  for (const line of file.split('\n').map((text) => text.trim())) {
    const location = /^location ~ (.*) \{$/.exec(line);
    if (location) {
      current = { pattern: new RegExp(location[1]!), headers: {} };
      locations.push(current);
      continue;
    }
    if (line === '}') current = undefined;
    const add = /^add_header (\S+) "(.*)" always;$/.exec(line);
    if (add) (current ? current.headers : server)[add[1]!] = add[2]!;
    const type = /^default_type "(.*)";$/.exec(line);
    if (type && current) current.contentType = type[1]!;
  }
  const match = locations.find((candidate) => candidate.pattern.test(path));
  if (!match) return server;
  const headers = Object.keys(match.headers).length > 0 ? { ...match.headers } : { ...server };
  if (match.contentType) headers['Content-Type'] = match.contentType;
  return headers;
}
