/**
 * Writes the host configuration files from src/domain/outputs/host-headers.ts: vercel.json,
 * public/.htaccess (Apache, copied into every build) and deploy/nginx.conf. `dist/_headers`
 * (Netlify, Cloudflare Pages) is written by the build itself, with the base path.
 *
 *   npm run hosts:write
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hostConfigFiles } from '../src/domain/outputs/host-headers.ts';
import { projectRoot } from '../tools/project-root.ts';

for (const [file, text] of Object.entries(hostConfigFiles())) {
  mkdirSync(dirname(join(projectRoot, file)), { recursive: true });
  writeFileSync(join(projectRoot, file), text);
  console.log(`wrote ${file}`);
}
