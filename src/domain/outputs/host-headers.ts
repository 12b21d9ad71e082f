/**
 * The HTTP headers the site needs from its static host: security headers on every response (HSTS
 * among them), and per output family of the registry (registry.ts: feeds, slot downloads,
 * schedules, datasets, schemas) its content type and cross-origin reading. One definition
 * (`headerRules`); `dist/_headers` (Netlify, Cloudflare Pages) is written from it at build time
 * with the base path, and vercel.json, public/.htaccess (Apache) and deploy/nginx.conf are written
 * from it by `npm run hosts:write` (a test checks they are current). Apache and nginx also refuse
 * to serve the host files themselves (`hostConfigFiles`).
 */
import { outputFamilies } from './registry.ts';

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

/**
 * Strict-Transport-Security: browsers use HTTPS only for a year after a visit over HTTPS (they
 * ignore the header over plain HTTP, so local previews are not affected). Without
 * `includeSubDomains` or `preload`: the site is deployed on other people's domains, whose other
 * hosts are not this site's to bind.
 */
export const strictTransportSecurity = 'max-age=31536000';

/** Headers for every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': strictTransportSecurity,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Lets pages on other sites read the open data, the schedules and the feeds (they hold no secrets). */
export const crossOriginHeaders: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
};

/** Host configuration files the build contains and no host should serve (site paths, without base). */
export const hostFilePaths = ['/_headers', '/.htaccess'] as const;

/** Headers for the paths a pattern matches. */
export interface HeaderRule {
  /**
   * Site path without the base path: `*` matches any characters, `:name` any characters but `/`
   * (a whole segment, or part of one as in `/calendar/slots/:slot.ics`).
   */
  pattern: string;
  headers: Readonly<Record<string, string>>;
  /** Every path the pattern stands for, when it does not depend on content (see `OutputFamily.fixedPaths`). */
  fixedPaths?: readonly string[];
}

/**
 * Every header the site needs, by path: security headers everywhere; per output family its
 * content type and, where it says so, cross-origin reading. A request gets the headers of every
 * rule that matches it; the output families' patterns never overlap. Each host's file below is
 * written from this list.
 */
export const headerRules: readonly HeaderRule[] = [
  { pattern: '/*', headers: securityHeaders },
  ...outputFamilies.map((family) => ({
    pattern: family.pattern,
    headers: { 'Content-Type': family.contentType, ...(family.cors ? crossOriginHeaders : {}) },
    ...(family.fixedPaths ? { fixedPaths: family.fixedPaths } : {}),
  })),
];

/** The header lines a generated file starts with. */
const generatedNote =
  'Generated from src/domain/outputs/host-headers.ts: edit that file, then run `npm run hosts:write` (a test checks this file is current).';

/** Base path without its trailing slash ('' for the root). */
function basePrefix(base: string): string {
  return base.endsWith('/') ? base.slice(0, -1) : base;
}

/**
 * A rule's patterns in the `_headers` syntax of Netlify and Cloudflare Pages, where `:name` is a
 * whole segment and `*` a trailing splat: a pattern with `:name` inside a segment
 * (`/data/:dataset.csv`) becomes its fixed paths, or its folder's splat when no other rule's
 * pattern lies in that folder.
 */
function netlifyPatterns(rule: HeaderRule): readonly string[] {
  const segments = rule.pattern.split('/');
  if (segments.every((segment) => !segment.includes(':') || /^:[a-z]+$/.test(segment)))
    return [rule.pattern];
  if (rule.fixedPaths) return rule.fixedPaths;
  const folder = segments.slice(0, -1).join('/');
  const shared = headerRules.some(
    (other) => other !== rule && other.pattern !== '/*' && other.pattern.startsWith(`${folder}/`),
  );
  if (shared || folder.includes(':'))
    throw new Error(`host-headers: ${rule.pattern} cannot be written as a _headers pattern`);
  return [`${folder}/*`];
}

/** The `_headers` file of Netlify and Cloudflare Pages for a build with base path `base`. */
export function netlifyHeadersFile(base: string): string {
  const lines = [
    '# Generated at build time from src/domain/outputs/host-headers.ts: edit that file, not this one.',
  ];
  for (const rule of headerRules) {
    for (const pattern of netlifyPatterns(rule)) {
      lines.push(`${basePrefix(base)}${pattern}`);
      for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A rule's pattern as a regular expression source over the path (without the base). */
function patternSource(pattern: string): string {
  return pattern
    .split(/(\*|:[a-z]+)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
}

/** `vercel.json` (Vercel serves the site at the domain root): the same rules as path-to-regexp sources. */
export function vercelConfig(): string {
  const toSource = (pattern: string): string =>
    pattern
      .split(/(\*|:[a-z]+)/)
      .map((part) =>
        part === '*' ? '(.*)' : part.startsWith(':') ? part : part.replaceAll('.', '\\.'),
      )
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

/** A site path pattern as a regular expression source matching any of the host files. */
const hostFilesSource = `/(${hostFilePaths.map((path) => patternSource(path.slice(1))).join('|')})$`;

/**
 * `.htaccess` for Apache (copied into the build from public/): the security headers on every
 * response, and `<If>` blocks by request path giving each output family its type (ForceType) and
 * CORS. The paths are not anchored at the start, so the file works under any base path. Needs
 * mod_headers and mod_alias (in every default Apache) and `AllowOverride FileInfo`; without them
 * Apache answers 500 rather than serving the site without its headers.
 */
export function apacheHtaccess(): string {
  const [everyPath, ...others] = headerRules;
  const lines = [
    `# Apache (mod_headers, mod_alias, AllowOverride FileInfo). ${generatedNote}`,
    '# The host files are configuration, not content: never served.',
    `RedirectMatch 404 ${hostFilesSource}`,
  ];
  for (const [name, value] of Object.entries(everyPath!.headers))
    lines.push(`Header always set ${name} "${value}"`);
  for (const rule of others) {
    lines.push(`<If "%{REQUEST_URI} =~ m#${patternSource(rule.pattern)}$#">`);
    for (const [name, value] of Object.entries(rule.headers)) {
      lines.push(
        name === 'Content-Type'
          ? `  ForceType "${value}"`
          : `  Header always set ${name} "${value}"`,
      );
    }
    lines.push('</If>');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx snippet to include in the `server` block that serves the build at `base`. nginx drops
 * a server's `add_header` lines inside any location that has its own, so each location repeats
 * the security headers; and it picks one regex location per request, so the locations never overlap.
 */
export function nginxConf(base: string): string {
  const [everyPath, ...others] = headerRules;
  const addHeaders = (headers: Readonly<Record<string, string>>, indent: string): string[] =>
    Object.entries(headers)
      .filter(([name]) => name !== 'Content-Type')
      .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  const lines = [
    `# nginx: include in the server block that serves dist/ at ${base}. ${generatedNote}`,
    ...addHeaders(everyPath!.headers, ''),
    '# The host files are configuration, not content: never served (first, as nginx takes the first regex location that matches).',
    `location ~ ${hostFilesSource} {`,
    '  return 404;',
    '}',
  ];
  for (const rule of others) {
    lines.push(`location ~ ^${patternSource(`${basePrefix(base)}${rule.pattern}`)}$ {`);
    const contentType = rule.headers['Content-Type'];
    if (contentType) lines.push('  types { }', `  default_type "${contentType}";`);
    lines.push(...addHeaders({ ...everyPath!.headers, ...rule.headers }, '  '), '}');
  }
  return `${lines.join('\n')}\n`;
}

/** Parses a `_headers` file into rules (pattern, headers), in file order. */
export function parseNetlifyHeaders(
  text: string,
): { pattern: string; headers: Record<string, string> }[] {
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
export function headersFor(
  pathname: string,
  rules: ReturnType<typeof parseNetlifyHeaders>,
): Record<string, string> {
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
