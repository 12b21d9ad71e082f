/**
 * Reads each host's configuration the way that host applies it, to say which headers a request
 * path gets: Netlify/Cloudflare `_headers` (every matching rule adds), Vercel (every matching
 * source adds), Apache `.htaccess` (top-level `Header` lines, `<If>` blocks by request path with
 * `Header` and `ForceType`, `RedirectMatch 404`) and nginx (server-level `add_header` lines unless
 * the first matching regex location has its own, which then replace them; `return 404`). Only the
 * subset the generated files use.
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
  const config = JSON.parse(file) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  const headers: Headers = {};
  for (const rule of config.headers) {
    const source = rule.source.replace(/:[a-z]+/g, '[^/]+').replaceAll('(.*)', '.*');
    if (new RegExp(`^${source}$`).test(path))
      for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}

/** Apache `.htaccess` (mod_headers, mod_alias; `ForceType` sets the type). */
export function apacheHeaders(file: string, path: string): Headers {
  const headers: Headers = {};
  let condition: RegExp | undefined;
  for (const line of file.split('\n').map((text) => text.trim())) {
    const ifBlock = /^<If "%\{REQUEST_URI\} =~ m#(.*)#">$/.exec(line);
    if (ifBlock) condition = new RegExp(ifBlock[1]!);
    else if (line === '</If>') condition = undefined;
    if (condition && !condition.test(path)) continue;
    const set = /^Header always set (\S+) "(.*)"$/.exec(line);
    if (set) headers[set[1]!] = set[2]!;
    const type = /^ForceType "(.*)"$/.exec(line);
    if (type) headers['Content-Type'] = type[1]!;
  }
  return headers;
}

/** Whether Apache answers 404 for the path (`RedirectMatch 404 <regex>`). */
export function apacheRefuses(file: string, path: string): boolean {
  return file.split('\n').some((line) => {
    const refused = /^RedirectMatch 404 (\S+)$/.exec(line.trim());
    return refused !== null && new RegExp(refused[1]!).test(path);
  });
}

/** Whether nginx answers 404 for the path: the first regex location that matches it says `return 404`. */
export function nginxRefuses(file: string, path: string): boolean {
  const lines = file.split('\n').map((text) => text.trim());
  const start = lines.findIndex((line) => {
    const location = /^location ~ (.*) \{$/.exec(line);
    return location !== null && new RegExp(location[1]!).test(path);
  });
  return start >= 0 && lines[start + 1] === 'return 404;';
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
