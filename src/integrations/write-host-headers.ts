/** Writes `_headers` (Netlify, Cloudflare Pages) into the build, with the configured base path. */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { netlifyHeadersFile } from '../domain/outputs/host-headers.ts';

/** The integration; add it to `integrations` in astro.config.mjs. */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'oewg-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), netlifyHeadersFile(base));
      },
    },
  };
}
