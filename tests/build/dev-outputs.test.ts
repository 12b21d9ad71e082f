/**
 * `astro dev` serves every output family of the registry with the bytes and content type of the
 * build (one endpoint makes both: src/pages/[...output].ts), and 404 for a path no output has.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { outputFamilies } from '../../src/domain/outputs/registry.ts';
import { distRoot } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

/** Site paths of every file of the build. */
function builtPaths(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtPaths(join(folder, entry.name))
      : [`/${relative(distRoot, join(folder, entry.name)).split(sep).join('/')}`],
  );
}

/** A family's pattern as a regular expression (`:name`: any characters but `/`). */
function patternOf(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split(/(:[a-z]+)/)
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
}

const built = builtPaths(distRoot);
const samples = outputFamilies.map(
  (family) =>
    [
      family.id,
      built.find((path) => patternOf(family.pattern).test(path)),
      family.contentType,
    ] as const,
);

let dev: ChildProcess;
let origin = '';
beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      // Not vitest's own environment (NODE_ENV=test, VITEST…): the server of a reader running `npm run dev`.
      cwd: projectRoot,
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
          ),
        ),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
    },
  );
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      await (await fetch(`${origin}/`)).arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('astro dev did not answer within 60 s');
});
afterAll(() => {
  dev?.kill('SIGTERM');
});

test.each(samples)('%s (%s): the built bytes, as %s', async (_id, path, contentType) => {
  expect(path).toBeDefined();
  const response = await fetch(`${origin}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(contentType);
  expect(
    Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(distRoot, path!))),
  ).toBe(true);
});

test('a path no output has is not found', async () => {
  const response = await fetch(`${origin}/calendar/slots/no-such-slot.ics`);
  await response.arrayBuffer();
  expect(response.status).toBe(404);
});
